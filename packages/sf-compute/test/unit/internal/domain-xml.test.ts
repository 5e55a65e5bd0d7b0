import assert from 'node:assert/strict';
import { buildDomainXml, type DomainXmlInput } from '../../../src/internal/domain-xml.js';
import { deviceNames } from '../../../src/internal/layout.js';
import type { InstanceSpec } from '../../../src/types.js';

const spec: InstanceSpec = {
  uuid: '0f0e0d0c-0b0a-4908-8706-050403020100',
  name: 'web-1',
  cpus: 2,
  memoryMib: 512,
  disks: [],
  interfaces: [{ macAddress: '02:00:00:aa:bb:cc', bridge: 'br-1', tap: 'tap-0aabbcc', model: 'e1000' }],
  video: 'vga',
  uefi: false,
  configDrive: null,
};

function input(overrides: Partial<DomainXmlInput> = {}): DomainXmlInput {
  return {
    spec,
    domainName: `sf-${spec.uuid}`,
    domainType: 'qemu',
    disks: [
      { path: '/srv/i/disk-0.qcow2', format: 'qcow2', bus: 'virtio', readonly: false },
      { path: '/srv/i/disk-1.qcow2', format: 'qcow2', bus: 'scsi', readonly: false },
      { path: '/srv/i/config-drive.iso', format: 'raw', bus: 'virtio', readonly: true },
    ],
    consolePath: '/srv/i/console.log',
    uefi: null,
    kvmDisabledCpuFeatures: ['arch-capabilities'],
    ...overrides,
  };
}

describe('domain XML', () => {
  it('describes cpus, memory in MiB, disks with bus and device names, NICs, console and video', () => {
    const xml = buildDomainXml(input());
    assert.match(xml, /^<domain type="qemu">/);
    assert.match(xml, /<name>sf-0f0e0d0c-0b0a-4908-8706-050403020100<\/name>/);
    assert.match(xml, /<uuid>0f0e0d0c-0b0a-4908-8706-050403020100<\/uuid>/);
    assert.match(xml, /<memory unit="MiB">512<\/memory>/);
    assert.match(xml, /<vcpu>2<\/vcpu>/);
    assert.match(xml, /<source file="\/srv\/i\/disk-0.qcow2"\/>\s*<target dev="vda" bus="virtio"\/>/);
    assert.match(xml, /<target dev="sda" bus="scsi"\/>/);
    assert.match(xml, /<controller type="scsi" model="virtio-scsi"\/>/);
    assert.match(xml, /<source file="\/srv\/i\/config-drive.iso"\/>\s*<target dev="vdb" bus="virtio"\/>\s*<readonly\/>/);
    assert.match(xml, /<mac address="02:00:00:aa:bb:cc"\/>\s*<source bridge="br-1"\/>\s*<target dev="tap-0aabbcc"\/>\s*<model type="e1000"\/>/);
    assert.match(xml, /<serial type="file">\s*<source path="\/srv\/i\/console.log" append="on"\/>/);
    assert.match(xml, /<video>\s*<model type="vga"\/>/);
    assert.doesNotMatch(xml, /<cpu|<loader/);
  });

  it('under kvm passes the host CPU through minus the disabled features', () => {
    const xml = buildDomainXml(input({ domainType: 'kvm' }));
    assert.match(xml, /<domain type="kvm">/);
    assert.match(xml, /<cpu mode="host-passthrough">\s*<feature policy="disable" name="arch-capabilities"\/>\s*<\/cpu>/);
  });

  it('under kvm disables arch-capabilities even when the configured list leaves it out', () => {
    const none = buildDomainXml(input({ domainType: 'kvm', kvmDisabledCpuFeatures: [] }));
    assert.match(none, /<cpu mode="host-passthrough">\s*<feature policy="disable" name="arch-capabilities"\/>\s*<\/cpu>/);
    const other = buildDomainXml(input({ domainType: 'kvm', kvmDisabledCpuFeatures: ['pdpe1gb', 'arch-capabilities'] }));
    assert.deepEqual([...other.matchAll(/<feature policy="disable" name="([^"]+)"\/>/g)].map((match) => match[1]), ['arch-capabilities', 'pdpe1gb']);
  });

  it('with UEFI adds the pflash loader and a per-instance NVRAM from the template', () => {
    const xml = buildDomainXml(input({ uefi: { loader: '/fw/CODE.fd', varsTemplate: '/fw/VARS.fd', nvram: '/srv/i/nvram.fd' } }));
    assert.match(xml, /<loader readonly="yes" type="pflash">\/fw\/CODE.fd<\/loader>/);
    assert.match(xml, /<nvram template="\/fw\/VARS.fd">\/srv\/i\/nvram.fd<\/nvram>/);
  });

  it('escapes values it is given rather than trusting them', () => {
    const xml = buildDomainXml(input({ spec: { ...spec, name: `x</title><devices>` }, consolePath: `/a'b"<c>` }));
    assert.match(xml, /<title>x&lt;\/title&gt;&lt;devices&gt;<\/title>/);
    assert.match(xml, /path="\/a&apos;b&quot;&lt;c&gt;"/);
  });

  it('names devices per bus family', () => {
    assert.deepEqual(deviceNames(['virtio', 'sata', 'virtio', 'usb', 'scsi']), ['vda', 'sda', 'vdb', 'sdb', 'sdc']);
    assert.equal(deviceNames(Array(28).fill('virtio')).at(-1), 'vdab');
  });
});
