import { AttrStream, Flags, FlagsNew, createRtNetlink, ifla, rt, type RtNetlinkSocket, type StreamData } from 'netlink';
import { NetlinkError } from '../errors.js';
import type { ObservedLink, ObservedVxlan } from '../types.js';
import { bufferToIpv4, ipv4ToBuffer } from './addr.js';
import { inNetns } from './netns.js';

const AF_INET = 2;
const AF_BRIDGE = 7;
const VETH_INFO_PEER = 1;
const RT_TABLE_MAIN = 254;
const RTNH_F_ONLINK = 4;
const CREATE = FlagsNew.CREATE | FlagsNew.EXCL;
/** Kernels since 6.3 echo a created link back, index included, saving a lookup. */
const CREATE_ECHO = CREATE | Flags.ECHO;
const ZERO_MAC = Buffer.alloc(6);

function toBuffer(data: StreamData): Buffer {
  const stream = new AttrStream();
  stream.emit(data);
  return Buffer.concat(stream.bufs);
}

function portBuffer(port: number): Buffer {
  const buf = Buffer.alloc(2);
  buf.writeUInt16BE(port);
  return buf;
}

function isExists(err: unknown): boolean {
  return err instanceof Error && /\bEEXIST\b/.test(err.message);
}

function isMissing(err: unknown): boolean {
  return err instanceof Error && /\b(ENODEV|ENOENT|ESRCH|EADDRNOTAVAIL)\b/.test(err.message);
}

export interface RouteEntry {
  dst: string;
  prefix: number;
  oif: number | undefined;
  gateway: string | undefined;
}

export interface VxlanSettings {
  vni: number;
  local: string;
  port: number;
  mtu: number;
  master: number;
}

export interface VethSettings {
  peerName: string;
  peerNetnsFd: number;
  mtu: number;
  master?: number;
  /** MAC of the peer; the kernel picks a random one when absent. */
  peerAddress?: Buffer;
}

/**
 * One rtnetlink socket bound to one network namespace. Every request is
 * wrapped so a refusal names the operation and the link.
 */
export class Rtnl {
  private constructor(
    private readonly socket: RtNetlinkSocket,
    readonly namespace: string | undefined,
  ) {}

  /** A socket in `namespace` (the process's own when undefined). */
  static open(namespace: string | undefined): Rtnl {
    return new Rtnl(inNetns(namespace, () => createRtNetlink()), namespace);
  }

  close(): void {
    this.socket.socket.close();
  }

