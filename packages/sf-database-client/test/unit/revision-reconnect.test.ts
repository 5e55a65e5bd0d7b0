import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Metadata, connectivityState, type Client } from '@grpc/grpc-js';
import { DatabaseUnavailableError } from '@sf/common';
import { API_REVISION_KEY, databaseServices } from '@sf/proto';
import { REVISION_TTL_MS, askRevision } from '../../src/internal/endpoints.js';
import { Transport, withRevision } from '../../src/internal/transport.js';
import { cleanedAfterEach, fakeTier, type Handler } from '../support/fake-tier.js';

const services = databaseServices();

/** Resolves once the client's channel has left READY: the old instance's connection is gone. */
function disconnected(client: Client): Promise<void> {
  const channel = client.getChannel();
  return new Promise((resolve) => {
    const watch = () => {
      const state = channel.getConnectivityState(false);
      if (state !== connectivityState.READY) resolve();
      else channel.watchConnectivityState(state, Infinity, watch);
    };
    watch();
  });
}

describe('the API revision an endpoint is believed to speak', () => {
  const made = cleanedAfterEach();

  it('is asked again after the instance restarts, so a rollback to an older build gets no guarded call', async () => {
    const called: string[] = [];
    const failCreate: Handler = (_call, callback) => {
      called.push('FailInstanceCreate');
      callback(null, { uuid: 'x', state: 'error' });
    };
    const newer = await fakeTier([[services.instance, { FailInstanceCreate: failCreate }]], { revision: 3 });
    made.tiers(newer);
    const pool = made.pool([newer.address], undefined);
    const t = new Transport(pool, 3_000, undefined);
    const [endpoint] = pool.endpoints;
    await t.call(services.instance.FailInstanceCreate, { uuid: randomUUID() }, 'once', withRevision(3, undefined));
    assert.equal(endpoint!.revision, 3);

    const gone = disconnected(endpoint!.client);
    newer.stop();
    await gone;
    const older = await fakeTier([[services.instance, { FailInstanceCreate: failCreate }]], { revision: 2, port: newer.port });
    made.tiers(older);
    await assert.rejects(
      t.call(services.instance.FailInstanceCreate, { uuid: randomUUID() }, 'once', withRevision(3, undefined)),
      (err: unknown) => err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_REVISION' && err.message.includes(`${older.address} speaks 2`),
    );
    assert.deepEqual(called, ['FailInstanceCreate'], 'only the newer build was sent the guarded call');
    assert.equal(endpoint!.healthy, true, 'the restart failed no call, so nothing took the endpoint out');
  });

  it('is believed for a while, then asked again even when no reconnect was seen', async () => {
    let revision = 5;
    const health: Handler = (call, callback) => {
      const metadata = new Metadata();
      metadata.set(API_REVISION_KEY, String(revision));
      call.sendMetadata(metadata);
      callback(null, { status: 'SERVING' });
    };
    const tier = await fakeTier([], { health });
    made.tiers(tier);
    const pool = made.pool([tier.address], undefined);
    const [endpoint] = pool.endpoints;
    assert.equal(await askRevision(endpoint!, 5), 5);
    // A build change behind a connection that stayed up, such as a proxy in front of the tier.
    revision = 4;
    assert.equal(await askRevision(endpoint!, 5), 5, 'a fresh answer is not asked again');
    endpoint!.revisionAt = Date.now() - REVISION_TTL_MS;
    assert.equal(await askRevision(endpoint!, 5), 4);
  });
});
