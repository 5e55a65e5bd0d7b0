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

/** The part of the binding this module uses; the unit tests stand a fake in for it. */
export type Binding = Pick<
  Hypervisor,
  | 'connectOpen'
  | 'connectClose'
  | 'connectListAllDomains'
  | 'domainLookupByName'
  | 'domainGetInfo'
  | 'domainGetName'
  | 'domainGetUUIDString'
  | 'domainDefineXML'
  | 'domainCreateXML'
  | 'domainCreate'
  | 'domainDestroy'
  | 'domainShutdown'
  | 'domainUndefine'
  | 'domainSuspend'
  | 'domainResume'
>;

/**
 * One connection. The binding's native close frees the connection without
 * forgetting it and its open overwrites it, both on worker threads, so one
 * binding object is never opened twice nor closed while a call uses it.
 */
interface Generation {
  readonly number: number;
  readonly hv: Binding;
  /** Settles with the open's error, or null once open. */
  readonly opened: Promise<unknown>;
  inFlight: number;
  drained: (() => void) | null;
}

/**
 * A domain found on one connection. It keeps the domain's name so that, once
 * that connection is gone, a call can look the domain up again on the next one:
 * the old handle belongs to the dead connection and would fail again.
 */
export class DomainRef {
  constructor(
    readonly name: string,
    private domain: Domain,
    private generation: number,
  ) {}

  /** The handle for this connection generation, looked up again by name after a reconnect. */
  async handleOn(hv: Binding, generation: number): Promise<Domain> {
    if (generation !== this.generation) {
      this.domain = await hv.domainLookupByName(this.name);
      this.generation = generation;
    }
    return this.domain;
  }
}

type Call<T> = (hv: Binding, generation: number) => Promise<T>;

/** A libvirt connection, opened on first use; every failure leaves as a HypervisorError. */
export class Libvirt {
  private current: Generation | null = null;
  private generations = 0;
  private closed = false;
  private readonly retiring = new Set<Promise<void>>();

  constructor(
    readonly uri: string,
    private readonly bind: (uri: string) => Binding = (u) => new Hypervisor({ uri: u }),
  ) {}

  private generation(): Generation {
    // A call after close() would open a connection nothing closes.
    if (this.closed) throw new Error('the libvirt connection is closed');
    if (this.current !== null) return this.current;
    const hv = this.bind(this.uri);
    const gen: Generation = {
      number: ++this.generations,
      hv,
      opened: hv.connectOpen().then(
        () => null,
        (err: unknown) => err,
      ),
      inFlight: 0,
      drained: null,
    };
    this.current = gen;
    return gen;
  }

  private async attempt<T>(fn: Call<T>): Promise<T> {
    const gen = this.generation();
    gen.inFlight++;
    try {
      const openError = await gen.opened;
      if (openError !== null) {
        // A failed open leaves nothing to close; the next call starts a new generation.
        if (this.current === gen) this.current = null;
        throw openError;
      }
      return await fn(gen.hv, gen.number);
    } catch (err) {
      if (CONNECTION_LOST.test((err as Error).message)) this.retire(gen);
      throw err;
    } finally {
      gen.inFlight--;
      if (gen.inFlight === 0) gen.drained?.();
    }
  }

  /**
   * Ends a generation once: only the first failure seen on it gets past the
   * identity check, so a late failure of an old generation can never retire
   * the new one. It is closed after its last in-flight call has returned.
   */
  private retire(gen: Generation): void {
    if (this.current !== gen) return;
    this.current = null;
    const done = (async () => {
      if (gen.inFlight > 0) await new Promise<void>((resolve) => (gen.drained = resolve));
      if ((await gen.opened) === null) await gen.hv.connectClose().catch(() => undefined);
    })();
    this.retiring.add(done);
    void done.finally(() => this.retiring.delete(done));
  }

