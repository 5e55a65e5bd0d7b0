import { NotFoundError, UnauthenticatedError, ValidationError, canonicalUuid } from '@sf/common';
import type { GetInstanceViewsResponse__Output, InstanceView__Output, KeyCheck } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { Batcher, type BatchResult } from './internal/batcher.js';
import type { Transport } from './internal/transport.js';

const MAX_BATCH = 128;
const SEPARATOR = '\u0000';

/** The server's canonical uuid form, to match replies to what callers asked (anything else as asked). */
const canonical = (uuid: string): string => canonicalUuid(uuid) ?? uuid;

function results(reply: GetInstanceViewsResponse__Output, uuids: string[]): BatchResult<InstanceView__Output> {
  const out: BatchResult<InstanceView__Output> = new Map();
  if (!reply.key_ok) {
    for (const uuid of uuids) out.set(uuid, new UnauthenticatedError('unauthorized', { code: 'SF_ERR_UNAUTHENTICATED' }));
    return out;
  }
  for (const view of reply.views) out.set(view.instance?.uuid ?? '', view);
  for (const uuid of reply.missing) out.set(uuid, new NotFoundError(`instance ${uuid} not found`, { code: 'SF_ERR_NOT_FOUND_INSTANCE' }));
  for (const uuid of reply.invalid) out.set(uuid, new ValidationError(`uuid: "${uuid}" is not a uuid`));
  return out;
}

/**
 * An instance with its interfaces and metadata, after a check that the
 * caller's key still holds its token's nonce, in one RPC; concurrent gets of
 * the same scope and key are coalesced into one call (see Batcher).
 * A failed key check is an UnauthenticatedError.
 */
export class InstanceViewClient {
  private readonly s = databaseServices().instanceView;
  private readonly batcher: Batcher<InstanceView__Output>;

  constructor(private readonly t: Transport) {
    const call = async (group: string, uuids: string[]) => {
      const [namespace = '', keyNamespace = '', keyName = '', nonce = ''] = group.split(SEPARATOR);
      const request = { uuids, namespace, key_check: { namespace: keyNamespace, key_name: keyName, nonce } };
      return results(await this.t.call(this.s.GetInstanceViews, request, 'read'), uuids);
    };
    this.batcher = new Batcher(
      MAX_BATCH,
      async (group, uuid) => {
        // As the Batcher does: a reply names some uuids as the server wrote them, others as asked.
        const reply = await call(group, [uuid]);
        const result = reply.get(canonical(uuid)) ?? reply.get(uuid);
        if (result === undefined) throw new NotFoundError(`instance ${uuid} not found`, { code: 'SF_ERR_NOT_FOUND_INSTANCE' });
        if (result instanceof Error) throw result;
        return result;
      },
      call,
      canonical,
    );
  }

  get(uuid: string, namespace: string, keyCheck: KeyCheck): Promise<InstanceView__Output> {
    const group = [namespace, keyCheck.namespace ?? '', keyCheck.key_name ?? '', keyCheck.nonce ?? ''].join(SEPARATOR);
    return this.batcher.load(group, uuid);
  }
}
