import { ValidationError } from '@sf/common';
import { DEFAULT_VIDEO, type StoredVideo } from '../internal/views.js';

/** The body create_instance() sends (API.md section 5.1): every key present, unset ones null. */
export interface CreateInstanceBody {
  name?: string | null;
  cpus?: number | null;
  memory?: number | null;
  disk?: Array<{ size?: number | null; base?: string | null; bus?: string | null; type?: string | null }> | null;
  network?: NetworkSpec[] | null;
  ssh_key?: string | null;
  user_data?: string | null;
  namespace?: string | null;
  video?: { model?: string | null; memory?: number | string | null; vdi?: string | null } | null;
  uefi?: boolean | null;
  secure_boot?: boolean | null;
  nvram_template?: string | null;
  configdrive?: string | null;
  metadata?: Record<string, unknown> | null;
  side_channels?: string[] | null;
  placed_on?: string | null;
}

export interface NetworkSpec {
  network_uuid?: string | null;
  address?: string | null;
  macaddress?: string | null;
  model?: string | null;
  float?: boolean | null;
}

const nstr = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;
export const NIC_MODELS = ['virtio', 'e1000', 'rtl8139', 'ne2k_pci', 'pcnet', 'i82551', 'i82557b', 'i82559er'];
// The limits below are the compute driver's (sf-compute validateSpec): what it would refuse on the node is refused here, as a 400.
const DISK_BUSES = ['virtio', 'sata', 'scsi', 'usb'];
const HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export const createInstanceSchema = {
  type: 'object',
  properties: {
    name: nstr(255),
    cpus: { type: ['integer', 'null'], minimum: 1, maximum: 255 },
    memory: { type: ['integer', 'null'], minimum: 16, maximum: 4194304, description: 'MiB' },
    disk: {
      type: ['array', 'null'], maxItems: 26,
      items: {
        type: 'object',
        properties: { size: { type: ['integer', 'null'], minimum: 0, maximum: 65536, description: 'GiB' }, base: nstr(2048), bus: nstr(16), type: nstr(16) },
        additionalProperties: false,
      },
    },
    network: {
      type: ['array', 'null'], maxItems: 32,
      items: {
        type: 'object',
        'x-sf-message': 'network specification should contain JSON objects',
        properties: { network_uuid: nstr(255), address: nstr(64), macaddress: nstr(64), model: nstr(16), float: { type: ['boolean', 'null'] } },
        additionalProperties: false,
      },
    },
    ssh_key: nstr(16384),
    user_data: { type: ['string', 'null'], maxLength: 262144, pattern: '^[A-Za-z0-9+/=\\s]*$', description: 'base64' },
    namespace: nstr(64),
    video: {
      type: ['object', 'null'],
      // The CLI's -V model=qxl,memory=65536 sends memory as a string (API.md section 5.1: accept what the client sends).
      properties: { model: nstr(32), memory: { type: ['integer', 'string', 'null'], minimum: 1, maximum: 1048576, pattern: '^[1-9][0-9]{0,6}$' }, vdi: nstr(32) },
      additionalProperties: false,
    },
    uefi: { type: ['boolean', 'null'] },
    secure_boot: { type: ['boolean', 'null'] },
    nvram_template: nstr(255),
    configdrive: nstr(32),
    metadata: { type: ['object', 'null'], 'x-sf-message': 'metadata must be a dictionary', additionalProperties: true, maxProperties: 64, propertyNames: { minLength: 1, maxLength: 255 } },
    side_channels: { type: ['array', 'null'], maxItems: 8, items: { type: 'string', maxLength: 64 } },
    placed_on: nstr(255),
  },
  additionalProperties: false,
} as const;

