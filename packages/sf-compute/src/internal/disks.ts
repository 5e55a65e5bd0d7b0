import { basename } from 'node:path';
import { DiskBaseError, DiskSizeError } from '../errors.js';
import type { CachedImage, InstanceSpec } from '../types.js';
import { exists, publish, remove } from './files.js';
import type { ImageCache } from './image-cache.js';
import type { InstanceLayout } from './layout.js';
import { createBlank, createOverlay, growImage, imageInfo } from './qemu-img.js';

const GIB = 1024 ** 3;

export interface DiskPlan {
  index: number;
  path: string;
  bus: string;
  sizeBytes: number;
  base: CachedImage | null;
}

function gib(bytes: number): string {
  return `${(bytes / GIB).toFixed(2).replace(/\.?0+$/, '')} GiB`;
}

/** Resolves base images and sizes; reads only, so a refusal leaves nothing behind. */
export async function planDisks(spec: InstanceSpec, images: ImageCache, layout: InstanceLayout): Promise<DiskPlan[]> {
  const plans: DiskPlan[] = [];
  for (const [index, disk] of spec.disks.entries()) {
    const base = disk.baseImage === null ? null : await images.get(disk.baseImage);
    const sizeBytes = disk.sizeGib !== null ? disk.sizeGib * GIB : (base?.virtualSizeBytes ?? 0);
    if (base !== null && sizeBytes < base.virtualSizeBytes) {
      throw new DiskSizeError(
        `disk ${index} is ${gib(sizeBytes)}, smaller than its base image (${gib(base.virtualSizeBytes)}); disks can grow but never shrink`,
        { disk: index, size_bytes: sizeBytes, base_size_bytes: base.virtualSizeBytes },
      );
    }
    plans.push({ index, path: layout.disk(index), bus: disk.bus, sizeBytes, base });
  }
  return plans;
}

// Cached images are named <sha256>.<format>, so a backing file names its image.
function describeBase(path: string | null): string {
  return path === null ? 'no base image (blank)' : `base image ${basename(path).replace(/\.(qcow2|raw)$/, '')}`;
}

/**
 * Makes one disk exist at its planned size. A disk is built under a
 * `.partial` name and published without replacing anything, so an existing
 * file is complete; one left by an earlier run is kept (it may hold guest
 * data) if it has the planned base.
 */
export async function ensureDisk(plan: DiskPlan): Promise<void> {
  const partial = `${plan.path}.partial`;
  // Also when the disk exists: a crash between publishing it and removing the partial name leaves both.
  await remove(partial);
  if (await exists(plan.path)) {
    const info = await imageInfo(plan.path, 'qcow2');
    const wanted = plan.base?.path ?? null;
    if (info.backingFile !== wanted) {
      throw new DiskBaseError(
        `disk ${plan.index} already exists with ${describeBase(info.backingFile)}, but the spec asks for ${describeBase(wanted)}; ` +
          'a disk keeps its base, so destroy the instance to create it over another',
        { disk: plan.index, backing_file: info.backingFile, base_image: plan.base?.sha256 ?? null },
      );
    }
    if (info.virtualSizeBytes < plan.sizeBytes) await growImage(plan.path, plan.sizeBytes);
    return;
  }
  try {
    if (plan.base === null) await createBlank(partial, plan.sizeBytes);
    else await createOverlay(partial, plan.base.path, plan.base.format, plan.sizeBytes);
    await publish(partial, plan.path);
  } finally {
    await remove(partial);
  }
}
