import { link, rm, stat } from 'node:fs/promises';
import { HostFileError } from '../errors.js';

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

/**
 * Gives a finished `.partial` file its final name without ever replacing
 * what is there (rename would): link fails with EEXIST instead.
 */
export async function publish(partial: string, path: string): Promise<void> {
  try {
    await link(partial, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' ? 'it appeared while it was being built, and is kept' : (err as Error).message;
    throw new HostFileError(`cannot publish ${path}: ${reason}`, path, err);
  }
  await rm(partial, { force: true });
}
