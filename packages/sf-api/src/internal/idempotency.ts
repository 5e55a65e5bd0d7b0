import { createHash } from 'node:crypto';
import type { CallOptions } from '@sf/database-client';

/** The first reply to a keyed POST, replayed to its retries for a day. */
export interface StoredReply {
  status: number;
  body: unknown;
  /** requestHash() of the request it answers; '' when stored without one. */
  requestHash: string;
}

export interface IdempotencyStore {
  get(scopeKey: string): Promise<StoredReply | undefined>;
  /**
   * The first stored reply wins; a later put of the same key is ignored.
   * Kept under the caller's namespace, so purging that namespace drops it
   * and a namespace made again under the name starts clean.
   */
  put(scopeKey: string, namespace: string, reply: StoredReply, options?: CallOptions): Promise<void>;
}

export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/** The key is scoped by caller and route, so two tenants (or two endpoints) never share a reply. */
export function scopedKey(namespace: string, method: string, url: string, key: string): string {
  return createHash('sha256').update(`${namespace}\n${method}\n${url}\n${key}`).digest('hex');
}

/**
 * What tells a retry from another request under the same key: the body as
 * validated (sent again by a retrying client, it hashes the same).
 */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body ?? null)).digest('hex');
}

/** A UUID derived from the scoped key: two sf-api processes racing the same keyed create name the same object. */
export function uuidFromKey(scoped: string): string {
  const h = createHash('sha256').update(`object\n${scoped}`).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
