import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Metadata, Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { DatabaseUnavailableError } from '@sf/common';
import { API_REVISION_KEY, databaseServices } from '@sf/proto';
import { DatabaseClient } from '../../src/client.js';

/**
 * An older sf-database on loopback: its health reply carries the revision it
 * speaks (none before revisions), and it would take a guarded call's request
 * without knowing the guard (proto3 drops the field), or lack the RPC, so it
 * must never be sent one that needs a newer revision.
 */
async function oldTier(speaks?: number): Promise<{ address: string; called: string[]; upgrade(to: number): void; stop(): void }> {
  let revision = speaks;
  const services = databaseServices();
  const called: string[] = [];
  const answer = (name: string, reply: object) => (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    called.push(name);
    callback(null, reply);
  };
  const server = new Server();
  const check = (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    if (revision !== undefined) {
      const metadata = new Metadata();
      metadata.set(API_REVISION_KEY, String(revision));
      call.sendMetadata(metadata);
    }
    callback(null, { status: 'SERVING' });
  };
  server.addService(services.health, { Check: check } as UntypedServiceImplementation);
  server.addService(services.operation, { EnqueueOperation: answer('EnqueueOperation', { coalesced: false }) } as UntypedServiceImplementation);
  server.addService(services.instance, {
    FailInstanceCreate: answer('FailInstanceCreate', { uuid: 'x', state: 'error' }),
    ListInstances: answer('ListInstances', { instances: [] }),
  } as UntypedServiceImplementation);
  server.addService(services.network, {
    FailNetworkCreate: answer('FailNetworkCreate', { uuid: 'x', state: 'error' }),
    ListNetworks: answer('ListNetworks', { networks: [] }),
  } as UntypedServiceImplementation);
  server.addService(services.lock, { ListLocks: answer('ListLocks', { locks: [] }) } as UntypedServiceImplementation);
  server.addService(services.scheduling, { ListHeldReservations: answer('ListHeldReservations', { reservations: [] }) } as UntypedServiceImplementation);
  server.addService(services.namespace, {
    ListNamespaces: answer('ListNamespaces', { namespaces: [] }),
    SetNamespaceKey: answer('SetNamespaceKey', { namespace: 'ns', key_name: 'k' }),
  } as UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err === null ? resolve(p) : reject(err))));
  return { address: `127.0.0.1:${port}`, called, upgrade: (to) => (revision = to), stop: () => server.forceShutdown() };
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
      await assert.rejects(client.instances.failCreate(randomUUID()), refused);
      assert.deepEqual(tier.called, [], 'the guarded calls did not reach it');
      await client.operations.enqueue({ operation_type: 'instance.delete', target_node: 'n', targets });
      assert.deepEqual(tier.called, ['EnqueueOperation'], 'an unguarded call goes through as before');
    } finally {
      client.close();
      tier.stop();
    }
  });

  it('a call that needs a later revision than the tier speaks is refused, and goes through once the tier is upgraded', async () => {
    const tier = await oldTier(2);
    const client = new DatabaseClient({ hosts: [tier.address], port: 13005, deadlineMs: 3000 });
    try {
      const targets = [{ object_type: 'instance', object_uuid: randomUUID() }];
      await assert.rejects(client.instances.failCreate(randomUUID()), (err: unknown) => err instanceof DatabaseUnavailableError && err.message.includes(`${tier.address} speaks 2`));
      await client.operations.enqueue({ operation_type: 'instance.create', target_node: 'n', targets, require_states: ['initial'] });
      assert.deepEqual(tier.called, ['EnqueueOperation']);
      // Restarted on a newer build without ever failing a call: its old answer is asked again a second later.
      tier.upgrade(3);
      await sleep(1100);
      await client.instances.failCreate(randomUUID());
      assert.deepEqual(tier.called, ['EnqueueOperation', 'FailInstanceCreate']);
    } finally {
      client.close();
      tier.stop();
    }
  });

  it('the maintainer\'s list filters and a fail-create with a minimum age need revision 7; without them, the calls go as before', async () => {
    const tier = await oldTier(6);
    const client = new DatabaseClient({ hosts: [tier.address], port: 13005, deadlineMs: 3000 });
    try {
      const refused = (err: unknown) => err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_REVISION' && err.message.includes('revision 7');
      await assert.rejects(client.instances.list({ states: ['initial'], never_queued: true }), refused);
      await assert.rejects(client.instances.list({ states: ['delete-wait'], idle_since_state_change: true }), refused);
      await assert.rejects(client.networks.list({ states: ['initial'], min_state_age_seconds: 600 }), refused);
      await assert.rejects(client.namespaces.list({ states: ['deleted'], min_state_age_seconds: 600 }), refused);
      await assert.rejects(client.instances.failCreate(randomUUID(), { minAgeSeconds: 600 }), refused);
      await assert.rejects(client.networks.failCreate(randomUUID(), { minAgeSeconds: 600 }), refused);
      assert.deepEqual(tier.called, [], 'an older tier would have dropped the filters and the age');
      await client.instances.list({ states: ['initial'] });
      await client.networks.list({ states: ['initial'] });
      await client.namespaces.list({ states: ['deleted'] });
      await client.instances.failCreate(randomUUID());
      await client.networks.failCreate(randomUUID());
      assert.deepEqual(tier.called, ['ListInstances', 'ListNetworks', 'ListNamespaces', 'FailInstanceCreate', 'FailNetworkCreate']);
    } finally {
      client.close();
      tier.stop();
    }
  });

  it('a key set with a cap needs revision 9, since an older tier would add the key past it; one without goes as before', async () => {
    const tier = await oldTier(8);
    const client = new DatabaseClient({ hosts: [tier.address], port: 13005, deadlineMs: 3000 });
    try {
      await assert.rejects(client.namespaces.setKeyCapped('ns', 'k', 'scrypt$x', 32), (err: unknown) =>
        err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_REVISION' && err.message.includes('revision 9') && err.message.includes(`${tier.address} speaks 8`));
      assert.deepEqual(tier.called, []);
      await client.namespaces.setKey('ns', 'k', 'scrypt$x');
      assert.deepEqual(tier.called, ['SetNamespaceKey']);
    } finally {
      client.close();
      tier.stop();
    }
  });

  it('the lock listing (GET /admin/locks) needs revision 11, which added its two reads', async () => {
    const tier = await oldTier(10);
    const client = new DatabaseClient({ hosts: [tier.address], port: 13005, deadlineMs: 3000 });
    try {
      const refused = (err: unknown) => err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_REVISION' && err.message.includes('revision 11');
      await assert.rejects(client.locks.list(), refused);
      await assert.rejects(client.scheduling.listHeld(), refused);
      assert.deepEqual(tier.called, []);
      tier.upgrade(11);
      await sleep(1100);
      assert.deepEqual(await client.locks.list(), []);
      assert.deepEqual(await client.scheduling.listHeld(), []);
      assert.deepEqual(tier.called, ['ListLocks', 'ListHeldReservations']);
    } finally {
      client.close();
      tier.stop();
    }
  });
});
