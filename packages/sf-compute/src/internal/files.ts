import { link, open, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HostFileError } from '../errors.js';

/** One file-system step on the node's state; Node's error leaves as a HostFileError naming the path. */
export async function hostFile<T>(what: string, path: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw new HostFileError(`cannot ${what} ${path}: ${(err as Error).message}`, path, err);
  }
}

/** Removes a file or folder; one that is not there is fine. */
export function remove(path: string): Promise<void> {
  return hostFile('remove', path, () => rm(path, { recursive: true, force: true }));
}

/**
 * Whether a path exists. Only ENOENT means absent: any other failure (ELOOP,
 * EIO, EACCES) says nothing about what is there, and treating it as absent
 * would let create build over a file that may hold guest data.
 */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new HostFileError(`cannot tell whether ${path} exists: ${(err as Error).message}`, path, err);
  }
}

/** fsync of a file or, opened read-only, of a folder's entries. */
function sync(path: string): Promise<void> {
  return hostFile('flush', path, async () => {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Gives a finished `.partial` file its final name without ever replacing
 * what is there (rename would): link fails with EEXIST instead. The file is
 * flushed before it is named and the folder after, so after a power loss a
 * published file is whole, never a name over blocks that were not written.
 */
export async function publish(partial: string, path: string): Promise<void> {
  await sync(partial);
  try {
    await link(partial, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' ? 'it appeared while it was being built, and is kept' : (err as Error).message;
    throw new HostFileError(`cannot publish ${path}: ${reason}`, path, err);
  }
  await sync(dirname(path));
  await remove(partial);
}
