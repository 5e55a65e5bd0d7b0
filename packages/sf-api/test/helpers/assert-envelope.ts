import assert from 'node:assert/strict';
import type { Reply } from './http.js';

/** A Shaken Fist error: the status, and the {error, status} envelope with our code and request_id. */
export function envelope(reply: Reply, status: number, error?: string | RegExp): void {
  assert.equal(reply.status, status, reply.text);
  const body = reply.json as { error: unknown; status: number; code: string; request_id: string };
  assert.equal(body.status, status);
  assert.equal(typeof body.code, 'string');
  assert.equal(typeof body.request_id, 'string');
  assert.match(String(reply.headers['content-type']), /application\/json/);
  if (typeof error === 'string') assert.equal(body.error, error);
  else if (error !== undefined) assert.match(String(body.error), error);
}

export function ok<T>(reply: Reply): T {
  assert.equal(reply.status, 200, reply.text);
  return reply.json as T;
}
