import assert from 'node:assert/strict';
import { link, lstat, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { ValidationError } from '@sf/common';
import { CREATE_STEPS, DiskBaseError, HostFileError, type CachedImage, type CreateStep } from '../../src/index.js';
import { exists, guestSpec, testEnv, testGuestImage, virshHasDomain, virshState, type TestEnv } from './helpers/env.js';

class SimulatedCrash extends Error {}

/** What must exist once create has got through `step` and no further. */
const AFTER_STEP: Record<CreateStep, { files: string[]; domain: string | null }> = {
  'instance-directory': { files: [], domain: null },
  disks: { files: ['disk-0.qcow2', 'disk-1.qcow2'], domain: null },
  'config-drive': { files: ['config-drive.vfat', 'disk-0.qcow2', 'disk-1.qcow2'], domain: null },
  define: { files: ['config-drive.vfat', 'disk-0.qcow2', 'disk-1.qcow2'], domain: 'shut off' },
  start: { files: ['config-drive.vfat', 'console.log', 'disk-0.qcow2', 'disk-1.qcow2'], domain: 'running' },
};

describe('compute driver: crash safety of create and destroy', function () {
  this.timeout(180000);
  let env: TestEnv;
  let image: CachedImage;
  let crashAt: { uuid: string; step: CreateStep } | null = null;

  before(async () => {
    env = await testEnv({
      afterCreateStep: (step, uuid) => {
        if (crashAt !== null && crashAt.uuid === uuid && crashAt.step === step) {
          crashAt = null;
          throw new SimulatedCrash(`crash after ${step}`);
        }
      },
    });
    image = await env.driver.images.import(await testGuestImage());
  });

  after(async () => {
    await env?.cleanup();
  });

  function spec(uuid: string) {
    return guestSpec(uuid, image.sha256, {
      disks: [
        { sizeGib: 1, baseImage: image.sha256, bus: 'virtio' },
        { sizeGib: 2, baseImage: null, bus: 'sata' },
      ],
      configDrive: { userData: null, sshKey: null, format: 'vfat' },
    });
  }

  async function crashAfter(uuid: string, step: CreateStep): Promise<void> {
    crashAt = { uuid, step };
    await assert.rejects(env.driver.create(spec(uuid)), SimulatedCrash);
    const dir = join(env.root, 'instances', uuid);
    assert.deepEqual((await readdir(dir)).sort(), AFTER_STEP[step].files);
    const expected = AFTER_STEP[step].domain;
    if (expected === null) assert.equal(await virshHasDomain(env.driver.domainName(uuid)), false);
    else assert.equal(await virshState(env.driver.domainName(uuid)), expected);
  }

  async function assertNothingLeft(uuid: string): Promise<void> {
    assert.equal(await virshHasDomain(env.driver.domainName(uuid)), false);
    assert.equal(await exists(join(env.root, 'instances', uuid)), false);
    assert.equal((await env.driver.observe()).some((entry) => entry.uuid === uuid), false);
  }

  for (const step of CREATE_STEPS) {
    it(`create interrupted after "${step}" converges when re-run; destroy then leaves nothing`, async () => {
      const uuid = env.newUuid();
      await crashAfter(uuid, step);
      const result = await env.driver.create(spec(uuid));
      assert.equal(result.powerState, 'on');
      assert.deepEqual(result.devices, ['vda', 'sda', 'vdb']);
      assert.equal(await virshState(env.driver.domainName(uuid)), 'running');
      await env.driver.destroy(uuid);
      await assertNothingLeft(uuid);
    });

    it(`create interrupted after "${step}", then destroy alone leaves nothing`, async () => {
      const uuid = env.newUuid();
      await crashAfter(uuid, step);
      await env.driver.destroy(uuid);
      await assertNothingLeft(uuid);
    });
  }

  it('create discards half-written files from a crash inside a step', async () => {
    const uuid = env.newUuid();
    await crashAfter(uuid, 'instance-directory');
    const dir = join(env.root, 'instances', uuid);
    await writeFile(join(dir, 'disk-0.qcow2.partial'), 'half a disk');
    await writeFile(join(dir, 'config-drive.vfat.partial'), 'half a drive');
    assert.equal((await env.driver.create(spec(uuid))).powerState, 'on');
    assert.equal(await exists(join(dir, 'disk-0.qcow2.partial')), false);
    assert.equal(await exists(join(dir, 'config-drive.vfat.partial')), false);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('create removes the partial names a kill between publishing a file and unlinking its partial name left', async () => {
    const uuid = env.newUuid();
    await crashAfter(uuid, 'config-drive');
    const dir = join(env.root, 'instances', uuid);
    // publish links the partial file to its final name, then unlinks the partial name; the kill came in between.
    await link(join(dir, 'disk-0.qcow2'), join(dir, 'disk-0.qcow2.partial'));
    await link(join(dir, 'config-drive.vfat'), join(dir, 'config-drive.vfat.partial'));
    await mkdir(join(dir, 'config-drive.vfat.staging'));
    await writeFile(join(dir, 'config-drive.vfat.staging', 'user-data'), '');
    assert.equal((await env.driver.create(spec(uuid))).powerState, 'on');
    assert.deepEqual((await readdir(dir)).sort(), AFTER_STEP.start.files);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('a file-system step that fails is a HostFileError naming the path', async () => {
    const uuid = env.newUuid();
    // A file where the instance folder should be: mkdir fails with EEXIST.
    await mkdir(join(env.root, 'instances'), { recursive: true });
    await writeFile(join(env.root, 'instances', uuid), 'not a folder');
    await assert.rejects(env.driver.create(spec(uuid)), (err: Error & { code?: string }) => {
      assert.ok(err instanceof HostFileError, `got ${err.name}: ${err.message}`);
      assert.equal(err.code, 'SF_ERR_INTERNAL_HOST_FILE');
      assert.match(err.message, new RegExp(`^cannot create .*${uuid}: EEXIST`));
      return true;
    });
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('a re-run asking for a larger disk grows the overlay a crashed run left', async () => {
    const uuid = env.newUuid();
    await crashAfter(uuid, 'disks');
    const bigger = spec(uuid);
    bigger.disks[0] = { sizeGib: 3, baseImage: image.sha256, bus: 'virtio' };
    assert.equal((await env.driver.create(bigger)).powerState, 'on');
    const { stdout } = await execa('qemu-img', ['info', '--output=json', '--force-share', '-f', 'qcow2', join(env.root, 'instances', uuid, 'disk-0.qcow2')]);
    const info = JSON.parse(stdout) as { 'virtual-size': number; 'backing-filename': string };
    assert.equal(info['virtual-size'], 3 * 1024 ** 3);
    assert.equal(info['backing-filename'], image.path);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('a re-run asking for another base than the disk a crashed run left is a DiskBaseError; the disk is kept', async () => {
    const uuid = env.newUuid();
    await crashAfter(uuid, 'disks');
    const blank = spec(uuid);
    blank.disks[0] = { sizeGib: 1, baseImage: null, bus: 'virtio' };
    await assert.rejects(env.driver.create(blank), (err: Error & { code?: string }) => {
      assert.ok(err instanceof DiskBaseError && err instanceof ValidationError, `got ${err.name}: ${err.message}`);
      assert.equal(err.code, 'SF_ERR_VALIDATION_DISK_BASE');
      assert.match(err.message, new RegExp(`^disk 0 already exists with base image ${image.sha256}, but the spec asks for no base image \\(blank\\); .*destroy the instance`));
      return true;
    });
    const { stdout } = await execa('qemu-img', ['info', '--output=json', '--force-share', '-f', 'qcow2', join(env.root, 'instances', uuid, 'disk-0.qcow2')]);
    assert.equal((JSON.parse(stdout) as { 'backing-filename': string })['backing-filename'], image.path);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('create never builds over a disk path it cannot stat (ELOOP here): a HostFileError, and the entry is kept', async () => {
    const uuid = env.newUuid();
    await crashAfter(uuid, 'instance-directory');
    const disk = join(env.root, 'instances', uuid, 'disk-0.qcow2');
    await symlink('disk-0.qcow2', disk);
    await assert.rejects(env.driver.create(spec(uuid)), (err: Error & { code?: string }) => {
      assert.ok(err instanceof HostFileError, `got ${err.name}: ${err.message}`);
      assert.equal(err.code, 'SF_ERR_INTERNAL_HOST_FILE');
      assert.match(err.message, /cannot tell whether .*disk-0\.qcow2 exists: ELOOP/);
      return true;
    });
    assert.equal((await lstat(disk)).isSymbolicLink(), true);
    assert.deepEqual(await readdir(join(env.root, 'instances', uuid)), ['disk-0.qcow2']);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('concurrent creates of one instance converge on one running domain', async () => {
    const uuid = env.newUuid();
    const results = await Promise.all([env.driver.create(spec(uuid)), env.driver.create(spec(uuid)), env.driver.create(spec(uuid))]);
    assert.deepEqual(
      results.map((result) => result.powerState),
      ['on', 'on', 'on'],
    );
    assert.deepEqual((await readdir(join(env.root, 'instances', uuid))).sort(), AFTER_STEP.start.files);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('destroy re-run after it crashed between stopping and undefining the domain', async () => {
    const uuid = env.newUuid();
    await env.driver.create(spec(uuid));
    await execa('virsh', ['-c', 'qemu:///system', 'destroy', env.driver.domainName(uuid)]);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('observe() reports files without a domain as an orphan, and destroy removes them', async () => {
    const uuid = env.newUuid();
    await env.driver.create(spec(uuid));
    await execa('virsh', ['-c', 'qemu:///system', 'destroy', env.driver.domainName(uuid)]);
    await execa('virsh', ['-c', 'qemu:///system', 'undefine', env.driver.domainName(uuid)]);
    const orphan = (await env.driver.observe()).find((entry) => entry.uuid === uuid);
    assert.deepEqual(orphan, { uuid, domainName: env.driver.domainName(uuid), powerState: null, hasDomain: false, hasFiles: true });
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });

  it('destroy of a domain whose files are already gone removes the domain', async () => {
    const uuid = env.newUuid();
    await crashAfter(uuid, 'define');
    await rm(join(env.root, 'instances', uuid), { recursive: true, force: true });
    const seen = (await env.driver.observe()).find((entry) => entry.uuid === uuid);
    assert.equal(seen?.hasDomain, true);
    assert.equal(seen?.hasFiles, false);
    await env.driver.destroy(uuid);
    await assertNothingLeft(uuid);
  });
});
