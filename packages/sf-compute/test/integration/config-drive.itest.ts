import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { ensureConfigDrive } from '../../src/internal/config-drive.js';
import type { InstanceSpec } from '../../src/types.js';

const spec: InstanceSpec = {
  uuid: '0f0e0d0c-0b0a-4908-8706-050403020100',
  name: 'web-1',
  cpus: 1,
  memoryMib: 128,
  disks: [],
  interfaces: [{ macAddress: '02:00:00:00:00:01', bridge: 'br0', tap: 'tap-cd0', model: 'virtio' }],
  video: 'none',
  uefi: false,
  configDrive: { userData: '#cloud-config\n{}\n', sshKey: 'ssh-ed25519 AAAA test', format: 'iso' },
};

describe('config drive images (host tools)', function () {
  this.timeout(30000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-compute-drive-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('an ISO labelled cidata holds user-data, meta-data and network-config', async () => {
    const iso = join(dir, 'drive.iso');
    await ensureConfigDrive(spec, 'iso', iso);
    const { stdout: volume } = await execa('isoinfo', ['-d', '-i', iso]);
    assert.match(volume, /Volume id: cidata/);
    const { stdout: files } = await execa('isoinfo', ['-R', '-f', '-i', iso]);
    assert.deepEqual(files.split('\n').sort(), ['/meta-data', '/network-config', '/user-data']);
    const { stdout: meta } = await execa('isoinfo', ['-R', '-x', '/meta-data', '-i', iso]);
    assert.equal(JSON.parse(meta)['instance-id'], spec.uuid);
    assert.deepEqual(await readdir(dir), ['drive.iso']);
  });

  it('a vfat image labelled CIDATA holds the same files', async () => {
    const img = join(dir, 'drive.vfat');
    await ensureConfigDrive(spec, 'vfat', img);
    const { stdout: label } = await execa('fatlabel', [img]);
    assert.equal(label.trim(), 'CIDATA');
    const { stdout: listing } = await execa('mdir', ['-b', '-i', img, '::']);
    assert.deepEqual(listing.split('\n').map((line) => line.trim()).sort(), ['::/meta-data', '::/network-config', '::/user-data']);
    const { stdout: userData } = await execa('mtype', ['-i', img, '::/user-data']);
    assert.equal(userData, '#cloud-config\n{}');
  });
});
