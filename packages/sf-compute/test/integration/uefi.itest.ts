import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedImage } from '../../src/index.js';
import { exists, guestSpec, testEnv, testGuestImage, virshHasDomain, virshState, type TestEnv } from './helpers/env.js';

describe('compute driver: UEFI instances', function () {
  this.timeout(120000);
  let env: TestEnv;
  let image: CachedImage;

  before(async () => {
    env = await testEnv();
    image = await env.driver.images.import(await testGuestImage());
  });

  after(async () => {
    await env?.cleanup();
  });

  it('starts with OVMF and a per-instance NVRAM store, and destroy removes both domain and store', async () => {
    const uuid = env.newUuid();
    const result = await env.driver.create(guestSpec(uuid, image.sha256, { uefi: true, video: 'vga', configDrive: null }));
    assert.equal(result.powerState, 'on');
    assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
    const dir = join(env.root, 'instances', uuid);
    assert.ok((await readdir(dir)).includes('nvram.fd'));
    await env.driver.destroy(uuid);
    assert.equal(await virshHasDomain(env.driver.domainName(uuid)), false);
    assert.equal(await exists(dir), false);
  });
});
