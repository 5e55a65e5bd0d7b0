import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DatabaseUnavailableError } from '@sf/common';
import type { CallOptions } from '@sf/database-client';

/** One key of a namespace as the tier stores it: a scrypt hash, and the nonce its tokens carry. */
export interface KeyRecord {
  keyName: string;
  keyHash: string;
  nonce: string;
}

/**
 * Namespace keys and trusts in the database tier; a missing namespace or key
 * is a NotFoundError. Changes take a request's callOptions.
 */
export interface KeyStore {
  get(namespace: string, keyName: string): Promise<KeyRecord>;
  list(namespace: string): Promise<KeyRecord[]>;
  /**
   * Adds or replaces the key with a fresh nonce, revoking tokens minted with
   * the old one. A new name is refused (SF_ERR_VALIDATION_TOO_MANY_KEYS) once
   * the namespace holds maxKeys keys, counted by the store under the
   * namespace's lock, so racing adds cannot pass the cap together.
   */
  set(namespace: string, keyName: string, keyHash: string, maxKeys: number, options?: CallOptions): Promise<KeyRecord>;
  delete(namespace: string, keyName: string, options?: CallOptions): Promise<boolean>;
  /** The namespaces `namespace` lets see its objects. */
  trusts(namespace: string): Promise<string[]>;
  addTrust(namespace: string, trusted: string, options?: CallOptions): Promise<string[]>;
  removeTrust(namespace: string, trusted: string, options?: CallOptions): Promise<string[]>;
}

// scrypt's cost: ~16 MiB and tens of ms per hash, paid only by POST /auth and key changes.
const PARAMS: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/**
 * scrypt runs on libuv's thread pool (four threads by default), which also
 * checks every new token's HMAC. POST /auth hashes before anyone is known,
 * so at most two hashes run at once and a few dozen wait: a flood of logins
 * is answered 503 instead of stalling every other request.
 */
const MAX_HASHING = 2;
const MAX_WAITING = 48;
let hashing = 0;
const waiting: Array<() => void> = [];

async function inHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (hashing < MAX_HASHING) hashing += 1;
  else if (waiting.length >= MAX_WAITING) throw new DatabaseUnavailableError('too many key checks at once; retry shortly', { code: 'SF_ERR_UNAVAILABLE_BUSY' });
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiter, so the count only drops when nobody waits.
    const next = waiting.shift();
    if (next === undefined) hashing -= 1;
    else next();
  }
}

function derive(secret: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return inHashSlot(() => new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, params, (err, key) => (err === null ? resolve(key) : reject(err)));
  }));
}

/** `scrypt$N$r$p$salt$hash`, so the cost can change without invalidating stored keys. */
export async function hashKey(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Constant time in the secret; a malformed stored hash never matches. */
export async function keyMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await derive(secret, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem });
  return timingSafeEqual(actual, expected);
}
