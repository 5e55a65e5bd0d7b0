import { randomUUID, webcrypto } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { UnauthenticatedError } from '@sf/common';

export interface TokenSettings {
  secret: string;
  /** Seconds a token lives (API_TOKEN_DURATION, 900). */
  duration: number;
  /** The `iss` claim: the zone, `shakenfist` by default. */
  issuer: string;
}

export interface TokenClaims {
  namespace: string;
  keyName: string;
  nonce: string;
}

/** Shaken Fist's claims (API.md section 3.2): `sub` is the JSON array [namespace, key name]. */
export async function signToken(settings: TokenSettings, claims: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: [claims.namespace, claims.keyName] as unknown as string, nonce: claims.nonce, type: 'access', fresh: false })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(settings.issuer)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + settings.duration)
    .setJti(randomUUID())
    .sign(await hmacKey(settings.secret));
}

const keys = new Map<string, Promise<webcrypto.CryptoKey>>();

/** The HMAC key imported once per secret: importing it on every request cost more than the verification. */
function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  let key = keys.get(secret);
  if (key === undefined) {
    key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, key);
  }
  return key;
}

const invalid = (): UnauthenticatedError => new UnauthenticatedError('invalid JWT in Authorization header', { code: 'SF_ERR_UNAUTHENTICATED_TOKEN' });

/**
 * Tokens whose signature and shape already verified, with their expiry: a
 * signature never changes its verdict, and WebCrypto's HMAC runs as a thread
 * pool job that cost more than the rest of a GET. Expiry is still checked on
 * every use; the nonce check stays with the caller.
 */
const verified = new Map<string, { claims: TokenClaims; exp: number; secret: string }>();
const MAX_VERIFIED = 10_000;

const expired = (): UnauthenticatedError => new UnauthenticatedError('Signature has expired', { code: 'SF_ERR_UNAUTHENTICATED_EXPIRED' });

/** Signature, expiry and shape; whether the key still holds the nonce is the caller's check. */
export async function verifyToken(settings: TokenSettings, token: string): Promise<TokenClaims> {
  const hit = verified.get(token);
  if (hit !== undefined && hit.secret === settings.secret) {
    if (hit.exp <= Date.now() / 1000) throw expired();
    return hit.claims;
  }
  const claims = await verifyAfresh(settings, token);
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value as string);
  verified.set(token, claims);
  return claims.claims;
}

async function verifyAfresh(settings: TokenSettings, token: string): Promise<{ claims: TokenClaims; exp: number; secret: string }> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(settings.secret), { algorithms: ['HS256'], issuer: settings.issuer }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw expired();
    throw invalid();
  }
  const sub = payload.sub;
  if (!Array.isArray(sub) || sub.length !== 2 || !sub.every((s) => typeof s === 'string') || typeof payload.nonce !== 'string' || payload.type !== 'access' || typeof payload.exp !== 'number') {
    throw invalid();
  }
  return { claims: { namespace: sub[0] as string, keyName: sub[1] as string, nonce: payload.nonce }, exp: payload.exp, secret: settings.secret };
}
