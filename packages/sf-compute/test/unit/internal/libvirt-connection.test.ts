import assert from 'node:assert/strict';
import { DomainState } from '@unraid/libvirt';
import { HypervisorError } from '../../../src/errors.js';
import { Libvirt, type Binding } from '../../../src/internal/libvirt.js';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class FakeDomain {
  constructor(
    readonly name: string,
    readonly connection: FakeConnection,
  ) {}
}

/**
 * A fake libvirtd: restart() kills every open connection, so calls on one
 * fail as the binding's do when libvirtd restarts. A gate set for a name holds
 * the next call on that name until it is opened.
 */
class FakeLibvirtd {
  epoch = 0;
  readonly connections: FakeConnection[] = [];
  readonly events: string[] = [];
  readonly gates = new Map<string, Deferred>();
  openError: Error | null = null;
  lookupError: Error | null = null;
  destroyError: Error | null = null;

  bind = (): Binding => {
    const connection = new FakeConnection(this, this.connections.length + 1);
    this.connections.push(connection);
    return connection as unknown as Binding;
  };

  restart(): void {
    this.epoch++;
  }

  hold(name: string): Deferred {
    const gate = deferred();
    this.gates.set(name, gate);
    return gate;
  }

  async gate(name: string): Promise<void> {
    const gate = this.gates.get(name);
    if (gate === undefined) return;
    this.gates.delete(name);
    await gate.promise;
  }
}

class FakeConnection {
  opens = 0;
  closes = 0;
  private epoch: number | null = null;

  constructor(
    private readonly daemon: FakeLibvirtd,
    readonly id: number,
  ) {}

  private check(what: string): void {
    if (this.epoch !== this.daemon.epoch) {
      this.daemon.events.push(`${what} failed on #${this.id}`);
      throw new Error('internal error: client socket is closed');
    }
    this.daemon.events.push(`${what} on #${this.id}`);
  }

  async connectOpen(): Promise<void> {
    this.opens++;
    if (this.daemon.openError !== null) {
      const err = this.daemon.openError;
      this.daemon.openError = null;
      throw err;
    }
    this.epoch = this.daemon.epoch;
  }

  async connectClose(): Promise<void> {
    this.closes++;
    this.daemon.events.push(`close #${this.id}`);
  }

  async domainLookupByName(name: string): Promise<FakeDomain> {
    await this.daemon.gate(name);
    this.check(`lookup ${name}`);
    if (this.daemon.lookupError !== null) throw this.daemon.lookupError;
    return new FakeDomain(name, this);
  }

  async domainGetInfo(domain: FakeDomain): Promise<{ state: DomainState }> {
    await this.daemon.gate(`info ${domain.name}`);
    domain.connection.check(`info ${domain.name} via #${this.id}`);
    return { state: DomainState.RUNNING };
  }

  async domainDestroy(domain: FakeDomain): Promise<void> {
    domain.connection.check(`destroy ${domain.name}`);
    if (this.daemon.destroyError !== null) throw this.daemon.destroyError;
  }
}

