import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { UnauthenticatedError } from '@sf/common';
import type { GetInstanceViewsResponse__Output } from '@sf/proto';
import { InstanceViewClient } from '../../src/instance-view.js';
import type { Transport } from '../../src/internal/transport.js';

/** A tier whose key check fails: the reply names no uuid, so each is answered under the form it was asked in. */
const revokedKey = {
  call: () => Promise.resolve({ key_ok: false, views: [], missing: [], invalid: [] } as unknown as GetInstanceViewsResponse__Output),
} as unknown as Transport;

describe('instance views', () => {
  it('answers a lone get of a uuid not in canonical form with the failed key check, not a 404', async () => {
    const views = new InstanceViewClient(revokedKey);
    const keyCheck = { namespace: 'ns', key_name: 'k', nonce: 'n' };
    await assert.rejects(views.get(randomUUID().toUpperCase(), 'ns', keyCheck), UnauthenticatedError);
    await assert.rejects(views.get(randomUUID().replaceAll('-', ''), 'ns', keyCheck), UnauthenticatedError);
  });
});
