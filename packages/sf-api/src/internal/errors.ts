import { SfError } from '@sf/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Shaken Fist's error envelope (API.md section 1.4) plus our code and request_id, which its clients ignore. */
export interface Envelope {
  error: string | Record<string, unknown>;
  status: number;
  code: string;
  request_id: string;
}

export function envelope(request: FastifyRequest, status: number, error: Envelope['error'], code: string): Envelope {
  return { error, status, code, request_id: request.id };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, message: string, code: string): FastifyReply {
  return reply.code(status).type('application/json').send(envelope(request, status, message, code));
}

interface Mapped {
  status: number;
  message: string;
  code: string;
}

/** A schema keyword: the message API.md gives for a value of the wrong type there, in place of ajv's. */
export const SF_MESSAGE = 'x-sf-message';

/** ajv reports `/disk/0/size must be integer`; Shaken Fist's validator says `<parameter>: <reason>`. */
function validationMessage(err: FastifyError): string {
  const first = err.validation?.[0];
  if (first === undefined) return err.message;
  const own = (first as { parentSchema?: Record<string, unknown> }).parentSchema?.[SF_MESSAGE];
  if (first.keyword === 'type' && typeof own === 'string') return own;
  const missing = first.keyword === 'required' ? String((first.params as { missingProperty?: string }).missingProperty ?? '') : '';
  const extra = first.keyword === 'additionalProperties' ? String((first.params as { additionalProperty?: string }).additionalProperty ?? '') : '';
  const where = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (missing !== '') return `${where === '' ? '' : `${where}.`}${missing}: missing required parameter`;
  if (extra !== '') return `${where === '' ? '' : `${where}.`}${extra}: unexpected parameter`;
  return `${where === '' ? (err.validationContext ?? 'body') : where}: ${first.message ?? 'is invalid'}`;
}

/** The one mapping from any thrown error to a status, a message safe to send and a code. */
export function mapError(err: unknown): Mapped {
  if (err instanceof SfError) return { status: err.httpStatus, message: err.message, code: err.code };
  const fe = err as FastifyError;
  if (fe.validation !== undefined) return { status: 400, message: validationMessage(fe), code: 'SF_ERR_VALIDATION' };
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) return { status, message: fe.message, code: fe.code ?? 'SF_ERR_VALIDATION' };
  return { status: 500, message: `server error: ${fe instanceof Error ? fe.name : 'Error'}`, code: 'SF_ERR_INTERNAL' };
}

/** A known path asked with another method is a 405 (API.md section 1.4); anything else unknown, a 404. */
export function installErrorHandlers(app: FastifyInstance): void {
  const patterns: Array<{ method: string; regex: RegExp }> = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const regex = new RegExp(`^${route.url.replace(/:[^/]+/g, '[^/]+')}/?$`);
    for (const method of methods) patterns.push({ method, regex });
  });
  app.setErrorHandler((err, request, reply) => {
    const mapped = mapError(err);
    if (mapped.status >= 500) request.log.error({ err }, 'request failed');
    return sendError(request, reply, mapped.status, mapped.message, mapped.code);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const known = patterns.some((p) => p.method !== request.method && p.regex.test(path));
    if (known) return sendError(request, reply, 405, 'method not allowed', 'SF_ERR_METHOD_NOT_ALLOWED');
    return sendError(request, reply, 404, 'not found', 'SF_ERR_NOT_FOUND');
  });
}
