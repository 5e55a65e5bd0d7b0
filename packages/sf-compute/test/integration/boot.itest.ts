import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { InvalidStateTransitionError, instanceTapName } from '@sf/common';
import type { CachedImage } from '../../src/index.js';
import { createTestBridge, type TestBridge } from './helpers/bridge.js';
import { exists, guestSpec, randomMac, testEnv, testGuestImage, virshHasDomain, virshState, waitForConsole, type TestEnv } from './helpers/env.js';

describe('compute driver: one booted guest on real libvirt', function () {
  this.timeout(180000);
  let env: TestEnv;
  let bridge: TestBridge;
  let image: CachedImage;
  let uuid: string;
  const mac = randomMac();

  before(async () => {
    env = await testEnv();
    bridge = await createTestBridge();
    image = await env.driver.images.import(await testGuestImage());
    uuid = env.newUuid();
  });

  after(async () => {
    try {
      await env?.cleanup();
    } finally {
      await bridge?.cleanup();
    }
  });

  it('boots the test guest: the console shows the booted marker, then the address dnsmasq handed to its MAC', async () => {
    const spec = guestSpec(uuid, image.sha256, { interfaces: [{ macAddress: mac.toUpperCase(), bridge: bridge.name, tap: instanceTapName(uuid), model: 'virtio' }] });
    const result = await env.driver.create(spec);
    assert.equal(result.powerState, 'on');
    const { stdout: tap } = await execa('ip', ['-o', 'link', 'show', 'dev', instanceTapName(uuid)]);
    assert.match(tap, new RegExp(`master ${bridge.name} `), 'the NIC is the tap sf-net looks for, on its bridge');
    assert.deepEqual(result.devices, ['vda', 'vdb']);
    assert.equal(await virshState(env.driver.domainName(uuid)), 'running');

    await waitForConsole(env.driver, uuid, /SF-TEST-GUEST booted/);
    const [, address] = await waitForConsole(env.driver, uuid, /SF-TEST-GUEST dhcp-address=(\S+)/);
    assert.equal(address, await bridge.leaseFor(mac));
    assert.match(address ?? '', new RegExp(`^${bridge.gateway.replace(/\.1$/, '').replace(/\./g, '\\.')}\\.`));
  });

  it('create again is a no-op on a running instance', async () => {
    const result = await env.driver.create(guestSpec(uuid, image.sha256, { interfaces: [{ macAddress: mac, bridge: bridge.name, tap: instanceTapName(uuid), model: 'virtio' }] }));
    assert.equal(result.powerState, 'on');
  });

  it('observe() lists the instance with its domain, files and power state', async () => {
    const seen = (await env.driver.observe()).find((entry) => entry.uuid === uuid);
    assert.deepEqual(seen, { uuid, domainName: env.driver.domainName(uuid), powerState: 'on', hasDomain: true, hasFiles: true });
  });

  it('reads the console by offset and length, and from the end', async () => {
    const all = await env.driver.readConsole(uuid, { offset: 0, length: -1 });
    assert.ok(all.size >= 20);
    const middle = await env.driver.readConsole(uuid, { offset: 3, length: 10 });
    assert.deepEqual(middle.data, all.data.subarray(3, 13));
    assert.equal(middle.offset, 3);
    const tail = await env.driver.readConsole(uuid, { offset: -8 });
    assert.equal(tail.data.length, 8);
    assert.equal(tail.offset, tail.size - 8);
  });

  it('pause and unpause change the power state libvirt reports', async () => {
    assert.equal(await env.driver.pause(uuid), 'paused');
    assert.equal(await virshState(env.driver.domainName(uuid)), 'paused');
    assert.equal(await env.driver.unpause(uuid), 'on');
    assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
  });

  it('poweroff and poweron change the power state libvirt reports, keeping the domain defined', async () => {
    assert.equal(await env.driver.poweroff(uuid), 'off');
    assert.equal(await virshState(env.driver.domainName(uuid)), 'shut off');
    assert.equal(await env.driver.poweroff(uuid), 'off');
    await assert.rejects(env.driver.pause(uuid), InvalidStateTransitionError);
    // The log is appended to: emptied, it holds only what this boot prints (the next test waits on it).
    await env.driver.truncateConsole(uuid);
    assert.equal(await env.driver.poweron(uuid), 'on');
    assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
  });

  it('a hard reboot restarts the guest: after truncating the console, the booted marker appears again', async () => {
    // The last line a boot prints: the guest writes nothing more until it is rebooted.
    await waitForConsole(env.driver, uuid, /SF-TEST-GUEST dhcp-address=/);
    await env.driver.truncateConsole(uuid);
    assert.equal((await env.driver.readConsole(uuid)).size, 0);
    assert.equal(await env.driver.reboot(uuid, { hard: true }), 'on');
    await waitForConsole(env.driver, uuid, /SF-TEST-GUEST booted/);
    assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
  });

  it('a reboot that stopped the domain but never started it again is finished by calling reboot again', async () => {
    for (const options of [{ hard: true }, { graceSeconds: 1 }]) {
      // What a kill between the two halves of a reboot (or a failed start) leaves: the domain defined and off.
      await execa('virsh', ['-c', 'qemu:///system', 'destroy', env.driver.domainName(uuid)]);
      await env.driver.truncateConsole(uuid);
      assert.equal(await env.driver.reboot(uuid, options), 'on');
      assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
      await waitForConsole(env.driver, uuid, /SF-TEST-GUEST booted/);
    }
  });

  it('a soft reboot the guest ignores is forced after the grace period', async () => {
    await env.driver.truncateConsole(uuid);
    assert.equal(await env.driver.reboot(uuid, { graceSeconds: 1 }), 'on');
    await waitForConsole(env.driver, uuid, /SF-TEST-GUEST booted/);
  });

  it('destroy leaves no domain, overlay, config drive or console file', async () => {
    const dir = join(env.root, 'instances', uuid);
    assert.deepEqual((await readdir(dir)).sort(), ['config-drive.iso', 'console.log', 'disk-0.qcow2']);
    await env.driver.destroy(uuid);
    assert.equal(await virshHasDomain(env.driver.domainName(uuid)), false);
    assert.equal(await exists(dir), false);
    assert.equal((await env.driver.observe()).some((entry) => entry.uuid === uuid), false);
    await env.driver.destroy(uuid);
    assert.equal(await exists(image.path), true, 'the cached base image outlives its instances');
  });
});
