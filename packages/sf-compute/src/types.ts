import type { Logger } from '@sf/common';

/** libvirt domain type: hardware virtualisation or full emulation. */
export type DomainType = 'kvm' | 'qemu';

export const DISK_BUSES = ['virtio', 'sata', 'scsi', 'usb'] as const;
export type DiskBus = (typeof DISK_BUSES)[number];

export const NIC_MODELS = ['virtio', 'e1000', 'rtl8139', 'ne2k_pci', 'pcnet', 'i82551', 'i82557b', 'i82559er'] as const;
export type NicModel = (typeof NIC_MODELS)[number];

export type VideoModel = 'none' | 'vga';
export type ConfigDriveFormat = 'iso' | 'vfat';

/** API.md section 13.2, as far as libvirt can report it. */
export type PowerState = 'on' | 'off' | 'paused' | 'crashed' | 'transition-to-off';

export interface DiskSpec {
  /** Virtual size in GiB; null means the base image's size (a blank disk needs a size). */
  sizeGib: number | null;
  /** sha256 of a cached base image (ImageCache.import), or null for a blank disk. */
  baseImage: string | null;
  bus: DiskBus;
}

export interface InterfaceSpec {
  macAddress: string;
  /** Host bridge the NIC's tap device joins. */
  bridge: string;
  /** The tap's name, `tap-<id>` (instanceTapName of the interface's uuid): the only links sf-net attaches and observes. */
  tap: string;
  model: NicModel;
  /** Address cloud-init should configure statically; null means DHCP. */
  address?: { ipv4: string; prefixLength: number; gateway: string | null } | null;
}

export interface ConfigDriveSpec {
  /** Decoded cloud-init user data, or null for none. */
  userData: Buffer | string | null;
  sshKey: string | null;
  /** Defaults to the driver's configured format. */
  format?: ConfigDriveFormat;
}

export interface InstanceSpec {
  uuid: string;
  /** Host name of the guest: a DNS label. */
  name: string;
  cpus: number;
  memoryMib: number;
  disks: DiskSpec[];
  interfaces: InterfaceSpec[];
  video: VideoModel;
  uefi: boolean;
  configDrive: ConfigDriveSpec | null;
}

/** The steps of create, in order; each is idempotent, so a re-run after a crash converges. */
export const CREATE_STEPS = ['instance-directory', 'disks', 'config-drive', 'define', 'start'] as const;
export type CreateStep = (typeof CREATE_STEPS)[number];

export interface DriverHooks {
  /** Called after each create step; a throw here stands in for a crash between steps. */
  afterCreateStep?: (step: CreateStep, uuid: string) => void | Promise<void>;
}

export interface ComputeDriverOptions {
  uri: string;
  domainType: DomainType;
  imageCacheDir: string;
  instanceDir: string;
  domainPrefix: string;
  configDriveFormat: ConfigDriveFormat;
  uefiLoader: string;
  uefiVarsTemplate: string;
  kvmDisabledCpuFeatures: readonly string[];
  logger: Logger;
  hooks?: DriverHooks;
}

export interface CreateResult {
  uuid: string;
  domainName: string;
  powerState: PowerState;
  /** Guest device names in spec order, config drive last. */
  devices: string[];
}

/** One instance the node holds, found from its libvirt domain, its files, or both. */
export interface ObservedInstance {
  uuid: string;
  domainName: string;
  /** null when there is no domain (files left behind: an orphan to destroy). */
  powerState: PowerState | null;
  hasDomain: boolean;
  hasFiles: boolean;
}

export interface ConsoleRead {
  data: Buffer;
  /** Offset of data's first byte in the log. */
  offset: number;
  /** The log's size when read. */
  size: number;
}

export interface CachedImage {
  sha256: string;
  format: 'qcow2' | 'raw';
  virtualSizeBytes: number;
  path: string;
}