describe('libvirt connection generations (fake binding)', () => {
  let daemon: FakeLibvirtd;
  let libvirt: Libvirt;

  beforeEach(() => {
    daemon = new FakeLibvirtd();
    libvirt = new Libvirt('test:///fake', daemon.bind);
  });

  afterEach(async () => {
    for (const gate of daemon.gates.values()) gate.resolve();
    await libvirt.close();
  });

  it('concurrent calls that all lose the connection open one new connection and close the old one once', async () => {
    const gates = ['a', 'b', 'c', 'd', 'e'].map((name) => daemon.hold(name));
    const calls = ['a', 'b', 'c', 'd', 'e'].map((name) => libvirt.lookup(name));
    await settle();
    daemon.restart();
    for (const gate of gates) gate.resolve();
    const refs = await Promise.all(calls);
    assert.deepEqual(
      refs.map((ref) => ref?.name),
      ['a', 'b', 'c', 'd', 'e'],
    );
    await settle();
    assert.equal(daemon.connections.length, 2);
    const [old, current] = daemon.connections;
    assert.deepEqual([old?.opens, old?.closes], [1, 1]);
    assert.deepEqual([current?.opens, current?.closes], [1, 0]);
    await libvirt.close();
    assert.equal(current?.closes, 1);
  });

  it('a late failure on the old connection never closes the new one, and the old one closes after its last call', async () => {
    const a = daemon.hold('a');
    const b = daemon.hold('b');
    const first = libvirt.lookup('a');
    const late = libvirt.lookup('b');
    await settle();
    daemon.restart();
    a.resolve();
    assert.equal((await first)?.name, 'a');
    await settle();
    assert.equal(daemon.connections[0]?.closes, 0, 'b is still using the old connection');
    b.resolve();
    assert.equal((await late)?.name, 'b');
    await settle();
    assert.equal(daemon.connections.length, 2);
    assert.equal(daemon.connections[1]?.closes, 0);
    const calls = daemon.events.filter((event) => !event.startsWith('close'));
    assert.deepEqual(calls, ['lookup a failed on #1', 'lookup a on #2', 'lookup b failed on #1', 'lookup b on #2']);
    assert.ok(daemon.events.indexOf('close #1') > daemon.events.indexOf('lookup b failed on #1'), daemon.events.join(', '));
  });

  it('close waits for the calls in flight, then closes the connection once', async () => {
    const gate = daemon.hold('a');
    const call = libvirt.lookup('a');
    await settle();
    const closing = libvirt.close();
    await settle();
    assert.equal(daemon.connections[0]?.closes, 0);
    gate.resolve();
    await Promise.all([call, closing]);
    await libvirt.close();
    assert.equal(daemon.connections[0]?.closes, 1);
    assert.deepEqual(daemon.events, ['lookup a on #1', 'close #1']);
  });

  it('a call after close is refused and opens no connection', async () => {
    await libvirt.lookup('a');
    await libvirt.close();
    await assert.rejects(libvirt.lookup('b'), (err: unknown) => err instanceof HypervisorError && /closed/.test(err.message));
    assert.equal(daemon.connections.length, 1);
  });

  it('a call on a handle from a lost connection looks the domain up again by name on the new one', async () => {
    const ref = await libvirt.lookup('vm');
    assert.ok(ref !== null);
    daemon.restart();
    assert.equal(await libvirt.powerState(ref), 'on');
    const calls = daemon.events.filter((event) => !event.startsWith('close'));
    assert.deepEqual(calls, ['lookup vm on #1', 'info vm via #1 failed on #1', 'lookup vm on #2', 'info vm via #2 on #2']);
    daemon.events.length = 0;
    assert.equal(await libvirt.powerState(ref), 'on', 'the handle now belongs to the new connection');
    assert.deepEqual(daemon.events, ['info vm via #2 on #2']);
  });

  it('a handle from before a reconnect another call made is looked up again without failing first', async () => {
    const ref = await libvirt.lookup('vm');
    assert.ok(ref !== null);
    daemon.restart();
    await libvirt.lookup('other');
    daemon.events.length = 0;
    assert.equal(await libvirt.powerState(ref), 'on');
    assert.deepEqual(daemon.events, ['lookup vm on #2', 'info vm via #2 on #2']);
  });

  it('a failed open closes nothing and the next call opens a new connection', async () => {
    daemon.openError = new Error("Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory");
    await assert.rejects(libvirt.lookup('vm'), (err: Error) => err instanceof HypervisorError && /libvirt lookup of domain vm failed: Failed to connect socket/.test(err.message));
    assert.equal((await libvirt.lookup('vm'))?.name, 'vm');
    assert.equal(daemon.connections.length, 2);
    assert.equal(daemon.connections[0]?.closes, 0);
  });

  it('errors name the domain in their message and details; a missing domain is null', async () => {
    daemon.lookupError = new Error('internal error: something broke');
    await assert.rejects(libvirt.lookup('sf-1234'), (err: HypervisorError) => {
      assert.ok(err instanceof HypervisorError);
      assert.equal(err.code, 'SF_ERR_INTERNAL_HYPERVISOR');
      assert.equal(err.message, 'libvirt lookup of domain sf-1234 failed: internal error: something broke');
      assert.deepEqual(err.details, { domain: 'sf-1234' });
      return true;
    });
    daemon.lookupError = new Error("Domain not found: no domain with matching name 'sf-1234'");
    assert.equal(await libvirt.lookup('sf-1234'), null);
  });

  it('stopping a domain that stopped by itself meanwhile succeeds', async () => {
    const ref = await libvirt.lookup('vm');
    assert.ok(ref !== null);
    daemon.destroyError = new Error('Requested operation is not valid: domain is not running');
    await libvirt.stop(ref);
    daemon.destroyError = new Error('internal error: something broke');
    await assert.rejects(libvirt.stop(ref), /libvirt destroy of domain vm failed: internal error: something broke/);
  });
});
