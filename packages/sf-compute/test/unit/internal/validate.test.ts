import assert from 'node:assert/strict';
import { ValidationError } from '@sf/common';
import { InstanceSpecError } from '../../../src/errors.js';
import { checkUuid, normaliseMac, validateSpec } from '../../../src/internal/validate.js';
import type { InstanceSpec } from '../../../src/types.js';

const SHA = 'a'.repeat(64);

function spec(overrides: Partial<InstanceSpec> = {}): InstanceSpec {
  return {
    uuid: '0f0e0d0c-0b0a-4908-8706-050403020100',
    name: 'web-1',
    cpus: 2,
    memoryMib: 1024,
    disks: [{ sizeGib: 10, baseImage: SHA, bus: 'virtio' }],
    interfaces: [{ macAddress: '02:00:00:AA:BB:CC', bridge: 'br-vxlan-1', tap: 'tap-v0', model: 'virtio' }],
    video: 'none',
    uefi: false,
    configDrive: null,
    ...overrides,
  };
}

describe('instance spec validation', () => {
  it('accepts a valid spec and lower-cases MACs', () => {
    assert.equal(validateSpec(spec()).interfaces[0]?.macAddress, '02:00:00:aa:bb:cc');
    for (const userData of ['#cloud-config\n', Buffer.from([0x1f, 0x8b]), null]) {
      assert.doesNotThrow(() => validateSpec(spec({ configDrive: { userData, sshKey: 'ssh-ed25519 AAAA' } })));
    }
  });

  it('refuses malformed and multicast MACs with SF_ERR_VALIDATION_MAC', () => {
    for (const mac of ['02:00:00:aa:bb', '02-00-00-aa-bb-cc', '02:00:00:aa:bb:cg', '', '01:00:5e:00:00:01']) {
      assert.throws(() => normaliseMac(mac), (err: InstanceSpecError) => err instanceof ValidationError && err.code === 'SF_ERR_VALIDATION_MAC');
    }
  });

  it('refuses bad fields, each with a message naming it', () => {
    const cases: Array<[Partial<InstanceSpec>, RegExp]> = [
      [{ uuid: 'not-a-uuid' }, /instance uuid/],
      [{ name: 'bad_name' }, /DNS and Linux host name/],
      [{ cpus: 0 }, /cpus must be an integer/],
      [{ memoryMib: 1.5 }, /memory \(MiB\)/],
      [{ disks: [] }, /at least one disk/],
      [{ disks: [{ sizeGib: 1, baseImage: SHA, bus: 'nvme' as 'virtio' }] }, /invalid disk bus "nvme"/],
      [{ disks: [{ sizeGib: null, baseImage: null, bus: 'virtio' }] }, /blank and so needs a size/],
      [{ disks: [{ sizeGib: 1, baseImage: '../../etc/passwd', bus: 'virtio' }] }, /sha256/],
      [{ interfaces: [{ macAddress: '02:00:00:00:00:01', bridge: 'br0; rm -rf', tap: 'tap-v0', model: 'virtio' }] }, /not a valid interface name/],
      [{ interfaces: [{ macAddress: '02:00:00:00:00:01', bridge: 'br0', tap: 'vnet0', model: 'virtio' }] }, /tap "vnet0" is not an instance tap name/],
      [{ interfaces: [{ macAddress: '02:00:00:00:00:01', bridge: 'br0', tap: 'tap-v0', model: 'vmxnet9' as 'virtio' }] }, /unknown NIC model/],
      [
        {
          interfaces: [
            { macAddress: '02:00:00:00:00:01', bridge: 'br0', tap: 'tap-v0', model: 'virtio' },
            { macAddress: '02:00:00:00:00:01', bridge: 'br1', tap: 'tap-v1', model: 'virtio' },
          ],
        },
        /share a MAC/,
      ],
      [{ video: 'cirrus' as 'vga' }, /video model/],
      [{ configDrive: { userData: null, sshKey: null, format: 'udf' as 'iso' } }, /config drive format/],
      [{ configDrive: { userData: 42 as unknown as string, sshKey: null } }, /config drive user data must be a string, a Buffer or null/],
      [{ configDrive: { userData: { toString: () => 'x' } as unknown as string, sshKey: null } }, /config drive user data/],
      [{ configDrive: { userData: null, sshKey: ['ssh-ed25519 AAAA'] as unknown as string } }, /config drive ssh key must be a string or null/],
      [{ configDrive: 'iso' as unknown as null }, /config drive must be an object/],
    ];
    for (const [overrides, message] of cases) {
      assert.throws(() => validateSpec(spec(overrides)), (err: Error) => err instanceof InstanceSpecError && message.test(err.message), String(message));
    }
  });

  it('checkUuid accepts only lower-case UUIDs', () => {
    assert.doesNotThrow(() => checkUuid('0f0e0d0c-0b0a-4908-8706-050403020100'));
    assert.throws(() => checkUuid('0F0E0D0C-0B0A-4908-8706-050403020100'), InstanceSpecError);
  });
});
