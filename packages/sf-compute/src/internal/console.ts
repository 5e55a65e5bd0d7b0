import { open, truncate, type FileHandle } from 'node:fs/promises';
import { HostFileError, InstanceSpecError } from '../errors.js';
import type { ConsoleRead } from '../types.js';
import { hostFile } from './files.js';

/** Byte range [start, end) of a log of `size` bytes; a negative offset counts back from the end. */
export function consoleRange(size: number, offset: number, length: number): { start: number; end: number } {
  if (!Number.isInteger(offset)) throw new InstanceSpecError('console offset must be an integer', 'SPEC');
  if (!Number.isInteger(length) || length < -1) throw new InstanceSpecError('console length must be an integer, or -1 for everything', 'SPEC');
  const start = offset < 0 ? Math.max(0, size + offset) : Math.min(offset, size);
  const end = length === -1 ? size : Math.min(size, start + length);
  return { start, end };
}

async function openIfPresent(path: string): Promise<FileHandle | null> {
  try {
    return await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new HostFileError(`cannot open ${path}: ${(err as Error).message}`, path, err);
  }
}

/** A console log that does not exist yet reads as empty, as the API's consoledata does. */
export async function readConsole(path: string, offset: number, length: number): Promise<ConsoleRead> {
  const handle = await openIfPresent(path);
  if (handle === null) {
    consoleRange(0, offset, length);
    return { data: Buffer.alloc(0), offset: 0, size: 0 };
  }
  try {
    const { size } = await hostFile('read', path, () => handle.stat());
    const { start, end } = consoleRange(size, offset, length);
    const data = Buffer.alloc(end - start);
    const done = await hostFile('read', path, async () => {
      let read = 0;
      while (read < data.length) {
        const { bytesRead } = await handle.read(data, read, data.length - read, start + read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return read;
    });
    return { data: data.subarray(0, done), offset: start, size };
  } finally {
    await handle.close();
  }
}

/** QEMU appends (the serial source has append='on'), so its next write lands at the new end. */
export async function truncateConsole(path: string): Promise<void> {
  try {
    await truncate(path, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new HostFileError(`cannot truncate ${path}: ${(err as Error).message}`, path, err);
  }
}
