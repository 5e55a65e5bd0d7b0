import { mkdir, readdir } from 'node:fs/promises';
import { InvalidStateTransitionError, type Logger } from '@sf/common';
import { HostFileError, InstanceNotFoundError } from './errors.js';
import { ensureConfigDrive } from './internal/config-drive.js';
import { readConsole, truncateConsole } from './internal/console.js';
import { ensureDisk, planDisks } from './internal/disks.js';
import { exists, hostFile, remove } from './internal/files.js';
import { buildDomainXml, type DomainDisk } from './internal/domain-xml.js';
import { ImageCache } from './internal/image-cache.js';
import { InstanceLayout, deviceNames } from './internal/layout.js';
import { Libvirt, type DomainRef } from './internal/libvirt.js';
import { checkUuid, validateSpec } from './internal/validate.js';
import { CREATE_STEPS, type ComputeDriverOptions, type ConsoleRead, type CreateResult, type CreateStep, type InstanceSpec, type ObservedInstance, type PowerState } from './types.js';

const UUID_SUFFIX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Prepared {
  spec: InstanceSpec;
  layout: InstanceLayout;
  xml: string;
  devices: string[];
  run: (step: CreateStep) => Promise<void>;
  domain: () => Promise<DomainRef>;
}

export interface RebootOptions {
  /** Hard resets at once; soft asks the guest (ACPI) first. */
  hard?: boolean;
  /** How long a soft reboot waits for the guest to stop before forcing it. */
  graceSeconds?: number;
}

/**
 * The host side of instances: disks, config drive and libvirt domain, keyed by
 * instance uuid. Operations on one uuid run one at a time; every operation is
 * safe to repeat, so a caller that crashed part way simply calls it again.
 */
