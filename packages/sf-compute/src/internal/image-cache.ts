import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError } from '@sf/common';
import { ImageFormatError, ImageIdError, ImageNotFoundError } from '../errors.js';
import type { CachedImage } from '../types.js';
import { exists } from './files.js';
import { imageInfo } from './qemu-img.js';

const FORMATS = ['qcow2', 'raw'] as const;
const SECTOR = 512;
const SHA256 = /^[0-9a-f]{64}$/;
const PARTIAL = /^\.import-[0-9a-f]+\.partial$/;
// A copy being written has its mtime moved on every write; one untouched this long was left by a crash.
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/** Magic numbers of archives people download instead of the image inside them. */
const COMPRESSED: ReadonlyArray<readonly [string, Buffer]> = [
  ['gzip', Buffer.from([0x1f, 0x8b])],
  ['xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])],
  ['zstd', Buffer.from([0x28, 0xb5, 0x2f, 0xfd])],
  ['bzip2', Buffer.from('BZh')],
  ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
];

async function compressionOf(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const found = COMPRESSED.find(([, magic]) => bytesRead >= magic.length && head.subarray(0, magic.length).equals(magic));
    return found?.[0] ?? null;
  } finally {
    await handle.close();
  }
}

/** Refuses anything but a self-contained qcow2 or a sector-aligned raw disk. */
async function vet(path: string, label: string): Promise<CachedImage['format'] & string> {
  const info = await imageInfo(path);
  if (!(FORMATS as readonly string[]).includes(info.format)) {
    throw new ImageFormatError(`${label} is a ${info.format} image; only qcow2 and raw images are accepted`, { details: { format: info.format } });
  }
  if (info.backingFile !== null || info.dataFile !== null) {
    throw new ImageFormatError(`${label} refers to another file (backing or data file); only self-contained images are accepted`);
  }
  if (info.format === 'raw') {
    const compression = await compressionOf(path);
    if (compression !== null) {
      throw new ImageFormatError(`${label} is ${compression}-compressed, not a disk image; decompress it first`, { details: { compression } });
    }
    const { size } = await stat(path);
    if (size === 0 || size % SECTOR !== 0) {
      throw new ImageFormatError(`${label} is not a disk image: its size (${size} bytes) is not a whole number of 512-byte sectors`);
    }
  }
  return info.format as CachedImage['format'];
}

/**
 * The node's image cache: each image is stored once, named by the sha256 of its
 * bytes and the format found when it was vetted, so later reads never probe.
 */
export class ImageCache {
  // Cached files never change (their name is their hash), so their qemu-img info is remembered.
  private readonly known = new Map<string, CachedImage>();

  constructor(readonly dir: string) {}

  // The id becomes a file name, and the cache is public (driver.images): '../x' must not escape it.
  private pathOf(sha256: string, format: CachedImage['format']): string {
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw new ImageIdError(sha256);
    return join(this.dir, `${sha256}.${format}`);
  }

  /** Removes copies an import that crashed left behind; a live import keeps touching its copy, so it is spared. */
  private async sweepPartials(): Promise<void> {
    const cutoff = Date.now() - STALE_PARTIAL_MS;
    for (const name of await readdir(this.dir)) {
      if (!PARTIAL.test(name)) continue;
      const path = join(this.dir, name);
      // Another import may publish or remove its copy meanwhile.
      const found = await stat(path).catch(() => null);
      if (found !== null && found.mtimeMs < cutoff) await rm(path, { force: true });
    }
  }

  /** Copies a file into the cache (hashing as it goes) after vetting it; a no-op when already cached. */
  async import(source: string): Promise<CachedImage> {
    const found = await stat(source).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new NotFoundError(`image file ${source} does not exist`, { code: 'SF_ERR_NOT_FOUND_IMAGE' });
      throw err;
    });
    if (!found.isFile()) throw new ImageFormatError(`image ${source} is not a regular file`);
    await mkdir(this.dir, { recursive: true, mode: 0o755 });
    await this.sweepPartials();
    const format = await vet(source, `image ${source}`);
    const partial = join(this.dir, `.import-${randomBytes(6).toString('hex')}.partial`);
    const hash = createHash('sha256');
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(createReadStream(source), tee, createWriteStream(partial, { mode: 0o644 }));
      const sha256 = hash.digest('hex');
      const final = this.pathOf(sha256, format);
      // The copy is vetted again: the source may have changed while it was read.
      await vet(partial, `image ${source}`);
      await chmod(partial, 0o644);
      // Unlike a disk, a cached image may be replaced: its name is its content's hash, so the bytes are the same.
      await rename(partial, final);
      return await this.get(sha256);
    } finally {
      await rm(partial, { force: true });
    }
  }

  async find(sha256: string): Promise<CachedImage | null> {
    for (const format of FORMATS) {
      const path = this.pathOf(sha256, format);
      if (!(await exists(path))) continue;
      const remembered = this.known.get(path);
      if (remembered !== undefined) return remembered;
      const info = await imageInfo(path, format);
      const image: CachedImage = { sha256, format, virtualSizeBytes: info.virtualSizeBytes, path };
      this.known.set(path, image);
      return image;
    }
    return null;
  }

  async get(sha256: string): Promise<CachedImage> {
    const image = await this.find(sha256);
    if (image === null) throw new ImageNotFoundError(sha256);
    return image;
  }
}
