import { isInstanceTap } from '@sf/common';
import { InstanceSpecError } from '../errors.js';
import { DISK_BUSES, NIC_MODELS, type InstanceSpec } from '../types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
const HOST_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// Linux interface names: at most 15 bytes, no slash, colon or whitespace.
const BRIDGE = /^[A-Za-z0-9_.-]{1,15}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function fail(message: string): never {
  throw new InstanceSpecError(message, 'SPEC');
}

export function checkUuid(uuid: string): string {
  if (typeof uuid !== 'string' || !UUID.test(uuid)) fail(`instance uuid ${JSON.stringify(uuid)} is not a lower-case UUID`);
  return uuid;
}

/** Returns the MAC in canonical lower case; refuses multicast addresses, which no NIC may own. */
export function normaliseMac(mac: string): string {
  const lower = typeof mac === 'string' ? mac.toLowerCase() : '';
  if (!MAC.test(lower)) {
    throw new InstanceSpecError(`MAC address ${JSON.stringify(mac)} is malformed: expected six colon-separated hex octets`, 'MAC');
  }
  if ((parseInt(lower.slice(0, 2), 16) & 1) === 1) {
    throw new InstanceSpecError(`MAC address ${mac} is a multicast address and cannot be assigned to a NIC`, 'MAC');
  }
  return lower;
}

function checkInteger(value: number, what: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) fail(`${what} must be an integer from ${min} to ${max}, not ${value}`);
}

/** Every check that needs no I/O; runs before create writes anything. */
export function validateSpec(spec: InstanceSpec): InstanceSpec {
  checkUuid(spec.uuid);
  if (typeof spec.name !== 'string' || !HOST_LABEL.test(spec.name)) {
    fail(`instance name ${JSON.stringify(spec.name)} is not useable as a DNS and Linux host name`);
  }
  checkInteger(spec.cpus, 'cpus', 1, 255);
  checkInteger(spec.memoryMib, 'memory (MiB)', 16, 4 * 1024 * 1024);
  if (!Array.isArray(spec.disks) || spec.disks.length === 0) fail('instance must specify at least one disk');
  const disks = spec.disks.map((disk, index) => {
    if (!(DISK_BUSES as readonly string[]).includes(disk.bus)) fail(`invalid disk bus ${JSON.stringify(disk.bus)} on disk ${index}`);
    if (disk.baseImage !== null && !SHA256.test(disk.baseImage)) fail(`disk ${index} base image must be a sha256 hex digest`);
    if (disk.sizeGib !== null) checkInteger(disk.sizeGib, `disk ${index} size (GiB)`, 1, 64 * 1024);
    if (disk.baseImage === null && disk.sizeGib === null) fail(`disk ${index} is blank and so needs a size`);
    return { ...disk };
  });
  const interfaces = (spec.interfaces ?? []).map((nic, index) => {
    const macAddress = normaliseMac(nic.macAddress);
    if (typeof nic.bridge !== 'string' || !BRIDGE.test(nic.bridge)) fail(`interface ${index} bridge ${JSON.stringify(nic.bridge)} is not a valid interface name`);
    if (typeof nic.tap !== 'string' || !isInstanceTap(nic.tap)) fail(`interface ${index} tap ${JSON.stringify(nic.tap)} is not an instance tap name (tap-<id>)`);
    if (!(NIC_MODELS as readonly string[]).includes(nic.model)) fail(`interface ${index} has unknown NIC model ${JSON.stringify(nic.model)}`);
    const address = nic.address ?? null;
    if (address !== null) {
      if (!IPV4.test(address.ipv4)) fail(`interface ${index} address ${JSON.stringify(address.ipv4)} is not an IPv4 address`);
      checkInteger(address.prefixLength, `interface ${index} prefix length`, 1, 32);
      if (address.gateway !== null && !IPV4.test(address.gateway)) fail(`interface ${index} gateway is not an IPv4 address`);
    }
    return { ...nic, macAddress, address };
  });
  const macs = new Set(interfaces.map((nic) => nic.macAddress));
  if (macs.size !== interfaces.length) fail('two interfaces share a MAC address');
  if (new Set(interfaces.map((nic) => nic.tap)).size !== interfaces.length) fail('two interfaces share a tap name');
  if (spec.video !== 'none' && spec.video !== 'vga') fail(`video model ${JSON.stringify(spec.video)} is not one of none, vga`);
  if (typeof spec.uefi !== 'boolean') fail('uefi must be true or false');
  const drive = spec.configDrive;
  if (drive !== null) {
    if (typeof drive !== 'object') fail('config drive must be an object, or null for none');
    // Anything else would reach Buffer.from, or the ssh key the JSON meta-data, as some other type.
    if (drive.userData !== null && typeof drive.userData !== 'string' && !Buffer.isBuffer(drive.userData)) fail('config drive user data must be a string, a Buffer or null');
    if (drive.sshKey !== null && typeof drive.sshKey !== 'string') fail('config drive ssh key must be a string or null');
    if (drive.format !== undefined && drive.format !== 'iso' && drive.format !== 'vfat') fail(`invalid config drive format ${JSON.stringify(drive.format)}`);
  }
  return { ...spec, disks, interfaces };
}
