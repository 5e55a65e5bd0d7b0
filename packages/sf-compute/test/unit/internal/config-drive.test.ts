import assert from 'node:assert/strict';
import { noCloudFiles } from '../../../src/internal/config-drive.js';
import type { InstanceSpec } from '../../../src/types.js';

const spec: InstanceSpec = {
  uuid: '0f0e0d0c-0b0a-4908-8706-050403020100',
  name: 'web-1',
  cpus: 1,
  memoryMib: 256,
  disks: [],
  interfaces: [
    { macAddress: '02:00:00:00:00:01', bridge: 'br0', tap: 'tap-c0', model: 'virtio' },
    { macAddress: '02:00:00:00:00:02', bridge: 'br1', tap: 'tap-c1', model: 'virtio', address: { ipv4: '10.0.0.5', prefixLength: 24, gateway: '10.0.0.1' } },
  ],
  video: 'none',
  uefi: false,
  configDrive: { userData: '#cloud-config\npackages: [htop]\n', sshKey: 'ssh-ed25519 AAAA "quoted" key', format: 'iso' },
};

describe('cloud-init NoCloud content', () => {
  it('meta-data carries the instance id, host name and ssh key, safely quoted', () => {
    const files = noCloudFiles(spec);
    assert.deepEqual(JSON.parse(files['meta-data']), {
      'instance-id': spec.uuid,
      'local-hostname': 'web-1',
      'public-keys': ['ssh-ed25519 AAAA "quoted" key'],
    });
    assert.equal(files['user-data'].toString('utf8'), '#cloud-config\npackages: [htop]\n');
  });

  it('network-config v2 matches NICs by MAC: DHCP by default, static when an address is given', () => {
    const config = JSON.parse(noCloudFiles(spec)['network-config']) as { version: number; ethernets: Record<string, unknown> };
    assert.equal(config.version, 2);
    assert.deepEqual(config.ethernets, {
      eth0: { match: { macaddress: '02:00:00:00:00:01' }, 'set-name': 'eth0', dhcp4: true },
      eth1: { match: { macaddress: '02:00:00:00:00:02' }, 'set-name': 'eth1', addresses: ['10.0.0.5/24'], routes: [{ to: '0.0.0.0/0', via: '10.0.0.1' }] },
    });
  });

  it('binary user data passes through untouched; no ssh key means no public-keys', () => {
    const data = Buffer.from([0x1f, 0x8b, 0x00, 0xff]);
    const files = noCloudFiles({ ...spec, configDrive: { userData: data, sshKey: null } });
    assert.deepEqual(files['user-data'], data);
    assert.equal('public-keys' in JSON.parse(files['meta-data']), false);
  });
});
