import assert from 'node:assert/strict';
import { databaseServices } from '@sf/proto';
import { requestFingerprint } from '../../src/server/idempotency.js';

/** What the tier's handler is given for a request a client sent: the loader's encoding, then its decoding. */
function decoded<Req>(method: { requestSerialize(value: Req): Buffer; requestDeserialize(bytes: Buffer): unknown }, request: Req): unknown {
  return method.requestDeserialize(method.requestSerialize(request));
}

describe('request fingerprint', () => {
  const services = databaseServices();

  it('is the same for a request sent again, and for the same request built another way', () => {
    const update = services.instance.UpdateInstance;
    const first = requestFingerprint(decoded(update, { uuid: 'u', node: 'n1', console_port: 5900 }));
    assert.equal(requestFingerprint(decoded(update, { uuid: 'u', node: 'n1', console_port: 5900 })), first, 'a retry of the same object');
    assert.equal(requestFingerprint(decoded(update, { console_port: 5900, namespace: '', node: 'n1', expected_generation: 0, uuid: 'u' })), first, 'keys in another order, defaults spelled out');
  });

  it('tells another request apart: another value, another optional field present, another order of a repeated field', () => {
    const update = services.instance.UpdateInstance;
    const base = requestFingerprint(decoded(update, { uuid: 'u', node: 'n1' }));
    assert.notEqual(requestFingerprint(decoded(update, { uuid: 'u', node: 'n2' })), base);
    assert.notEqual(requestFingerprint(decoded(update, { uuid: 'u', node: 'n1', console_port: 0 })), base, 'an optional field set to 0 is not an absent one');
    const transition = services.instance.TransitionInstanceState;
    assert.notEqual(
      requestFingerprint(decoded(transition, { uuid: 'u', to_state: 'created', from_states: ['initial', 'creating'] })),
      requestFingerprint(decoded(transition, { uuid: 'u', to_state: 'created', from_states: ['creating', 'initial'] })),
    );
  });

  it('matches across tiers of other API revisions: a field one does not know is the default the other decodes', () => {
    const purge = services.namespace.DeleteNamespace;
    const newer = decoded(purge, { name: 'ns' }) as Record<string, unknown>;
    const { min_age_seconds, ...older } = newer;
    assert.equal(min_age_seconds, 0);
    assert.equal(requestFingerprint(older), requestFingerprint(newer));
    assert.notEqual(requestFingerprint(decoded(purge, { name: 'ns', min_age_seconds: 60 })), requestFingerprint(older));
  });

  it("does not depend on the order of an object's keys, and keeps values JSON would blur", () => {
    assert.equal(requestFingerprint({ values: { a: '1', b: '2' } }), requestFingerprint({ values: { b: '2', a: '1' } }));
    assert.notEqual(requestFingerprint({ x: Number.NaN }), requestFingerprint({ x: Number.POSITIVE_INFINITY }));
    assert.notEqual(requestFingerprint({ x: Number.NaN }), requestFingerprint({}));
    assert.notEqual(requestFingerprint({ b: Buffer.from([1]) }), requestFingerprint({ b: Buffer.from([2]) }));
    assert.equal(requestFingerprint({ b: Buffer.alloc(0) }), requestFingerprint({}));
  });
});
