import { randomUUID } from 'node:crypto';
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
    .sign(new TextEncoder().encode(settings.secret));
}

const invalid = (): UnauthenticatedError => new UnauthenticatedError('invalid JWT in Authorization header', { code: 'SF_ERR_UNAUTHENTICATED_TOKEN' });

/** Signature, expiry and shape; whether the key still holds the nonce is the caller's check. */
export async function verifyToken(settings: TokenSettings, token: string): Promise<TokenClaims> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(settings.secret), { algorithms: ['HS256'] }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Signature has expired', { code: 'SF_ERR_UNAUTHENTICATED_EXPIRED' });
    throw invalid();
  }
  const sub = payload.sub;
  if (!Array.isArray(sub) || sub.length !== 2 || !sub.every((s) => typeof s === 'string') || typeof payload.nonce !== 'string' || payload.type !== 'access') {
    throw invalid();
  }
  return { namespace: sub[0] as string, keyName: sub[1] as string, nonce: payload.nonce };
}
