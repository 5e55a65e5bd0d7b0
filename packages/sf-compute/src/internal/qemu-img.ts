import { execa } from 'execa';
import { HypervisorError } from '../errors.js';

export interface ImageInfo {
  format: string;
  virtualSizeBytes: number;
  backingFile: string | null;
  dataFile: string | null;
}

interface RawInfo {
  format?: string;
  'virtual-size'?: number;
  'backing-filename'?: string;
  'format-specific'?: { data?: { 'data-file'?: string } };
}

async function qemuImg(args: string[]): Promise<string> {
  try {
    const result = await execa('qemu-img', args, { stdin: 'ignore' });
    return result.stdout;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new HypervisorError(`qemu-img ${args[0] ?? ''} failed${stderr ? `: ${stderr}` : ''}`, err);
  }
}

/**
 * Inspect an image. Without a format qemu-img probes the content, which is
 * only acceptable for a file being vetted; known images pass their format so a
 * raw guest disk can never be re-read as qcow2 with a host backing file.
 */
export async function imageInfo(path: string, format?: 'qcow2' | 'raw'): Promise<ImageInfo> {
  const args = ['info', '--output=json', '--force-share'];
  if (format !== undefined) args.push('-f', format);
  args.push(path);
  const raw = JSON.parse(await qemuImg(args)) as RawInfo;
  return {
    format: raw.format ?? 'unknown',
    virtualSizeBytes: raw['virtual-size'] ?? 0,
    backingFile: raw['backing-filename'] ?? null,
    dataFile: raw['format-specific']?.data?.['data-file'] ?? null,
  };
}

export async function createOverlay(path: string, base: string, baseFormat: 'qcow2' | 'raw', sizeBytes: number): Promise<void> {
  await qemuImg(['create', '-q', '-f', 'qcow2', '-b', base, '-F', baseFormat, path, String(sizeBytes)]);
}

export async function createBlank(path: string, sizeBytes: number): Promise<void> {
  await qemuImg(['create', '-q', '-f', 'qcow2', path, String(sizeBytes)]);
}

/** Grows a qcow2 image; shrinking would destroy guest data, so it is never asked for. */
export async function growImage(path: string, sizeBytes: number): Promise<void> {
  await qemuImg(['resize', '-q', '-f', 'qcow2', path, String(sizeBytes)]);
}
