import { ValidationError, toSfError } from '@sf/common/errors';
import { createLogger, type Logger } from '@sf/common/log';
import type { DataplaneAction, DataplaneOptions, DataplaneSnapshot, NetworkSpec, ObservedNetwork } from './types.js';
import { NetworkSpecError } from './errors.js';
import { isIpv4, parseCidr } from './internal/addr.js';
import { virtualMtu, type DataplaneContext } from './internal/context.js';
import { convergeCarrier } from './internal/converge-carrier.js';
import { convergeMesh } from './internal/converge-mesh.js';
import { diffSnapshot, type Drift } from './internal/drift.js';
import { checkVni, bridgeName } from './internal/names.js';
import { Nft } from './internal/nft.js';
import { tableHash } from './internal/nft-content.js';
import { nodeTable, ruleCount, TABLE_NAME } from './internal/nft-ruleset.js';
import { observeAll, observeNetwork, observeNode, presentVnis } from './internal/observe.js';
import { removeCarrier, removeNetnsLeftovers, removeObserved } from './internal/remove.js';
import { inParallel } from './internal/parallel.js';
import { Rtnl } from './internal/rtnl.js';
import { CommandRunner } from './internal/runner.js';
import { checkInstanceTap, checkSpec, desiredSetConflicts } from './internal/spec-check.js';
import { enableIpForwarding, ipForwarding } from './internal/sysctl.js';

/** Checks of one call's specs, each alone and against each other; the first refusal is thrown. */
function checkSpecs(specs: readonly NetworkSpec[]): void {
  specs.forEach(checkSpec);
  const [refusal] = desiredSetConflicts(specs).values();
  if (refusal !== undefined) throw refusal;
}

/**
 * The dataplane of one node: the sole mutator of its virtual networks. It
 * keeps the desired state it was last given, so the node-wide nft table can
 * be rebuilt from all networks whenever one changes. Calls run one at a time
 * in call order: each observes the node and changes it from what it saw.
 */
export class Dataplane {
  private readonly ctx: DataplaneContext;
  private readonly desired = new Map<number, NetworkSpec>();
  /**
   * Whether `desired` holds every network of the node, which only reconcile
   * tells. Before that, a node table built from `desired` would drop the
   * isolation of every network this process has not been told about yet.
   */
  private complete = false;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(ctx: DataplaneContext) {
    this.ctx = ctx;
  }

  /** Opens the node's netlink socket (inside `options.nodeNetns` when given). */
  static open(options: DataplaneOptions): Dataplane {
    // The mesh IP is compared with what the kernel reports for each VXLAN device, which is canonical.
    if (!isIpv4(options.meshIp)) throw new ValidationError(`mesh IP ${options.meshIp} is not a canonical IPv4 address`, { code: 'SF_ERR_VALIDATION_DATAPLANE', details: { meshIp: options.meshIp } });
    for (const netblock of options.meshNetblocks ?? []) {
      // As nft lists it back, so the node table compares equal to what was built.
      const { network, prefix } = parseCidr(netblock);
      if (`${network}/${prefix}` !== netblock) {
        throw new ValidationError(`mesh netblock ${netblock} is not canonical (host bits clear)`, { code: 'SF_ERR_VALIDATION_DATAPLANE', details: { netblock } });
      }
    }
    const log: Logger = (options.log ?? createLogger({ name: 'sf-net' })).child({ component: 'dataplane' });
    const runner = new CommandRunner({ onStderr: (line) => log.warn({ helper_stderr: line }, 'the command runner wrote to stderr') });
    const nft = new Nft(runner);
    const node = Rtnl.open(options.nodeNetns);
    return new Dataplane({ options, node, runner, nft, log, mtu: virtualMtu(options.underlayMtu) });
  }

