import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NotFoundError, ValidationError } from '@sf/common';
import { execa } from 'execa';
import { DiskSizeError, ImageFormatError, ImageIdError, ImageNotFoundError, InstanceSpecError, type CachedImage, type InstanceSpec } from '../../src/index.js';
import { exists, guestSpec, testEnv, testGuestImage, virshHasDomain, type TestEnv } from './helpers/env.js';

describe('compute driver: bad input is refused with a typed error and leaves nothing behind', function () {
  this.timeout(120000);
  let env: TestEnv;
  let guest: CachedImage;

  before(async () => {
    env = await testEnv();
    guest = await env.driver.images.import(await testGuestImage());
  });

  after(async () => {
    await env?.cleanup();
  });

  async function cacheContents(): Promise<string[]> {
    return (await readdir(join(env.root, 'images'))).sort();
  }

  async function assertCreateRefusedCleanly(spec: InstanceSpec, errorClass: new (...args: never[]) => Error, code: string, message: RegExp): Promise<void> {
    await assert.rejects(env.driver.create(spec), (err: Error & { code?: string }) => {
      assert.ok(err instanceof errorClass, `expected ${errorClass.name}, got ${err.name}: ${err.message}`);
      assert.equal(err.code, code);
      assert.match(err.message, message);
      return true;
    });
    assert.equal(await virshHasDomain(env.driver.domainName(spec.uuid)), false);
    assert.equal(await exists(join(env.root, 'instances', spec.uuid)), false);
  }

  it('control: a valid spec over the cached guest image is accepted', async () => {
    const xml = await env.driver.domainXml(guestSpec(env.newUuid(), guest.sha256));
    assert.match(xml, /<domain type="(kvm|qemu)">/);
  });

  it('an unknown base image is a NotFoundError naming the image', async () => {
    const missing = randomBytes(32).toString('hex');
    await assertCreateRefusedCleanly(guestSpec(env.newUuid(), missing), ImageNotFoundError, 'SF_ERR_NOT_FOUND_IMAGE', new RegExp(`base image ${missing} is not in this node's image cache`));
    await assert.rejects(env.driver.create(guestSpec(env.newUuid(), missing)), NotFoundError);
  });

  it('a text file is not accepted into the image cache', async () => {
    const before = await cacheContents();
    const text = join(env.root, 'notes.txt');
    await writeFile(text, 'this is not a disk image\n');
    await assert.rejects(env.driver.images.import(text), (err: Error & { code?: string }) => {
      assert.ok(err instanceof ImageFormatError && err instanceof ValidationError);
      assert.equal(err.code, 'SF_ERR_VALIDATION_IMAGE_FORMAT');
      assert.match(err.message, /is not a disk image: its size \(25 bytes\) is not a whole number of 512-byte sectors/);
      return true;
    });
    assert.deepEqual(await cacheContents(), before);
  });

  it('a missing file or a folder is refused as an image', async () => {
    await assert.rejects(env.driver.images.import(join(env.root, 'absent.qcow2')), (err: Error & { code?: string }) => {
      assert.ok(err instanceof NotFoundError);
      assert.equal(err.code, 'SF_ERR_NOT_FOUND_IMAGE');
      assert.match(err.message, /absent.qcow2 does not exist/);
      return true;
    });
    await assert.rejects(env.driver.images.import(env.root), /is not a regular file/);
  });

  it('operations on a malformed uuid are refused; on an unknown one, NotFound (destroy: nothing to do)', async () => {
    await assert.rejects(env.driver.destroy('../../etc'), InstanceSpecError);
    await assert.rejects(env.driver.poweron('../../etc'), InstanceSpecError);
    const unknown = env.newUuid();
    await assert.rejects(env.driver.poweron(unknown), (err: Error & { code?: string }) => err instanceof NotFoundError && err.code === 'SF_ERR_NOT_FOUND_INSTANCE');
    await assert.rejects(env.driver.readConsole(unknown), NotFoundError);
    await env.driver.destroy(unknown);
  });

  it('an image id that is not a sha256 is refused, so no path outside the cache is reached', async () => {
    // A real image one level above the cache folder: '../escape' would name it.
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', join(env.root, 'escape.qcow2'), '64M']);
    for (const id of ['../escape', guest.sha256.toUpperCase(), `${guest.sha256}0`, '']) {
      for (const lookup of [env.driver.images.get(id), env.driver.images.find(id)]) {
        await assert.rejects(lookup, (err: Error & { code?: string }) => {
          assert.ok(err instanceof ImageIdError && err instanceof ValidationError, `got ${err.name}: ${err.message}`);
          assert.equal(err.code, 'SF_ERR_VALIDATION_IMAGE_ID');
          assert.match(err.message, /is not a sha256 digest \(64 lower-case hex digits\)/);
          return true;
        });
      }
    }
    assert.equal((await env.driver.images.get(guest.sha256)).path, guest.path);
  });

  it('an import sweeps copies a crashed import left over an hour ago, and spares recent ones', async () => {
    const cache = join(env.root, 'images');
    const stale = join(cache, '.import-0123456789ab.partial');
    const recent = join(cache, '.import-ba9876543210.partial');
    await writeFile(stale, 'half an image');
    await writeFile(recent, 'an image being copied');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);
    try {
      await env.driver.images.import(await testGuestImage());
      assert.equal(await exists(stale), false);
      assert.equal(await exists(recent), true);
    } finally {
      await rm(stale, { force: true });
      await rm(recent, { force: true });
    }
  });

  it('a compressed image and an image of another format are refused with the reason', async () => {
    const before = await cacheContents();
    const gz = join(env.root, 'disk.img.gz');
    await writeFile(gz, gzipSync(Buffer.alloc(1024 * 1024)));
    await assert.rejects(env.driver.images.import(gz), /is gzip-compressed, not a disk image; decompress it first/);
    const vmdk = join(env.root, 'disk.vmdk');
    await execa('qemu-img', ['create', '-q', '-f', 'vmdk', vmdk, '64M']);
    await assert.rejects(env.driver.images.import(vmdk), /is a vmdk image; only qcow2 and raw images are accepted/);
    const overlay = join(env.root, 'overlay.qcow2');
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', guest.path, '-F', 'qcow2', overlay]);
    await assert.rejects(env.driver.images.import(overlay), /refers to another file/);
    assert.deepEqual(await cacheContents(), before);
  });

  it('a disk smaller than its base image is refused; the same base at its own size is accepted', async () => {
    const big = join(env.root, 'big.qcow2');
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', big, '3G']);
    const base = await env.driver.images.import(big);
    assert.equal(base.virtualSizeBytes, 3 * 1024 ** 3);
    const small = guestSpec(env.newUuid(), base.sha256, { disks: [{ sizeGib: 2, baseImage: base.sha256, bus: 'virtio' }] });
    await assertCreateRefusedCleanly(small, DiskSizeError, 'SF_ERR_VALIDATION_DISK_SIZE', /disk 0 is 2 GiB, smaller than its base image \(3 GiB\)/);
    await env.driver.domainXml(guestSpec(env.newUuid(), base.sha256, { disks: [{ sizeGib: 3, baseImage: base.sha256, bus: 'virtio' }] }));
    await env.driver.domainXml(guestSpec(env.newUuid(), base.sha256, { disks: [{ sizeGib: null, baseImage: base.sha256, bus: 'virtio' }] }));
  });

  it('a malformed or multicast MAC is refused; a well-formed one is accepted', async () => {
    for (const [mac, message] of [
      ['02:00:00:zz:00:01', /MAC address "02:00:00:zz:00:01" is malformed/],
      ['02:00:00:00:01', /is malformed: expected six colon-separated hex octets/],
      ['03:00:00:00:00:01', /is a multicast address/],
    ] as const) {
      const spec = guestSpec(env.newUuid(), guest.sha256, { interfaces: [{ macAddress: mac, bridge: 'br-none', tap: 'tap-badinput1', model: 'virtio' }] });
      await assertCreateRefusedCleanly(spec, InstanceSpecError, 'SF_ERR_VALIDATION_MAC', message);
    }
    await env.driver.domainXml(guestSpec(env.newUuid(), guest.sha256, { interfaces: [{ macAddress: '02:00:00:0A:0b:0c', bridge: 'br-none', tap: 'tap-badinput2', model: 'virtio' }] }));
  });

  it('other bad specs (no disk, unknown bus, bad name) are ValidationErrors', async () => {
    await assertCreateRefusedCleanly(guestSpec(env.newUuid(), guest.sha256, { disks: [] }), InstanceSpecError, 'SF_ERR_VALIDATION_SPEC', /at least one disk/);
    await assertCreateRefusedCleanly(
      guestSpec(env.newUuid(), guest.sha256, { disks: [{ sizeGib: 1, baseImage: guest.sha256, bus: 'ide' as 'virtio' }] }),
      InstanceSpecError,
      'SF_ERR_VALIDATION_SPEC',
      /invalid disk bus "ide"/,
    );
    await assertCreateRefusedCleanly(guestSpec(env.newUuid(), guest.sha256, { name: 'a.b' }), InstanceSpecError, 'SF_ERR_VALIDATION_SPEC', /not useable as a DNS and Linux host name/);
  });
});
