import type { DomainType, InstanceSpec } from '../types.js';
import { kvmCpuElement } from './kvm-cpu.js';
import { deviceNames } from './layout.js';
import { el, renderXml, type XmlElement } from './xml.js';

export interface DomainDisk {
  path: string;
  format: 'qcow2' | 'raw';
  bus: string;
  readonly: boolean;
}

export interface DomainXmlInput {
  spec: InstanceSpec;
  domainName: string;
  domainType: DomainType;
  /** The instance's disks then, when present, its config drive. */
  disks: DomainDisk[];
  consolePath: string;
  uefi: { loader: string; varsTemplate: string; nvram: string } | null;
  kvmDisabledCpuFeatures: readonly string[];
}

function diskElement(disk: DomainDisk, dev: string): XmlElement {
  return el(
    'disk',
    { type: 'file', device: 'disk' },
    el('driver', { name: 'qemu', type: disk.format, discard: disk.readonly ? undefined : 'unmap' }),
    el('source', { file: disk.path }),
    el('target', { dev, bus: disk.bus }),
    disk.readonly && el('readonly'),
  );
}

function osElement(input: DomainXmlInput): XmlElement {
  const uefi = input.uefi;
  return el(
    'os',
    {},
    el('type', { arch: 'x86_64', machine: 'pc' }, 'hvm'),
    uefi !== null && el('loader', { readonly: 'yes', type: 'pflash' }, uefi.loader),
    uefi !== null && el('nvram', { template: uefi.varsTemplate }, uefi.nvram),
    el('boot', { dev: 'hd' }),
  );
}

/** Under emulation QEMU's default model is the only safe choice. */
function cpuElement(input: DomainXmlInput): XmlElement | undefined {
  return input.domainType === 'kvm' ? kvmCpuElement(input.kvmDisabledCpuFeatures) : undefined;
}

export function buildDomainXml(input: DomainXmlInput): string {
  const { spec } = input;
  const names = deviceNames(input.disks.map((disk) => disk.bus));
  const devices = el(
    'devices',
    {},
    ...input.disks.map((disk, index) => diskElement(disk, names[index] ?? '')),
    input.disks.some((disk) => disk.bus === 'scsi') && el('controller', { type: 'scsi', model: 'virtio-scsi' }),
    ...spec.interfaces.map((nic) =>
      el('interface', { type: 'bridge' }, el('mac', { address: nic.macAddress }), el('source', { bridge: nic.bridge }), el('target', { dev: nic.tap }), el('model', { type: nic.model })),
    ),
    el('serial', { type: 'file' }, el('source', { path: input.consolePath, append: 'on' }), el('target', { port: 0 })),
    el('video', {}, el('model', { type: spec.video })),
    el('memballoon', { model: 'none' }),
  );
  return renderXml(
    el(
      'domain',
      { type: input.domainType },
      el('name', {}, input.domainName),
      el('uuid', {}, spec.uuid),
      el('title', {}, spec.name),
      el('memory', { unit: 'MiB' }, String(spec.memoryMib)),
      el('vcpu', {}, String(spec.cpus)),
      osElement(input),
      el('features', {}, el('acpi'), el('apic')),
      cpuElement(input),
      el('clock', { offset: 'utc' }),
      el('on_poweroff', {}, 'destroy'),
      el('on_reboot', {}, 'restart'),
      el('on_crash', {}, 'preserve'),
      devices,
    ),
  );
}
