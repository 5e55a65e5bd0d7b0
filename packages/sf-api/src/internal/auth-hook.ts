import { NotFoundError, UnauthenticatedError } from '@sf/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiDeps, Caller } from './context.js';
import { verifyToken } from './token.js';

export const SYSTEM_NAMESPACE = 'system';

const unauthorized = (): UnauthenticatedError => new UnauthenticatedError('unauthorized', { code: 'SF_ERR_UNAUTHENTICATED' });

/**
 * The checks of API.md section 3.2, in order: signature and expiry, the
 * shape of `sub`, then the key still existing with the token's nonce (one
 * read: deleting a namespace deletes its keys, so a live key implies a live
 * namespace). A changed or deleted key fails at once.
 */
async function authenticate(deps: ApiDeps, request: FastifyRequest, deferKeyCheck: boolean): Promise<Caller> {
  const header = request.headers.authorization;
  if (header === undefined || header === '') throw new UnauthenticatedError('Missing Authorization Header', { code: 'SF_ERR_UNAUTHENTICATED_HEADER' });
  const [type, token, ...rest] = header.split(' ');
  if (type !== 'Bearer' || token === undefined || token === '' || rest.length > 0) {
    throw new UnauthenticatedError("Missing 'Bearer' type in 'Authorization' header. Expected 'Authorization: Bearer <JWT>'", { code: 'SF_ERR_UNAUTHENTICATED_HEADER' });
  }
  const claims = await verifyToken(deps.tokens, token);
  const caller = { namespace: claims.namespace, keyName: claims.keyName, nonce: claims.nonce, admin: claims.namespace === SYSTEM_NAMESPACE };
  if (!deferKeyCheck) await checkKey(deps, caller);
  return caller;
}

/** The key named by the token still exists and still holds the token's nonce. */
export async function checkKey(deps: ApiDeps, caller: Caller): Promise<void> {
  let nonce: string;
  try {
    nonce = (await deps.keys.get(caller.namespace, caller.keyName)).nonce;
  } catch (err) {
    if (err instanceof NotFoundError) throw unauthorized();
    throw err;
  }
  if (nonce !== caller.nonce) throw unauthorized();
}

/** Authentication is on by default; routes opt out with `config: { public: true }` (STYLE.md section 3). */
export function installAuth(app: FastifyInstance, deps: ApiDeps): void {
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config.public === true || request.routeOptions.url === undefined) return;
    request.caller = await authenticate(deps, request, config.keyCheckInHandler === true);
    if (config.admin === true && !request.caller.admin) throw unauthorized();
  });
}
