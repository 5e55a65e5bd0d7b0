import { ValidationError } from '@sf/common';
import type { FastifyInstance } from 'fastify';

/** Deeper JSON than any Shaken Fist body would be is refused, before a recursive stringify can overflow. */
const MAX_DEPTH = 32;
const decoder = new TextDecoder('utf-8', { fatal: true });

function checkDepth(value: unknown): void {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new ValidationError(`body: nested deeper than ${MAX_DEPTH} levels`);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
}

/** Shaken Fist force-parses every body as JSON whatever its Content-Type, and reads an empty one as {}. */
export function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  let text: string;
  try {
    text = decoder.decode(raw);
  } catch {
    throw new ValidationError('body: not valid UTF-8');
  }
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('body: not valid JSON');
  }
  checkDepth(value);
  return value;
}

/**
 * Every method carries its parameters as a JSON body (API.md section 1.2).
 * app.ts declares GET a method with a body, so fastify reads GET bodies as it
 * reads POST ones; the catch-all parser below also takes any Content-Type,
 * or none (fastify's '' parser is the catch-all). A request without a body
 * gets `{}`, so routes always see what their body schema validates.
 */
export function installBodyParsing(app: FastifyInstance, bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
    try {
      done(null, parseBody(body as Buffer));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined) request.body = {};
  });
}