/** Reserved metadata keys of instances (API.md section 11), checked at create and on every set. */
export function checkInstanceMetadata(key: string, value: unknown): void {
  if (key === 'tags' && !(Array.isArray(value) && value.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 64))) {
    throw new ValidationError('value for "tags" key should be a JSON list');
  }
  if (key === 'affinity') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError('value for "affinity" key should be a valid JSON dictionary');
    if (!Object.values(value).every((v) => Number.isInteger(Number(v)))) throw new ValidationError('affinity dictionary values should be integers');
  }
}

export interface InstanceSpec {
  name: string;
  cpus: number;
  memoryMib: number;
  /** As the client sent them ('' and 0 for unset): the view shows them as accepted, and the compute worker applies the defaults (virtio, disk). */
  disks: Array<{ size_gib: number; base: string; bus: string; type: string }>;
  video: StoredVideo;
  uefi: boolean;
  secureBoot: boolean;
  configdrive: string;
  metadata: Record<string, unknown>;
  tags: string[];
  affinity: Record<string, number>;
}

/** The checks of API.md section 5.1 that need no database, in table order; nothing is written until all pass. */
export function checkInstanceSpec(body: CreateInstanceBody): InstanceSpec {
  const name = body.name ?? '';
  if (!HOST_NAME.test(name)) throw new ValidationError(`instance name ${name} is not useable as a DNS and Linux host name. It should only contain letters, numbers and dashes, and be no longer than 63 characters.`);
  if (body.cpus === undefined || body.cpus === null) throw new ValidationError('cpus: missing required parameter');
  if (body.memory === undefined || body.memory === null) throw new ValidationError('memory: missing required parameter');
  if (body.disk === undefined || body.disk === null || body.disk.length === 0) throw new ValidationError('instance must specify at least one disk');
  const disks = body.disk.map((d, index) => {
    if ((d.base ?? '') === '' && (d.size ?? 0) === 0) throw new ValidationError(`disk ${index} is blank and so needs a size`);
    const bus = d.bus ?? '';
    if (bus === 'ide') throw new ValidationError('IDE disks are no longer supported');
    if (bus !== '' && !DISK_BUSES.includes(bus)) throw new ValidationError(`invalid disk bus ${bus}`);
    const type = d.type ?? '';
    if (type !== '' && type !== 'disk' && type !== 'cdrom') throw new ValidationError(`invalid disk type ${type}`);
    return { size_gib: d.size ?? 0, base: d.base ?? '', bus, type };
  });
  let video: StoredVideo = { ...DEFAULT_VIDEO };
  if (body.video !== undefined && body.video !== null) {
    if (body.video.model === undefined || body.video.model === null) throw new ValidationError('video specification requires "model"');
    if (body.video.memory === undefined || body.video.memory === null) throw new ValidationError('video specification requires "memory"');
    const memory = Number(body.video.memory);
    if (memory > 1048576) throw new ValidationError('video.memory: must be <= 1048576');
    video = { model: body.video.model, memory, vdi: body.video.vdi ?? 'spice' };
  }
  const uefi = body.uefi ?? false;
  const secureBoot = body.secure_boot ?? false;
  if (secureBoot && !uefi) throw new ValidationError('secure boot requires UEFI be enabled');
  const configdrive = body.configdrive ?? 'openstack-disk';
  if (configdrive !== 'openstack-disk' && configdrive !== 'none') throw new ValidationError(`invalid config drive type: "${configdrive}"`);
  const metadata = body.metadata ?? {};
  for (const [key, value] of Object.entries(metadata)) checkInstanceMetadata(key, value);
  // The tier has no side-channel column yet; they ride in video_json and the view splits them out.
  video.side_channels = body.side_channels ?? null;
  const affinity = Object.fromEntries(Object.entries((metadata.affinity ?? {}) as Record<string, unknown>).map(([k, v]) => [k, Number(v)]));
  return { name, cpus: body.cpus, memoryMib: body.memory, disks, video, uefi, secureBoot, configdrive, metadata, tags: (metadata.tags ?? []) as string[], affinity };
}
