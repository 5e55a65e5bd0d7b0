import { AttrStream, Flags, FlagsNew, createRtNetlink, ifla, rt, type RtNetlinkSocket, type StreamData } from 'netlink';
import { NetlinkError } from '../errors.js';
import type { ObservedLink, ObservedVxlan } from '../types.js';
import { bufferToIpv4, ipv4ToBuffer } from './addr.js';
import { inNetns } from './netns.js';

const AF_INET = 2;
const AF_INET6 = 10;
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

const MISSING = new Set(['ENODEV', 'ENOENT', 'ESRCH', 'EADDRNOTAVAIL']);

const isExists = (err: unknown): boolean => err instanceof NetlinkError && err.errno === 'EEXIST';
const isMissing = (err: unknown): boolean => err instanceof NetlinkError && err.errno !== undefined && MISSING.has(err.errno);

/**
 * IFLA_AF_SPEC for AF_INET6 holding IFLA_INET6_ADDR_GEN_MODE = NONE: the link
 * gets no IPv6 address of its own, not even a link-local one.
 */
const NO_IPV6_ADDRESSES = new Map([[AF_INET6, toBuffer(ifla.formatLinkProtocolInfoInet6({ addrGenMode: ifla.In6AddrGenMode.NONE }))]]);

/**
 * Longest wait for one reply. A reply the kernel never sends (or the socket
 * dropped) would otherwise leave its promise pending for ever, and the
 * Dataplane, whose calls run one at a time, would hang behind it.
 */
export const NETLINK_TIMEOUT_MS = 30_000;

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

/** A request in flight, and how to fail it when its socket goes. */
interface Waiting {
  socket: RtNetlinkSocket;
  fail: (cause: unknown) => void;
}

const openSocket = (namespace: string | undefined): RtNetlinkSocket => inNetns(namespace, () => createRtNetlink());

/**
 * One rtnetlink socket bound to one network namespace. Every request is
 * wrapped so a refusal names the operation and the link, and is bounded by
 * a timeout. A socket that failed (a receive error such as ENOBUFS, or a
 * reply that never came) may hold half a dump, so it is closed, everything
 * still waiting on it fails, and the next request opens a fresh one.
 */
export class Rtnl {
  private socket: RtNetlinkSocket | undefined;
  private readonly waiting = new Set<Waiting>();
  private closed = false;

  private constructor(
    socket: RtNetlinkSocket,
    readonly namespace: string | undefined,
    private readonly timeoutMs: number,
  ) {
    this.adopt(socket);
  }

  /** A socket in `namespace` (the process's own when undefined). */
  static open(namespace: string | undefined, options: { timeoutMs?: number } = {}): Rtnl {
    return new Rtnl(openSocket(namespace), namespace, options.timeoutMs ?? NETLINK_TIMEOUT_MS);
  }

  close(): void {
    this.closed = true;
    this.drop(new Error('socket closed'));
  }

  private adopt(socket: RtNetlinkSocket): void {
    this.socket = socket;
    // The package re-emits a receive error as 'error': with no listener that is an uncaught exception.
    socket.socket.on('error', (err) => {
      if (this.socket === socket) this.drop(err);
    });
  }

  /** Fails every request on the current socket and closes it. */
  private drop(cause: unknown): void {
    const socket = this.socket;
    if (socket === undefined) return;
    this.socket = undefined;
    for (const waiting of [...this.waiting]) if (waiting.socket === socket) waiting.fail(cause);
    socket.socket.close();
  }

  private request<T>(operation: string, link: string, fn: (socket: RtNetlinkSocket) => Promise<T>): Promise<T> {
    const refuse = (cause: unknown): NetlinkError => new NetlinkError(operation, link, cause, this.namespace);
    if (this.closed) return Promise.reject(refuse(new Error('socket closed')));
    let socket: RtNetlinkSocket;
    try {
      socket = this.socket ?? openSocket(this.namespace);
    } catch (err) {
      return Promise.reject(refuse(err));
    }
    if (this.socket !== socket) this.adopt(socket);
    return new Promise<T>((resolve, reject) => {
      const waiting: Waiting = { socket, fail: (cause) => settle(() => reject(refuse(cause))) };
      const settle = (then: () => void): void => {
        if (!this.waiting.delete(waiting)) return;
        clearTimeout(timer);
        then();
      };
      this.waiting.add(waiting);
      const timer = setTimeout(() => {
        waiting.fail(new Error(`ETIMEDOUT: no reply within ${this.timeoutMs} ms`));
        if (this.socket === socket) this.drop(new Error(`ETIMEDOUT: the socket was reset after ${operation} for ${link} got no reply`));
      }, this.timeoutMs);
      try {
        fn(socket).then(
          (value) => settle(() => resolve(value)),
          (err: unknown) => waiting.fail(err),
        );
      } catch (err) {
        waiting.fail(err);
      }
    });
  }

  async links(): Promise<ObservedVxlan[]> {
    const messages = await this.request('dump links', '*', (s) => s.getLinks());
    return messages.map((m) => parseLink(m.data, m.attrs));
  }