export class ComputeDriver {
  readonly images: ImageCache;
  private readonly libvirt: Libvirt;
  private readonly log: Logger;
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly options: ComputeDriverOptions) {
    this.images = new ImageCache(options.imageCacheDir);
    this.libvirt = new Libvirt(options.uri);
    this.log = options.logger;
  }

  domainName(uuid: string): string {
    return `${this.options.domainPrefix}${uuid}`;
  }

  private async serialised<T>(uuid: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(uuid) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(fn);
    this.locks.set(uuid, current);
    try {
      return await current;
    } finally {
      if (this.locks.get(uuid) === current) this.locks.delete(uuid);
    }
  }

  /** Every check and every read create needs, before it writes anything. */
  private async prepare(input: InstanceSpec): Promise<Prepared> {
    const spec = validateSpec(input);
    const layout = new InstanceLayout(this.options.instanceDir, spec.uuid);
    const plans = await planDisks(spec, this.images, layout);
    const driveFormat = spec.configDrive?.format ?? this.options.configDriveFormat;
    const disks: DomainDisk[] = plans.map((plan) => ({ path: plan.path, format: 'qcow2', bus: plan.bus, readonly: false }));
    if (spec.configDrive !== null) disks.push({ path: layout.configDrive(driveFormat), format: 'raw', bus: 'virtio', readonly: true });
    const o = this.options;
    const name = this.domainName(spec.uuid);
    const xml = buildDomainXml({
      spec,
      domainName: name,
      domainType: o.domainType,
      disks,
      consolePath: layout.console,
      uefi: spec.uefi ? { loader: o.uefiLoader, varsTemplate: o.uefiVarsTemplate, nvram: layout.nvram } : null,
      kvmDisabledCpuFeatures: o.kvmDisabledCpuFeatures,
    });
    // Each libvirt call holds a libuv worker thread, so create reuses the handle define returned.
    let defined: DomainRef | null = null;
    const domain = async (): Promise<DomainRef> => defined ?? this.domainOf(spec.uuid);
    const steps: Record<CreateStep, () => Promise<void>> = {
      'instance-directory': async () => {
        await hostFile('create', layout.dir, () => mkdir(layout.dir, { recursive: true, mode: 0o755 }));
      },
      disks: async () => {
        for (const plan of plans) await ensureDisk(plan);
      },
      'config-drive': async () => {
        if (spec.configDrive !== null) await ensureConfigDrive(spec, driveFormat, layout.configDrive(driveFormat));
      },
      define: async () => {
        defined = await this.libvirt.define(name, xml);
      },
      start: async () => {
        await this.ensureRunning(await domain());
      },
    };
    const run = async (step: CreateStep): Promise<void> => {
      await steps[step]();
      await this.options.hooks?.afterCreateStep?.(step, spec.uuid);
    };
    return { spec, layout, xml, devices: deviceNames(disks.map((disk) => disk.bus)), run, domain };
  }

  /** The domain XML create would define for this spec; reads only. */
  async domainXml(spec: InstanceSpec): Promise<string> {
    return (await this.prepare(spec)).xml;
  }

  /** Creates (or finishes creating) an instance and leaves it running. */
  create(input: InstanceSpec): Promise<CreateResult> {
    return this.serialised(input.uuid, async () => {
      const started = Date.now();
      const prepared = await this.prepare(input);
      const log = this.log.child({ instance_uuid: prepared.spec.uuid });
      for (const step of CREATE_STEPS) {
        await prepared.run(step);
        log.debug({ step }, 'create step done');
      }
      const powerState = await this.libvirt.powerState(await prepared.domain());
      log.info({ duration_ms: Date.now() - started, power_state: powerState }, 'instance created');
      return { uuid: prepared.spec.uuid, domainName: this.domainName(prepared.spec.uuid), powerState, devices: prepared.devices };
    });
  }

  /** Removes the domain and every file of the instance; nothing there is fine. */
  async destroy(uuid: string): Promise<void> {
    checkUuid(uuid);
    await this.serialised(uuid, async () => {
      const layout = new InstanceLayout(this.options.instanceDir, uuid);
      const name = this.domainName(uuid);
      let domain = await this.libvirt.lookup(name);
      if (domain !== null && (await this.libvirt.powerState(domain)) !== 'off') {
        await this.libvirt.stop(domain);
        domain = await this.libvirt.lookup(name);
      }
      if (domain !== null) {
        // libvirt refuses to undefine a domain whose NVRAM file exists unless told what to do with it.
        await remove(layout.nvram);
        await this.libvirt.undefine(domain);
      }
      await remove(layout.dir);
      this.log.info({ instance_uuid: uuid }, 'instance destroyed');
    });
  }

  private async domainOf(uuid: string): Promise<DomainRef> {
    const domain = await this.libvirt.lookup(this.domainName(checkUuid(uuid)));
    if (domain === null) throw new InstanceNotFoundError(uuid);
    return domain;
  }

  private async ensureRunning(domain: DomainRef): Promise<void> {
    const state = await this.libvirt.powerState(domain);
    if (state === 'paused') await this.libvirt.resume(domain);
    if (state === 'crashed' || state === 'transition-to-off') await this.libvirt.stop(domain);
    if (state !== 'on' && state !== 'paused') await this.libvirt.start(domain);
  }

  powerState(uuid: string): Promise<PowerState> {
    return this.serialised(uuid, async () => this.libvirt.powerState(await this.domainOf(uuid)));
  }

  private power(operation: string, uuid: string, fn: (domain: DomainRef, state: PowerState) => Promise<void>): Promise<PowerState> {
    return this.serialised(uuid, async () => {
      const domain = await this.domainOf(uuid);
      const before = await this.libvirt.powerState(domain);
      await fn(domain, before);
      const after = await this.libvirt.powerState(domain);
      this.log.info({ instance_uuid: uuid, operation, power_state_previous: before, power_state: after }, 'instance power operation done');
      return after;
    });
  }

  poweron(uuid: string): Promise<PowerState> {
    return this.power('poweron', uuid, (domain) => this.ensureRunning(domain));
  }

  /** Shaken Fist powers off hard (libvirt destroy); the domain stays defined. */
  poweroff(uuid: string): Promise<PowerState> {
    return this.power('poweroff', uuid, async (domain, state) => {
      if (state !== 'off') await this.libvirt.stop(domain);
    });
  }

  pause(uuid: string): Promise<PowerState> {
    return this.power('pause', uuid, async (domain, state) => {
      if (state === 'paused') return;
      if (state !== 'on') throw new InvalidStateTransitionError('Invalid lifecycle state: you cannot pause a powered off instance');
      await this.libvirt.suspend(domain);
    });
  }

  unpause(uuid: string): Promise<PowerState> {
    return this.power('unpause', uuid, async (domain, state) => {
      if (state === 'on') return;
      if (state !== 'paused') throw new InvalidStateTransitionError('Invalid lifecycle state: you cannot unpause a powered off instance');
      await this.libvirt.resume(domain);
    });
  }

  /**
   * The binding has no virDomainReboot or virDomainReset, so a reboot stops
   * the QEMU process (after an ACPI shutdown for a soft one) and starts it again.
   * A domain found off is started: a reboot interrupted between its stop and
   * its start (a crash, a failed start, a guest that completed the ACPI
   * shutdown) leaves it off, and the repeated call has to finish the job.
   * Refusing to reboot an instance the user powered off is the API's call.
   */
  reboot(uuid: string, options: RebootOptions = {}): Promise<PowerState> {
    return this.power(options.hard ? 'reboot-hard' : 'reboot-soft', uuid, async (domain, state) => {
      if (!options.hard && state === 'on') {
        await this.libvirt.shutdown(domain);
        const deadline = Date.now() + (options.graceSeconds ?? 30) * 1000;
        while (Date.now() < deadline && (await this.libvirt.powerState(domain)) !== 'off') await sleep(200);
      }
      if ((await this.libvirt.powerState(domain)) !== 'off') await this.libvirt.stop(domain);
      await this.libvirt.start(domain);
    });
  }

  /** Every instance this node holds a domain or files for; files without a domain are orphans. */
  async observe(): Promise<ObservedInstance[]> {
    const prefix = this.options.domainPrefix;
    const found = new Map<string, ObservedInstance>();
    for (const domain of await this.libvirt.listWithPrefix(prefix)) {
      const uuid = domain.name.slice(prefix.length);
      if (!UUID_SUFFIX.test(uuid)) continue;
      found.set(uuid, { uuid, domainName: domain.name, powerState: domain.powerState, hasDomain: true, hasFiles: false });
    }
    const dir = this.options.instanceDir;
    const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[];
      throw new HostFileError(`cannot list ${dir}: ${err.message}`, dir, err);
    });
    for (const uuid of entries.filter((entry) => UUID_SUFFIX.test(entry))) {
      const known = found.get(uuid);
      if (known !== undefined) known.hasFiles = true;
      else found.set(uuid, { uuid, domainName: this.domainName(uuid), powerState: null, hasDomain: false, hasFiles: true });
    }
    return [...found.values()].sort((a, b) => a.uuid.localeCompare(b.uuid));
  }

  /** Reads the serial console log; by default its last 10 KiB, as the API's consoledata does. */
  async readConsole(uuid: string, options: { offset?: number; length?: number } = {}): Promise<ConsoleRead> {
    const layout = new InstanceLayout(this.options.instanceDir, checkUuid(uuid));
    if (!(await exists(layout.dir))) throw new InstanceNotFoundError(uuid);
    return readConsole(layout.console, options.offset ?? -10240, options.length ?? -1);
  }

  async truncateConsole(uuid: string): Promise<void> {
    const layout = new InstanceLayout(this.options.instanceDir, checkUuid(uuid));
    if (!(await exists(layout.dir))) throw new InstanceNotFoundError(uuid);
    await truncateConsole(layout.console);
  }

  async close(): Promise<void> {
    await this.libvirt.close();
  }
}
