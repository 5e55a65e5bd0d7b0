import { ValidationError } from '@sf/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

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

function hasBody(request: FastifyRequest): boolean {
  const { headers } = request.raw;
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
}

async function drain(request: FastifyRequest, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.raw) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw Object.assign(new Error('request body is too large'), { statusCode: 413, code: 'SF_ERR_BODY_TOO_LARGE' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Every method carries its parameters as a JSON body (API.md section 1.2),
 * but fastify never parses GET or HEAD bodies, nor a DELETE body without a
 * Content-Type: those are drained here. Routes always see an object or a scalar.
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
    if (request.body !== undefined) return;
    request.body = hasBody(request) ? parseBody(await drain(request, bodyLimit)) : {};
  });
}
