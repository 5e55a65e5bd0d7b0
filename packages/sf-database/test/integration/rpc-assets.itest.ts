import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { InvalidStateTransitionError, NotFoundError, ValidationError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { serveTestDatabase } from '../support/served-database.js';

/** Namespace keys and trusts, blobs and artifacts through the real client. */
describe('sf-database key, trust, blob and artifact RPCs (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const sha = 'a'.repeat(64);
  const served = serveTestDatabase(async (client) => {
    await client.namespaces.create('alpha');
    await client.namespaces.create('beta');
    await client.nodes.register({ name: 'node1', fqdn: 'node1', mesh_ip: '10.0.0.1' });
    await client.nodes.register({ name: 'node2', fqdn: 'node2', mesh_ip: '10.0.0.2' });
  });
  let client: DatabaseClient;
  before(() => {
    client = served.client;
  });

  it('namespace keys: set stores the hash with a new nonce each time; get, list, delete', async () => {
    const first = await client.namespaces.setKey('alpha', 'deploy', 'scrypt$hash1');
    const second = await client.namespaces.setKey('alpha', 'deploy', 'scrypt$hash2');
    assert.notEqual(second.nonce, first.nonce, 'setting a key revokes tokens minted with the old nonce');
    assert.equal((await client.namespaces.getKey('alpha', 'deploy')).key_hash, 'scrypt$hash2');
    await client.namespaces.setKey('alpha', 'backup', 'scrypt$hash3');
    assert.deepEqual((await client.namespaces.listKeys('alpha')).map((k) => k.key_name), ['backup', 'deploy']);
    assert.equal(await client.namespaces.deleteKey('alpha', 'backup'), true);
    assert.equal(await client.namespaces.deleteKey('alpha', 'backup'), false);
    await assert.rejects(client.namespaces.getKey('alpha', 'backup'), NotFoundError);
    await assert.rejects(client.namespaces.getKey('beta', 'deploy'), NotFoundError);
    await assert.rejects(client.namespaces.setKey('nowhere', 'k', 'h'), NotFoundError);
    await assert.rejects(client.namespaces.listKeys('nowhere'), NotFoundError, 'a missing namespace is not an empty list');
    await assert.rejects(client.namespaces.setKey('alpha', '', 'h'), ValidationError);
  });

  it('namespace trusts: add is idempotent, remove, list; both namespaces must exist', async () => {
    assert.deepEqual(await client.namespaces.addTrust('alpha', 'beta'), ['beta']);
    assert.deepEqual(await client.namespaces.addTrust('alpha', 'beta'), ['beta']);
    assert.deepEqual(await client.namespaces.listTrusts('beta'), []);
    await assert.rejects(client.namespaces.addTrust('alpha', 'nowhere'), NotFoundError);
    assert.deepEqual(await client.namespaces.removeTrust('alpha', 'beta'), []);
    await assert.rejects(client.namespaces.listTrusts('nowhere'), NotFoundError);
  });

  it('blobs: create, update, locations, list by node and sha256, transitions, purge', async () => {
    const blob = await client.blobs.create({ size: 0 });
    assert.equal(blob.state, 'initial');
    const updated = await client.blobs.update({ uuid: blob.uuid, size: 1024, sha256: sha.toUpperCase(), modified: 1_700_000_000, expected_generation: blob.generation });
    assert.equal(updated.sha256, sha);
    assert.equal(updated.modified, 1_700_000_000);
    await assert.rejects(client.blobs.update({ uuid: blob.uuid, size: 1, expected_generation: blob.generation }), InvalidStateTransitionError);
    await assert.rejects(client.blobs.update({ uuid: blob.uuid, sha256: 'xyz' }), ValidationError);
    await client.blobs.addLocation(blob.uuid, 'node1');
    const located = await client.blobs.addLocation(blob.uuid, 'node2');
    assert.deepEqual((await client.blobs.addLocation(blob.uuid, 'node2')).locations, ['node1', 'node2']);
    assert.ok(located.generation > updated.generation);
    await assert.rejects(client.blobs.addLocation(blob.uuid, 'node9'), NotFoundError);
    await assert.rejects(client.blobs.addLocation(randomUUID(), 'node1'), NotFoundError);
    assert.deepEqual((await client.blobs.list({ node: 'node2' })).blobs.map((b) => b.uuid), [blob.uuid]);
    assert.deepEqual((await client.blobs.list({ sha256: sha })).blobs.map((b) => b.uuid), [blob.uuid]);
    assert.deepEqual((await client.blobs.removeLocation(blob.uuid, 'node2')).locations, ['node1']);
    assert.equal((await client.blobs.transition(blob.uuid, 'created')).state, 'created');
    await assert.rejects(client.blobs.transition(blob.uuid, 'initial'), InvalidStateTransitionError);
    await assert.rejects(client.blobs.delete(blob.uuid), InvalidStateTransitionError);
    await client.blobs.transition(blob.uuid, 'deleted');
    assert.deepEqual(await client.blobs.delete(blob.uuid), { ok: true });
    await assert.rejects(client.blobs.get(blob.uuid), NotFoundError);
  });

  it('artifacts: create, get within the namespace, versions trimmed to max_versions, list, transitions, purge', async () => {
    const artifact = await client.artifacts.create({ namespace: 'alpha', artifact_type: 'image', source_url: 'https://example.com/debian.qcow2', max_versions: 2 });
    assert.equal(artifact.state, 'initial');
    await assert.rejects(client.artifacts.get(artifact.uuid, 'beta'), NotFoundError);
    await assert.rejects(client.artifacts.create({ namespace: 'alpha', artifact_type: 'movie', source_url: 'x' }), ValidationError);
    const blobs = await Promise.all([1, 2, 3].map(() => client.blobs.create({ state: 'created' })));
    const v1 = await client.artifacts.addVersion(artifact.uuid, blobs[0]?.uuid ?? '', 'alpha');
    await client.artifacts.addVersion(artifact.uuid, blobs[1]?.uuid ?? '');
    const v3 = await client.artifacts.addVersion(artifact.uuid, blobs[2]?.uuid ?? '');
    assert.deepEqual(v1.trimmed_blob_uuids, []);
    assert.deepEqual(v3.trimmed_blob_uuids, [blobs[0]?.uuid]);
    assert.deepEqual(v3.artifact?.versions.map((v) => [v.version_index, v.blob_uuid]), [
      [2, blobs[1]?.uuid],
      [3, blobs[2]?.uuid],
    ]);
    await assert.rejects(client.artifacts.addVersion(artifact.uuid, randomUUID()), NotFoundError, 'the blob must exist');
    await assert.rejects(client.artifacts.addVersion(artifact.uuid, blobs[0]?.uuid ?? '', 'beta'), NotFoundError);
    const listed = await client.artifacts.list({ namespace: 'alpha', source_url: 'https://example.com/debian.qcow2' });
    assert.deepEqual(listed.artifacts.map((a) => a.uuid), [artifact.uuid]);
    assert.equal((await client.artifacts.transition(artifact.uuid, 'created', { namespace: 'alpha' })).state, 'created');
    await assert.rejects(client.artifacts.transition(artifact.uuid, 'initial'), InvalidStateTransitionError);
    await client.artifacts.transition(artifact.uuid, 'deleted');
    assert.deepEqual(await client.artifacts.delete(artifact.uuid, 'alpha'), { ok: true });
    await assert.rejects(client.artifacts.get(artifact.uuid), NotFoundError);
  });

  it('metadata reaches blobs and artifacts too', async () => {
    const blob = await client.blobs.create({});
    assert.deepEqual(await client.metadata.set({ objectType: 'blob', objectRef: blob.uuid }, 'origin', 'upload'), { origin: 'upload' });
  });
});