  /** A call that lost its connection (libvirtd restarted) is retried once on the next generation. */
  private async call<T>(what: string, domainName: string | null, fn: Call<T>): Promise<T> {
    try {
      try {
        return await this.attempt(fn);
      } catch (err) {
        if (!CONNECTION_LOST.test((err as Error).message)) throw err;
        return await this.attempt(fn);
      }
    } catch (err) {
      const subject = domainName === null ? '' : ` of domain ${domainName}`;
      throw new HypervisorError(`libvirt ${what}${subject} failed: ${(err as Error).message}`, err, domainName === null ? undefined : { domain: domainName });
    }
  }

  private onDomain<T>(what: string, ref: DomainRef, fn: (hv: Binding, domain: Domain) => Promise<T>): Promise<T> {
    return this.call(what, ref.name, async (hv, generation) => fn(hv, await ref.handleOn(hv, generation)));
  }

  async lookup(name: string): Promise<DomainRef | null> {
    try {
      return await this.call('lookup', name, async (hv, generation) => new DomainRef(name, await hv.domainLookupByName(name), generation));
    } catch (err) {
      if (NO_DOMAIN.test((err as Error).message)) return null;
      throw err;
    }
  }

  async powerState(ref: DomainRef): Promise<PowerState> {
    const info = await this.onDomain('domain info', ref, (hv, domain) => hv.domainGetInfo(domain));
    return powerStateOf(info.state);
  }

  define(name: string, xml: string): Promise<DomainRef> {
    return this.call('define', name, async (hv, generation) => new DomainRef(name, await hv.domainDefineXML(xml), generation));
  }

  /** Starts a transient domain, which disappears when it stops. */
  createTransient(name: string, xml: string): Promise<DomainRef> {
    return this.call('create', name, async (hv, generation) => new DomainRef(name, await hv.domainCreateXML(xml), generation));
  }

  start(ref: DomainRef): Promise<void> {
    return this.onDomain('start', ref, (hv, domain) => hv.domainCreate(domain));
  }

  /** Hard stop; a domain that stopped by itself meanwhile (the guest powered off) is already where this leads. */
  async stop(ref: DomainRef): Promise<void> {
    await this.onDomain('destroy', ref, (hv, domain) => hv.domainDestroy(domain)).catch((err: unknown) => {
      if (!NOT_RUNNING.test((err as Error).message)) throw err;
    });
  }

  /** Stops the named domain if it runs; one that is absent, stopped or vanishes meanwhile is fine. */
  async stopByName(name: string): Promise<void> {
    const ref = await this.lookup(name);
    if (ref === null) return;
    await this.stop(ref).catch((err: unknown) => {
      if (!NO_DOMAIN.test((err as Error).message)) throw err;
    });
  }

  shutdown(ref: DomainRef): Promise<void> {
    return this.onDomain('shutdown', ref, (hv, domain) => hv.domainShutdown(domain));
  }

  undefine(ref: DomainRef): Promise<void> {
    return this.onDomain('undefine', ref, (hv, domain) => hv.domainUndefine(domain));
  }

  suspend(ref: DomainRef): Promise<void> {
    return this.onDomain('suspend', ref, (hv, domain) => hv.domainSuspend(domain));
  }

  resume(ref: DomainRef): Promise<void> {
    return this.onDomain('resume', ref, (hv, domain) => hv.domainResume(domain));
  }

  /** One call, so a reconnect lists again rather than reading handles of the dead connection. */
  listWithPrefix(prefix: string): Promise<ListedDomain[]> {
    return this.call('list domains', null, async (hv) => {
      const out: ListedDomain[] = [];
      for (const domain of await hv.connectListAllDomains()) {
        // Name and uuid are read from the handle without asking libvirtd, so they work on a vanished domain.
        const name = await hv.domainGetName(domain);
        if (!name.startsWith(prefix)) continue;
        const uuid = await hv.domainGetUUIDString(domain);
        // A domain can vanish between the listing and this call; it is simply not there any more.
        const info = await hv.domainGetInfo(domain).catch((err: unknown) => {
          if (NO_DOMAIN.test((err as Error).message)) return null;
          throw err;
        });
        if (info !== null) out.push({ name, uuid, powerState: powerStateOf(info.state) });
      }
      return out;
    });
  }

  /** Closes the connection once the calls still using it have returned. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.current !== null) this.retire(this.current);
    await Promise.all([...this.retiring]);
  }
}