  async linkByName(name: string): Promise<ObservedVxlan | undefined> {
    try {
      const [m] = await this.request('get link', name, (s) => s.getLink({}, { ifname: name }));
      return m === undefined ? undefined : parseLink(m.data, m.attrs);
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  private async indexOf(name: string, operation: string, echoed: rt.LinkMessage[]): Promise<number> {
    const index = echoed.find((m) => m.attrs.ifname === name)?.data.index;
    if (index !== undefined) return index;
    const link = await this.linkByName(name);
    if (link === undefined) throw new NetlinkError(operation, name, new Error('ENODEV after create'), this.namespace);
    return link.index;
  }

  /**
   * Links of ours get no IPv6 address: a link-local one on a bridge or veth
   * would be an address of the node that tenants can reach. The kernel
   * refuses IFLA_AF_SPEC when a link is created, and applies it after the
   * flags of the same request (a link raised by it already has its
   * link-local address), so it goes in a request of its own while the link
   * is still down. A kernel without IPv6 has no address to give.
   */
  async disableIpv6Addresses(index: number, name: string): Promise<void> {
    try {
      await this.request('disable ipv6 addresses', name, (s) => s.setLink({ index }, { afSpec: NO_IPV6_ADDRESSES }));
    } catch (err) {
      if (!(err instanceof NetlinkError && err.errno === 'EAFNOSUPPORT')) throw err;
    }
  }

  /** A link created down is given no IPv6 address, then raised. */
  private async raiseNew(index: number, name: string): Promise<number> {
    await this.disableIpv6Addresses(index, name);
    await this.setLink(index, name, { up: true });
    return index;
  }

  async createBridge(name: string, mtu: number): Promise<number> {
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'bridge' }));
    const echoed = await this.request('create bridge', name, (s) => s.newLink({}, { ifname: name, mtu, linkinfo }, { flags: CREATE_ECHO }));
    return this.raiseNew(await this.indexOf(name, 'create bridge', echoed), name);
  }

  async createVxlan(name: string, v: VxlanSettings): Promise<number> {
    const data = toBuffer(ifla.formatVxlan({ id: v.vni, learning: 0, port: portBuffer(v.port), local: ipv4ToBuffer(v.local) }));
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'vxlan', data }));
    const echoed = await this.request('create vxlan', name, (s) => s.newLink({}, { ifname: name, mtu: v.mtu, master: v.master, linkinfo }, { flags: CREATE_ECHO }));
    return this.raiseNew(await this.indexOf(name, 'create vxlan', echoed), name);
  }

  /**
   * A veth pair whose peer is born inside another namespace. The peer comes up
   * from inside its namespace later: asking for it up here is refused (ENOTCONN).
   */
  async createVeth(name: string, v: VethSettings): Promise<number> {
    const peer = toBuffer((out: AttrStream) => {
      out.emit(rt.formatLink({}));
      out.emit(ifla.formatLinkAttrs({ ifname: v.peerName, mtu: v.mtu, netNsFd: v.peerNetnsFd, ...(v.peerAddress === undefined ? {} : { address: v.peerAddress }) }));
    });
    const data = toBuffer((out: AttrStream) => out.push(VETH_INFO_PEER, peer));
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'veth', data }));
    const echoed = await this.request('create veth', name, (s) =>
      s.newLink({}, { ifname: name, mtu: v.mtu, linkinfo, ...(v.master === undefined ? {} : { master: v.master }) }, { flags: CREATE_ECHO }),
    );
    return this.raiseNew(await this.indexOf(name, 'create veth', echoed), name);
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
    await this.request('set link', name, (s) => s.setLink(data, attrs));
  }

  /** Delete a link by name; a link already gone is not an error. */
  async deleteLink(name: string): Promise<void> {
    try {
      await this.request('delete link', name, (s) => s.delLink({}, { ifname: name }));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async addAddress(index: number, name: string, address: string, prefix: number): Promise<void> {
    const buf = ipv4ToBuffer(address);
    try {
      await this.request('add address', name, (s) => s.newAddress({ family: AF_INET, prefixlen: prefix, index }, { local: buf, address: buf }, { flags: CREATE }));
    } catch (err) {
      if (!isExists(err)) throw err;
    }
  }

  async deleteAddress(index: number, name: string, address: string, prefix: number): Promise<void> {
    const buf = ipv4ToBuffer(address);
    try {
      await this.request('delete address', name, (s) => s.delAddress({ family: AF_INET, prefixlen: prefix, index }, { local: buf, address: buf }));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  /** IPv4 addresses by link index, as `a.b.c.d/len`. */
  async addresses(): Promise<Map<number, string[]>> {
    const messages = await this.request('dump addresses', '*', (s) => s.getAddresses({ family: AF_INET }));
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
    await this.request('add route', `${r.dst}/${r.prefix} dev ${link}`, (s) => s.newRoute(data, attrs, { flags: FlagsNew.CREATE | FlagsNew.REPLACE }));
  }

  async deleteRoute(r: { dst: string; prefix: number; oif: number }, link: string): Promise<void> {
    const attrs: rt.RouteAttrs = { oif: r.oif };
    if (r.prefix > 0) attrs.dst = ipv4ToBuffer(r.dst);
    try {
      await this.request('delete route', `${r.dst}/${r.prefix} dev ${link}`, (s) => s.delRoute({ family: AF_INET, dstLen: r.prefix, table: RT_TABLE_MAIN }, attrs));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async routes(): Promise<RouteEntry[]> {
    const messages = await this.request('dump routes', '*', (s) => s.getRoutes({ family: AF_INET }));
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
        this.request('add fdb', `${name} dst ${peer}`, (s) =>
          s.newNeighbor(
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
          await this.request('delete fdb', `${name} dst ${peer}`, (s) =>
            s.delNeighbor({ family: AF_BRIDGE, ifindex: index, flags: { self: true } }, { lladdr: ZERO_MAC, dst: ipv4ToBuffer(peer) }),
          );
        } catch (err) {
          if (!isMissing(err)) throw err;
        }
      }),
    );
  }

  /** Peer addresses of the all-zero FDB entries, by VXLAN link index. */
  async fdb(): Promise<Map<number, string[]>> {
    const messages = await this.request('dump fdb', '*', (s) => s.getNeighbors({ family: AF_BRIDGE }));
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
