import { join } from 'node:path';
import type { ConfigDriveFormat } from '../types.js';

/** Where one instance's files live; destroy removes the whole folder. */
export class InstanceLayout {
  readonly dir: string;

  constructor(instanceRoot: string, readonly uuid: string) {
    this.dir = join(instanceRoot, uuid);
  }

  disk(index: number): string {
    return join(this.dir, `disk-${index}.qcow2`);
  }

  configDrive(format: ConfigDriveFormat): string {
    return join(this.dir, `config-drive.${format}`);
  }

  get console(): string {
    return join(this.dir, 'console.log');
  }

  get nvram(): string {
    return join(this.dir, 'nvram.fd');
  }
}

function letters(index: number): string {
  let out = '';
  let n = index;
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** Linux-style device names by bus (virtio vda..., sata/scsi/usb share sda...), in disk order. */
export function deviceNames(buses: readonly string[]): string[] {
  let virtio = 0;
  let scsiLike = 0;
  return buses.map((bus) => (bus === 'virtio' ? `vd${letters(virtio++)}` : `sd${letters(scsiLike++)}`));
}
