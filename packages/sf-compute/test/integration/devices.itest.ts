import assert from 'node:assert/strict';
import { DISK_BUSES, NIC_MODELS, type CachedImage } from '../../src/index.js';
import { createTestBridge, type TestBridge } from './helpers/bridge.js';
import { guestSpec, randomMac, testEnv, testGuestImage, virshState, type TestEnv } from './helpers/env.js';

describe('compute driver: every accepted disk bus and NIC model starts under libvirt', function () {
  this.timeout(120000);
  let env: TestEnv;
  let bridge: TestBridge;
  let image: CachedImage;

  before(async () => {
    env = await testEnv();
    bridge = await createTestBridge();
    image = await env.driver.images.import(await testGuestImage());
  });

  after(async () => {
    try {
      await env?.cleanup();
    } finally {
      await bridge?.cleanup();
    }
  });

  it(`disks on ${DISK_BUSES.join(', ')} and NICs of ${NIC_MODELS.join(', ')}`, async () => {
    const uuid = env.newUuid();
    const spec = guestSpec(uuid, image.sha256, {
      disks: DISK_BUSES.map((bus, index) => ({ sizeGib: 1, baseImage: index === 0 ? image.sha256 : null, bus })),
      interfaces: NIC_MODELS.map((model, i) => ({ macAddress: randomMac(), bridge: bridge.name, tap: `tap-${bridge.name.slice(-6)}-${i}`, model })),
    });
    const result = await env.driver.create(spec);
    assert.equal(result.powerState, 'on');
    assert.deepEqual(result.devices, ['vda', 'sda', 'sdb', 'sdc', 'vdb']);
    assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
    await env.driver.destroy(uuid);
  });
});
