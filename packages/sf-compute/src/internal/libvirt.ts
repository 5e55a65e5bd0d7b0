import { DomainState, Hypervisor, type Domain } from '@unraid/libvirt';
import { HypervisorError } from '../errors.js';
import type { PowerState } from '../types.js';

// The binding drops libvirt's numeric error codes, so errors are told apart by their messages.
const NO_DOMAIN = /domain not found|no domain with matching/i;
const NOT_RUNNING = /domain is not running/i;
const CONNECTION_LOST = /client socket is closed|end of file while reading data|cannot recv data|cannot write data|not connected|connection.*(closed|reset)/i;

export function powerStateOf(state: DomainState): PowerState {
  switch (state) {
    case DomainState.RUNNING:
    case DomainState.BLOCKED:
      return 'on';
    case DomainState.PAUSED:
    case DomainState.PMSUSPENDED:
      return 'paused';
    case DomainState.SHUTDOWN:
      return 'transition-to-off';
    case DomainState.CRASHED:
      return 'crashed';
    default:
      return 'off';
  }
}

export interface ListedDomain {
  name: string;
  uuid: string;
  powerState: PowerState;
}

/** One libvirt connection, opened on first use; every failure leaves as a HypervisorError. */
export class Libvirt {
  private readonly hypervisor: Hypervisor;
  private opening: Promise<void> | null = null;

  constructor(readonly uri: string) {
    this.hypervisor = new Hypervisor({ uri });
  }

  private async attempt<T>(fn: (hv: Hypervisor) => Promise<T>): Promise<T> {
    this.opening ??= this.hypervisor.connectOpen().catch((err: unknown) => {
      this.opening = null;
      throw err;
    });
    await this.opening;
    return fn(this.hypervisor);
  }

  /** A call that lost its connection (libvirtd restarted) is retried once on a new one. */
  private async call<T>(what: string, fn: (hv: Hypervisor) => Promise<T>): Promise<T> {
    try {
      try {
        return await this.attempt(fn);
      } catch (err) {
        if (!CONNECTION_LOST.test((err as Error).message)) throw err;
        this.opening = null;
        await this.hypervisor.connectClose().catch(() => undefined);
        return await this.attempt(fn);
      }
    } catch (err) {
      throw new HypervisorError(`libvirt ${what} failed: ${(err as Error).message}`, err);
    }
  }

  async lookup(name: string): Promise<Domain | null> {
    try {
      return await this.call('lookup', (hv) => hv.domainLookupByName(name));
    } catch (err) {
      if (NO_DOMAIN.test((err as Error).message)) return null;
      throw err;
    }
  }

  async powerState(domain: Domain): Promise<PowerState> {
    const info = await this.call('domain info', (hv) => hv.domainGetInfo(domain));
    return powerStateOf(info.state);
  }

  define(xml: string): Promise<Domain> {
    return this.call('define', (hv) => hv.domainDefineXML(xml));
  }

  /** Starts a transient domain, which disappears when it stops. */
  createTransient(xml: string): Promise<Domain> {
    return this.call('create', (hv) => hv.domainCreateXML(xml));
  }

  start(domain: Domain): Promise<void> {
    return this.call('start', (hv) => hv.domainCreate(domain));
  }

  stop(domain: Domain): Promise<void> {
    return this.call('destroy', (hv) => hv.domainDestroy(domain));
  }

  /** Stops the named domain if it runs; one that is absent, stopped or vanishes meanwhile is fine. */
  async stopByName(name: string): Promise<void> {
    const domain = await this.lookup(name);
    if (domain === null) return;
    await this.stop(domain).catch((err: unknown) => {
      const message = (err as Error).message;
      if (!NO_DOMAIN.test(message) && !NOT_RUNNING.test(message)) throw err;
    });
  }

  shutdown(domain: Domain): Promise<void> {
    return this.call('shutdown', (hv) => hv.domainShutdown(domain));
  }

  undefine(domain: Domain): Promise<void> {
    return this.call('undefine', (hv) => hv.domainUndefine(domain));
  }

  suspend(domain: Domain): Promise<void> {
    return this.call('suspend', (hv) => hv.domainSuspend(domain));
  }

  resume(domain: Domain): Promise<void> {
    return this.call('resume', (hv) => hv.domainResume(domain));
  }

  async listWithPrefix(prefix: string): Promise<ListedDomain[]> {
    const domains = await this.call('list domains', (hv) => hv.connectListAllDomains());
    const out: ListedDomain[] = [];
    for (const domain of domains) {
      // Name and uuid are read from the handle without asking libvirtd, so they work on a vanished domain.
      const name = await this.call('domain name', (hv) => hv.domainGetName(domain));
      if (!name.startsWith(prefix)) continue;
      const uuid = await this.call('domain uuid', (hv) => hv.domainGetUUIDString(domain));
      // A domain can vanish between the listing and this call; it is simply not there any more.
      const powerState = await this.powerState(domain).catch((err: unknown) => {
        if (NO_DOMAIN.test((err as Error).message)) return null;
        throw err;
      });
      if (powerState !== null) out.push({ name, uuid, powerState });
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.opening === null) return;
    const opening = this.opening;
    this.opening = null;
    await opening.catch(() => undefined);
    await this.hypervisor.connectClose().catch(() => undefined);
  }
}