  close(): void {
    this.ctx.node.close();
    this.ctx.runner.close();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Create or repair one network; returns what was changed (empty when nothing was). */
  ensureNetwork(spec: NetworkSpec): Promise<DataplaneAction[]> {
    return this.ensureNetworks([spec]);
  }

  /** Create or repair several networks, reading node state once and writing the node table once. */
  async ensureNetworks(specs: readonly NetworkSpec[]): Promise<DataplaneAction[]> {
    checkSpecs(specs);
    return this.mutate(
      () => {
        for (const spec of specs) this.desired.set(spec.vni, spec);
      },
      async (actions) => {
        const node = await observeNode(this.ctx);
        return inParallel(specs, async (spec) => this.converge(spec, await observeNetwork(this.ctx, node, spec.vni, true), actions));
      },
    );
  }

  /** Remove every link, namespace, rule, process and file of a network on this node. */
  async removeNetwork(vni: number): Promise<DataplaneAction[]> {
    checkVni(vni);
    return this.mutate(
      () => this.desired.delete(vni),
      async (actions) => {
        const node = await observeNode(this.ctx);
        await removeObserved(this.ctx, await observeNetwork(this.ctx, node, vni, false), actions);
        return [];
      },
    );
  }

  /** Attach an instance interface (`tap-<id>`, a tap or a veth already on this node) to a network's bridge. */
  async attachInterface(vni: number, ifname: string): Promise<void> {
    checkVni(vni);
    checkInstanceTap(vni, ifname);
    return this.serial(() => this.attach(vni, ifname));
  }

  private async attach(vni: number, ifname: string): Promise<void> {
    const [bridge, link] = await Promise.all([this.ctx.node.linkByName(bridgeName(vni)), this.ctx.node.linkByName(ifname)]);
    if (bridge === undefined) throw new NetworkSpecError(`network ${vni} has no bridge on this node`, { vni });
    if (link === undefined) throw new NetworkSpecError(`no interface ${ifname} on this node`, { vni, ifname });
    await this.ctx.node.setLink(link.index, ifname, { master: bridge.index, mtu: this.ctx.mtu, up: true });
  }

  /** Kernel state of every network of ours on this node. */
  observe(): Promise<DataplaneSnapshot> {
    return this.serial(() => observeAll(this.ctx));
  }

  /** How the node differs from `desired`, changing nothing; `[]` when reconcile would do nothing. */
  async drift(desired: readonly NetworkSpec[]): Promise<Drift[]> {
    checkSpecs(desired);
    const { meshIp, meshNetblocks, vxlanPort, stateDir, dhcpLeaseSeconds } = this.ctx.options;
    return diffSnapshot(desired, await this.observe(), { meshIp, meshNetblocks, vxlanPort, stateDir, dhcpLeaseSeconds, mtu: this.ctx.mtu });
  }

  /**
   * Make the node match `desired` exactly: repair drift in every desired
   * network and remove every network of ours that is not desired. A spec
   * that fails its checks is the one failure; the rest is still done.
   */
  async reconcile(desired: readonly NetworkSpec[]): Promise<DataplaneAction[]> {
    // A malformed spec is refused on its own, reported with the other failures once the rest is done: the
    // node's other networks and its strays are still put right, and its own network is left as it is.
    const conflicts = desiredSetConflicts(desired);
    const refused: Array<{ vni: number; err: unknown }> = [];
    const valid: NetworkSpec[] = [];
    for (const spec of desired) {
      try {
        checkSpec(spec);
        const conflict = conflicts.get(spec);
        if (conflict !== undefined) throw conflict;
        valid.push(spec);
      } catch (err) {
        refused.push({ vni: spec.vni, err });
      }
    }
    const named = new Set(desired.map((s) => s.vni));
    return this.mutate(
      () => {
        const next = new Map(valid.map((s) => [s.vni, s]));
        for (const vni of named) {
          const before = this.desired.get(vni);
          if (!next.has(vni) && before !== undefined) next.set(vni, before);
        }
        this.desired.clear();
        for (const [vni, spec] of next) this.desired.set(vni, spec);
        // A refused spec with no good one before it leaves a hole in the desired set: a node table built from
        // it would drop that network's isolation, so the table waits for a reconcile that names them all.
        if (refused.every(({ vni }) => next.has(vni))) this.complete = true;
      },
      async (actions) => {
        const node = await observeNode(this.ctx);
        const strays = presentVnis(this.ctx, node).filter((vni) => !named.has(vni));
        const failures = [...refused.map(({ err }) => err), ...(await inParallel(strays, async (vni) => removeObserved(this.ctx, await observeNetwork(this.ctx, node, vni, false), actions)))];
        failures.push(...removeNetnsLeftovers(this.ctx, named, actions));
        failures.push(...(await inParallel(valid, async (spec) => this.converge(spec, await observeNetwork(this.ctx, node, spec.vni, true), actions))));
        return failures;
      },
    );
  }

  /**
   * Bring the desired state up to date (`update`), then the node table and
   * forwarding, then run per-network work: the node's protection is in place
   * before any network of this batch comes up. Every change is logged, and
   * only then the first failure thrown (all are logged).
   */
  private mutate(update: () => void, work: (actions: DataplaneAction[]) => Promise<unknown[]>): Promise<DataplaneAction[]> {
    return this.serial(() => this.mutateNow(update, work));
  }

  private async mutateNow(update: () => void, work: (actions: DataplaneAction[]) => Promise<unknown[]>): Promise<DataplaneAction[]> {
    const actions: DataplaneAction[] = [];
    const failures: unknown[] = [];
    try {
      update();
      // A node table that cannot be written does not stop the networks: a NAT network forwards only once its
      // own NAT table is in place, which nft would refuse just the same.
      await this.convergeNode(actions).catch((err: unknown) => failures.push(err));
      failures.push(...(await work(actions)));
    } catch (err) {
      failures.push(err);
    }
    for (const a of actions) this.ctx.log.info({ vni: a.vni, action: a.kind, ...a.detail }, 'dataplane change');
    for (const err of failures) this.ctx.log.error({ err }, 'dataplane change failed');
    if (failures.length > 0) throw toSfError(failures[0], 'dataplane change failed');
    return actions;
  }

  private async converge(spec: NetworkSpec, seen: ObservedNetwork, actions: DataplaneAction[]): Promise<void> {
    const bridge = await convergeMesh(this.ctx, spec, seen, actions);
    if (spec.carrier === undefined) await removeCarrier(this.ctx, seen, actions);
    else await convergeCarrier(this.ctx, spec, seen, bridge, actions);
  }

  /** The node-wide table (isolation, the node's own protection, anti-spoofing) and forwarding, from every desired network. */
  private async convergeNode(actions: DataplaneAction[]): Promise<void> {
    const { nodeNetns } = this.ctx.options;
    const specs = [...this.desired.values()];
    if (this.complete) await this.convergeNodeTable(specs, actions);
    if (specs.some((s) => s.carrier?.nat !== undefined) && !ipForwarding(nodeNetns)) {
      enableIpForwarding(nodeNetns);
      actions.push({ vni: undefined, kind: 'enable forwarding' });
    }
  }

  private async convergeNodeTable(specs: NetworkSpec[], actions: DataplaneAction[]): Promise<void> {
    const { nodeNetns, meshIp, meshNetblocks } = this.ctx.options;
    const current = await this.ctx.nft.observe(nodeNetns, 'inet', TABLE_NAME);
    if (specs.length === 0) {
      if (current !== undefined) {
        await this.ctx.nft.delete(nodeNetns, 'inet', TABLE_NAME);
        actions.push({ vni: undefined, kind: 'delete node table' });
      }
      return;
    }
    const table = nodeTable(specs, meshIp, meshNetblocks);
    // A node without the table needs no hash (for many networks, milliseconds) to know it must be applied.
    if (current === undefined || current.hash !== tableHash(table)) {
      await this.ctx.nft.apply(nodeNetns, table, current);
      actions.push({ vni: undefined, kind: 'apply node table', detail: { rules: ruleCount(table) } });
    }
  }
}
