import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { DatabaseUnavailableError } from '@sf/common';
import { databaseServices } from '@sf/proto';
import { DatabaseClient } from '../../src/client.js';

/**
 * An sf-database from before API revisions, on loopback: its health reply
 * carries no revision, and it would take a guarded call's request without
 * knowing the guard (proto3 drops the field), so it must never be sent one.
 */
async function oldTier(): Promise<{ address: string; called: string[]; stop(): void }> {
  const services = databaseServices();
  const called: string[] = [];
  const answer = (name: string, reply: object) => (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    called.push(name);
    callback(null, reply);
  };
  const server = new Server();
  server.addService(services.health, { Check: (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => callback(null, { status: 'SERVING' }) } as UntypedServiceImplementation);
  server.addService(services.operation, { EnqueueOperation: answer('EnqueueOperation', { coalesced: false }) } as UntypedServiceImplementation);
  server.addService(services.instance, { TransitionInstanceState: answer('TransitionInstanceState', { uuid: 'x', state: 'initial-error' }) } as UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err === null ? resolve(p) : reject(err))));
  return { address: `127.0.0.1:${port}`, called, stop: () => server.forceShutdown() };
}

describe('calls that need a newer sf-database', () => {
  it('are never sent to one that predates their fields; other calls still are', async () => {
    const tier = await oldTier();
    const client = new DatabaseClient({ hosts: [tier.address], port: 13005, deadlineMs: 3000 });
    try {
      const targets = [{ object_type: 'instance', object_uuid: randomUUID() }];
      const refused = (err: unknown) =>
        err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_REVISION' && /upgrade sf-database first/.test(err.message) && err.message.includes(`${tier.address} speaks 0`);
      await assert.rejects(client.operations.enqueue({ operation_type: 'instance.create', target_node: 'n', targets, require_states: ['initial'] }), refused);
      await assert.rejects(client.instances.transition(randomUUID(), 'initial-error', { unlessQueued: true }), refused);
      assert.deepEqual(tier.called, [], 'neither guarded call reached it');
      await client.operations.enqueue({ operation_type: 'instance.delete', target_node: 'n', targets });
      await client.instances.transition(randomUUID(), 'initial-error');
      assert.deepEqual(tier.called, ['EnqueueOperation', 'TransitionInstanceState'], 'unguarded calls go through as before');
    } finally {
      client.close();
      tier.stop();
    }
  });
});
