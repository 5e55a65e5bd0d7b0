import type { DataplaneAction, NetworkSpec, ObservedNetwork } from '../types.js';
import type { DataplaneContext } from './context.js';
import { bridgeName, isOurVxlan, vxlanName } from './names.js';

type Act = (kind: string, detail?: Record<string, unknown>) => void;

/** The peers a VXLAN device should flood to: every other node, once each. */
export function wantedPeers(spec: NetworkSpec, meshIp: string): string[] {
  return [...new Set(spec.peers)].filter((p) => p !== meshIp).sort();
}

export function diffPeers(want: readonly string[], have: readonly string[]): { add: string[]; remove: string[] } {
  return { add: want.filter((p) => !have.includes(p)), remove: have.filter((p) => !want.includes(p)) };
}

/**
 * Bridge, VXLAN device and its FDB: the part of a network every node that
 * hosts it has. Returns the bridge's index for the carrier step.
 */
export async function convergeMesh(ctx: DataplaneContext, spec: NetworkSpec, seen: ObservedNetwork, actions: DataplaneAction[]): Promise<number> {
  const { vni } = spec;
  const { options, node, mtu } = ctx;
  const act: Act = (kind, detail) => {
    actions.push({ vni, kind, ...(detail === undefined ? {} : { detail }) });
  };

  const brName = bridgeName(vni);
  let bridge = seen.bridge?.index;
  if (bridge !== undefined && seen.bridge?.kind !== 'bridge') {
    await node.deleteLink(brName);
    act('delete misconfigured bridge', { link: brName, kind: seen.bridge?.kind });
    bridge = undefined;
  }
  const recreated = bridge === undefined;
  if (bridge === undefined) {
    bridge = await node.createBridge(brName, mtu);
    act('create bridge', { link: brName });
  } else if (seen.bridge?.mtu !== mtu || seen.bridge.up !== true) {
    await node.setLink(bridge, brName, { mtu, up: true });
    act('repair bridge', { link: brName });
  }

  const vxName = vxlanName(vni);
  const vx = seen.vxlan;
  let have = seen.fdb;
  // A device of that name that is not ours is left alone; creating ours then fails with EEXIST, naming it.
  const ours = vx !== undefined && isOurVxlan(vx, options);
  const wrong = ours && (vx.vxlanId !== vni || vx.learning !== 0);
  if (wrong) {
    await node.deleteLink(vxName);
    act('delete misconfigured vxlan', { link: vxName });
  }
  let vxIndex: number;
  if (!ours || wrong) {
    vxIndex = await node.createVxlan(vxName, { vni, local: options.meshIp, port: options.vxlanPort, mtu, master: bridge });
    have = [];
    act('create vxlan', { link: vxName });
  } else {
    vxIndex = vx.index;
    if (vx.master !== bridge || vx.mtu !== mtu || !vx.up) {
      await node.setLink(vxIndex, vxName, { master: bridge, mtu, up: true });
      act('repair vxlan', { link: vxName });
    }
  }

  const { add, remove } = diffPeers(wantedPeers(spec, options.meshIp), have);
  if (remove.length > 0) {
    await node.fdbDelete(vxIndex, vxName, remove);
    act('remove fdb peers', { peers: remove });
  }
  if (add.length > 0) {
    await node.fdbAdd(vxIndex, vxName, add);
    act('add fdb peers', { peers: add });
  }
  await attachInterfaces(ctx, spec, bridge, recreated ? [] : seen.attached, act);
  return bridge;
}

/** Puts the desired instance interfaces that exist back on the bridge (after it was recreated, say). */
async function attachInterfaces(ctx: DataplaneContext, spec: NetworkSpec, bridge: number, attached: readonly string[], act: Act): Promise<void> {
  for (const name of spec.interfaces ?? []) {
    if (attached.includes(name)) continue;
    const link = await ctx.node.linkByName(name);
    if (link === undefined) continue;
    await ctx.node.setLink(link.index, name, { master: bridge, mtu: ctx.mtu, up: true });
    act('attach interface', { link: name });
  }
}