  private async call<T>(operation: string, link: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new NetlinkError(operation, link, err, this.namespace);
    }
  }

  async links(): Promise<ObservedVxlan[]> {
    const messages = await this.call('dump links', '*', () => this.socket.getLinks());
    return messages.map((m) => parseLink(m.data, m.attrs));
  }

  async linkByName(name: string): Promise<ObservedVxlan | undefined> {
    try {
      const [m] = await this.socket.getLink({}, { ifname: name });
      return m === undefined ? undefined : parseLink(m.data, m.attrs);
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw new NetlinkError('get link', name, err, this.namespace);
    }
  }

  private async indexOf(name: string, operation: string, echoed: rt.LinkMessage[]): Promise<number> {
    const index = echoed.find((m) => m.attrs.ifname === name)?.data.index;
    if (index !== undefined) return index;
    const link = await this.linkByName(name);
    if (link === undefined) throw new NetlinkError(operation, name, new Error('ENODEV after create'), this.namespace);
    return link.index;
  }

  async createBridge(name: string, mtu: number): Promise<number> {
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'bridge' }));
    const echoed = await this.call('create bridge', name, () =>
      this.socket.newLink({ flags: { up: true }, change: { up: true } }, { ifname: name, mtu, linkinfo }, { flags: CREATE_ECHO }),
    );
    return this.indexOf(name, 'create bridge', echoed);
  }

  async createVxlan(name: string, s: VxlanSettings): Promise<number> {
    const data = toBuffer(ifla.formatVxlan({ id: s.vni, learning: 0, port: portBuffer(s.port), local: ipv4ToBuffer(s.local) }));
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'vxlan', data }));
    const echoed = await this.call('create vxlan', name, () =>
      this.socket.newLink(
        { flags: { up: true }, change: { up: true } },
        { ifname: name, mtu: s.mtu, master: s.master, linkinfo },
        { flags: CREATE_ECHO },
      ),
    );
    return this.indexOf(name, 'create vxlan', echoed);
  }

  /**
   * A veth pair whose peer is born inside another namespace. The peer comes up
   * from inside its namespace later: asking for it up here is refused (ENOTCONN).
   */
  async createVeth(name: string, s: VethSettings): Promise<number> {
    const peer = toBuffer((out: AttrStream) => {
      out.emit(rt.formatLink({}));
      out.emit(ifla.formatLinkAttrs({ ifname: s.peerName, mtu: s.mtu, netNsFd: s.peerNetnsFd, ...(s.peerAddress === undefined ? {} : { address: s.peerAddress }) }));
    });
    const data = toBuffer((out: AttrStream) => out.push(VETH_INFO_PEER, peer));
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'veth', data }));
    const echoed = await this.call('create veth', name, () =>
      this.socket.newLink(
        { flags: { up: true }, change: { up: true } },
        { ifname: name, mtu: s.mtu, linkinfo, ...(s.master === undefined ? {} : { master: s.master }) },
        { flags: CREATE_ECHO },
      ),
    );
    return this.indexOf(name, 'create veth', echoed);
  }

  async setLink(index: number, name: string, change: { mtu?: number; master?: number; up?: boolean; netnsFd?: number }): Promise<void> {
    const data: rt.Link = { index };
    if (change.up !== undefined) {
      data.flags = change.up ? { up: true } : {};
      data.change = { up: true };
    }
    const attrs: ifla.LinkAttrs = {};
    if (change.mtu !== undefined) attrs.mtu = change.mtu;
    if (change.master !== undefined) attrs.master = change.master;
    if (change.netnsFd !== undefined) attrs.netNsFd = change.netnsFd;
    await this.call('set link', name, () => this.socket.setLink(data, attrs));
  }

  /** Delete a link by name; a link already gone is not an error. */
  async deleteLink(name: string): Promise<void> {
    try {
      await this.socket.delLink({}, { ifname: name });
    } catch (err) {
      if (!isMissing(err)) throw new NetlinkError('delete link', name, err, this.namespace);
    }
  }

  async addAddress(index: number, name: string, address: string, prefix: number): Promise<void> {
    const buf = ipv4ToBuffer(address);
    try {
      await this.socket.newAddress({ family: AF_INET, prefixlen: prefix, index }, { local: buf, address: buf }, { flags: CREATE });
    } catch (err) {
      if (!isExists(err)) throw new NetlinkError('add address', name, err, this.namespace);
    }
  }

  async deleteAddress(index: number, name: string, address: string, prefix: number): Promise<void> {
    const buf = ipv4ToBuffer(address);
    try {
      await this.socket.delAddress({ family: AF_INET, prefixlen: prefix, index }, { local: buf, address: buf });
    } catch (err) {
      if (!isMissing(err)) throw new NetlinkError('delete address', name, err, this.namespace);
    }
  }

  /** IPv4 addresses by link index, as `a.b.c.d/len`. */
  async addresses(): Promise<Map<number, string[]>> {
    const messages = await this.call('dump addresses', '*', () => this.socket.getAddresses({ family: AF_INET }));
    const byIndex = new Map<number, string[]>();
    for (const m of messages) {
      const local = m.attrs.local ?? m.attrs.address;
      if (m.data.index === undefined || local === undefined) continue;
      const list = byIndex.get(m.data.index) ?? [];
      list.push(`${bufferToIpv4(local)}/${m.data.prefixlen ?? 32}`);
      byIndex.set(m.data.index, list);
    }
    return byIndex;
  }

  /**
   * A route in the main table, replacing one to the same destination: that
   * one may leave by another link (a floating address moved between
   * networks), and an identical one is replaced by itself.
   */
  async addRoute(r: { dst: string; prefix: number; oif: number; gateway?: string; onlink?: boolean }, link: string): Promise<void> {
    const data: rt.Route = {
      family: AF_INET,
      dstLen: r.prefix,
      table: RT_TABLE_MAIN,
      protocol: 'STATIC',
      scope: r.gateway === undefined ? 'LINK' : 'UNIVERSE',
      type: 'UNICAST',
      flags: r.onlink === true ? { __unknown: RTNH_F_ONLINK } : {},
    };
    const attrs: rt.RouteAttrs = { oif: r.oif };
    if (r.prefix > 0) attrs.dst = ipv4ToBuffer(r.dst);
    if (r.gateway !== undefined) attrs.gateway = ipv4ToBuffer(r.gateway);
    await this.call('add route', `${r.dst}/${r.prefix} dev ${link}`, () => this.socket.newRoute(data, attrs, { flags: FlagsNew.CREATE | FlagsNew.REPLACE }));
  }

  async deleteRoute(r: { dst: string; prefix: number; oif: number }, link: string): Promise<void> {
    const attrs: rt.RouteAttrs = { oif: r.oif };
    if (r.prefix > 0) attrs.dst = ipv4ToBuffer(r.dst);
    try {
      await this.socket.delRoute({ family: AF_INET, dstLen: r.prefix, table: RT_TABLE_MAIN }, attrs);
    } catch (err) {
      if (!isMissing(err)) throw new NetlinkError('delete route', `${r.dst}/${r.prefix} dev ${link}`, err, this.namespace);
    }
  }

  async routes(): Promise<RouteEntry[]> {
    const messages = await this.call('dump routes', '*', () => this.socket.getRoutes({ family: AF_INET }));
    return messages
      .filter((m) => (m.attrs.table ?? m.data.table) === RT_TABLE_MAIN)
      .map((m) => ({
        dst: m.attrs.dst === undefined ? '0.0.0.0' : bufferToIpv4(m.attrs.dst),
        prefix: m.data.dstLen ?? 0,
        oif: m.attrs.oif,
        gateway: m.attrs.gateway === undefined ? undefined : bufferToIpv4(m.attrs.gateway),
      }));
  }

  /** Add all-zero FDB entries (flood to peer) on a VXLAN device, all requests in flight at once. */
  async fdbAdd(index: number, name: string, peers: readonly string[]): Promise<void> {
    await Promise.all(
      peers.map((peer) =>
        this.call('add fdb', `${name} dst ${peer}`, () =>
          this.socket.newNeighbor(
            { family: AF_BRIDGE, ifindex: index, state: { permanent: true }, flags: { self: true } },
            { lladdr: ZERO_MAC, dst: ipv4ToBuffer(peer) },
            { flags: FlagsNew.CREATE | FlagsNew.APPEND },
          ),
        ),
      ),
    );
  }

  async fdbDelete(index: number, name: string, peers: readonly string[]): Promise<void> {
    await Promise.all(
      peers.map(async (peer) => {
        try {
          await this.socket.delNeighbor(
            { family: AF_BRIDGE, ifindex: index, flags: { self: true } },
            { lladdr: ZERO_MAC, dst: ipv4ToBuffer(peer) },
          );
        } catch (err) {
          if (!isMissing(err)) throw new NetlinkError('delete fdb', `${name} dst ${peer}`, err, this.namespace);
        }
      }),
    );
  }

  /** Peer addresses of the all-zero FDB entries, by VXLAN link index. */
  async fdb(): Promise<Map<number, string[]>> {
    const messages = await this.call('dump fdb', '*', () => this.socket.getNeighbors({ family: AF_BRIDGE }));
    const byIndex = new Map<number, string[]>();
    for (const m of messages) {
      const { ifindex } = m.data;
      const { lladdr, dst } = m.attrs;
      if (ifindex === undefined || dst === undefined || lladdr === undefined || !lladdr.equals(ZERO_MAC)) continue;
      const list = byIndex.get(ifindex) ?? [];
      list.push(bufferToIpv4(dst));
      byIndex.set(ifindex, list);
    }
    return byIndex;
  }
}

function parseLink(data: rt.Link, attrs: ifla.LinkAttrs): ObservedVxlan {
  const info = attrs.linkinfo === undefined ? undefined : ifla.parseInfo(attrs.linkinfo);
  const vxlan = info?.kind === 'vxlan' && info.data !== undefined ? ifla.parseVxlan(info.data) : undefined;
  const link: ObservedLink = {
    name: attrs.ifname ?? '',
    index: data.index ?? 0,
    kind: info?.kind,
    mtu: attrs.mtu,
    up: data.flags?.up === true,
    master: attrs.master,
  };
  return {
    ...link,
    vxlanId: vxlan?.id,
    learning: vxlan?.learning,
    port: vxlan?.port?.readUInt16BE(0),
    local: vxlan?.local === undefined ? undefined : bufferToIpv4(vxlan.local),
  };
}
