import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { HypervisorError } from '../errors.js';
import type { ConfigDriveFormat, InstanceSpec } from '../types.js';
import { exists, hostFile, publish, remove } from './files.js';

export interface NoCloudFiles {
  'meta-data': string;
  'user-data': Buffer;
  'network-config': string;
}

/**
 * cloud-init NoCloud content. meta-data and network-config are JSON, which
 * YAML parsers accept, so user-supplied strings are escaped by JSON.stringify
 * instead of by hand-written YAML quoting.
 */
export function noCloudFiles(spec: InstanceSpec): NoCloudFiles {
  const drive = spec.configDrive;
  const metaData: Record<string, unknown> = { 'instance-id': spec.uuid, 'local-hostname': spec.name };
  if (drive?.sshKey) metaData['public-keys'] = [drive.sshKey];
  const ethernets: Record<string, unknown> = {};
  spec.interfaces.forEach((nic, index) => {
    const entry: Record<string, unknown> = { match: { macaddress: nic.macAddress }, 'set-name': `eth${index}` };
    if (nic.address) {
      entry.addresses = [`${nic.address.ipv4}/${nic.address.prefixLength}`];
      if (nic.address.gateway !== null) entry.routes = [{ to: '0.0.0.0/0', via: nic.address.gateway }];
    } else {
      entry.dhcp4 = true;
    }
    ethernets[`eth${index}`] = entry;
  });
  const userData = drive?.userData ?? null;
  return {
    'meta-data': `${JSON.stringify(metaData, null, 2)}\n`,
    'user-data': userData === null ? Buffer.alloc(0) : Buffer.isBuffer(userData) ? userData : Buffer.from(userData, 'utf8'),
    'network-config': `${JSON.stringify({ version: 2, ethernets }, null, 2)}\n`,
  };
}

async function run(command: string, args: string[]): Promise<void> {
  try {
    await execa(command, args, { stdin: 'ignore' });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new HypervisorError(`${command} failed while building a config drive${stderr ? `: ${stderr}` : ''}`, err);
  }
}

async function buildImage(format: ConfigDriveFormat, staging: string, output: string, files: NoCloudFiles): Promise<void> {
  const names = Object.keys(files);
  if (format === 'iso') {
    // genisoimage rather than xorriso: xorriso spends a fixed ~0.1 s per run, a quarter of a domain start.
    await run('genisoimage', ['-quiet', '-output', output, '-volid', 'cidata', '-joliet', '-rock', staging]);
    return;
  }
  const contentKib = Math.ceil(Object.values(files).reduce((sum, data) => sum + Buffer.byteLength(data), 0) / 1024);
  const sizeKib = Math.max(2048, 2 * contentKib + 1024);
  await run('mkfs.vfat', ['-n', 'CIDATA', '-C', output, String(sizeKib)]);
  await run('mcopy', ['-o', '-i', output, ...names.map((name) => join(staging, name)), '::']);
}

/**
 * Makes the config drive exist at `output`. It is built under a `.partial`
 * name and published, so an existing file is complete and is kept.
 */
export async function ensureConfigDrive(spec: InstanceSpec, format: ConfigDriveFormat, output: string): Promise<void> {
  const partial = `${output}.partial`;
  const staging = `${output}.staging`;
  // Also when the drive exists: a crash between publishing it and this cleanup leaves them behind.
  await remove(partial);
  await remove(staging);
  if (await exists(output)) return;
  try {
    await hostFile('create', staging, () => mkdir(staging));
    const files = noCloudFiles(spec);
    for (const [name, data] of Object.entries(files)) {
      const path = join(staging, name);
      await hostFile('write', path, () => writeFile(path, data, { mode: 0o644 }));
    }
    await buildImage(format, staging, partial, files);
    await publish(partial, output);
  } finally {
    await remove(staging);
    await remove(partial);
  }
}
