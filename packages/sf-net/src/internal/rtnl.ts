import { closeSync } from 'node:fs';
import { constants, endianness } from 'node:os';
import { getSystemErrorName } from 'node:util';
import { AttrStream, Flags, FlagsGet, FlagsNew, MessageType, checkError, formatMessage, ifla, parseMessages, rt, type NetlinkMessage, type StreamData } from 'netlink';
import { NetlinkError } from '../errors.js';
import type { ObservedLink, ObservedVxlan } from '../types.js';
import { bufferToIpv4, ipv4ToBuffer } from './addr.js';
import { netnsAddon } from './native.js';
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
const IFLA_IFNAME = 3;
const IFLA_MTU = 4;
const IFLA_MASTER = 10;
const IFLA_LINKINFO = 18;
/** An attribute's type without its nested and byte-order flags. */
const NLA_TYPE_MASK = 0x3fff;
/** IFLA_EXT_MASK RTEXT_FILTER_SKIP_STATS: a link's counters are neither gathered nor sent. */
const SKIP_STATS = Buffer.from(new Uint32Array([8]).buffer);

/**
 * Netlink messages are in the host's byte order, as the package reads and
 * writes them too; the choice is made once, so each read is one branch on a
 * constant.
 */
const LITTLE_ENDIAN = endianness() === 'LE';
const readU16 = (b: Buffer, at: number): number => (LITTLE_ENDIAN ? b.readUInt16LE(at) : b.readUInt16BE(at));
const readU32 = (b: Buffer, at: number): number => (LITTLE_ENDIAN ? b.readUInt32LE(at) : b.readUInt32BE(at));
const readS32 = (b: Buffer, at: number): number => (LITTLE_ENDIAN ? b.readInt32LE(at) : b.readInt32BE(at));

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
 * Longest wait for one reply, after which the socket is replaced. The kernel
 * answers within the call that sends the request (a dump's further parts are
 * made as they are read), so a reply that has not come is lost; the wait
 * blocks the event loop, so it is kept well under a daemon's watchdog.
 */
export const NETLINK_TIMEOUT_MS = 2_000;

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

/** A dump is asked again when the kernel marks it interrupted, up to this many times in all. */
export const DUMP_ATTEMPTS = 3;

export interface Answer {
  /** The messages that answer the request, its ack and a dump's end left out. */
  messages: NetlinkMessage[];
  /** The kernel's table changed while the dump was read (NLM_F_DUMP_INTR): some entries may be missing. */
  interrupted: boolean;
}

/**
 * A request's replies as its caller needs them. A refusal throws, whether it
 * comes as an error message or as the error code a dump's end carries (a
 * dump that failed part way would otherwise look complete, only shorter).
 */
export function answers(replies: readonly NetlinkMessage[]): Answer {
  const messages: NetlinkMessage[] = [];
  let interrupted = false;
  for (const m of replies) {
    if ((m.flags & Flags.DUMP_INTR) !== 0) interrupted = true;
    if (checkError(m) === true) continue;
    if (m.type === MessageType.DONE) {
      const errno = m.data.length >= 4 ? -readS32(m.data, 0) : 0;
      if (errno > 0) throw new Error(`Request rejected: ${getSystemErrorName(-errno)}`);
      continue;
    }
    messages.push(m);
  }
  return { messages, interrupted };
}

/**
 * What the addon threw, as an error whose message starts with the errno's
 * name (which NetlinkError picks out); a read that timed out fails with EAGAIN.
 */
function socketFailure(err: unknown, timeoutMs: number): Error {
  const errno = (err as { errno?: unknown }).errno;
  if (errno === constants.errno.EAGAIN) return new Error(`ETIMEDOUT: no reply within ${timeoutMs} ms`);
  if (typeof errno === 'number') return new Error(`${getSystemErrorName(-errno)}: ${String(err)}`, { cause: err });
  return err instanceof Error ? err : new Error(String(err));
}

/** How an Rtnl opens, uses and closes its socket: the addon's calls, which tests replace. */
export interface RtnlTransport {
  open(namespace: string | undefined, timeoutMs: number): number;
  /** Sends one request and returns its replies (see nlTransact in native/netlink.c). */
  transact(fd: number, request: Buffer): Buffer;
  close(fd: number): void;
}

const ADDON_TRANSPORT: RtnlTransport = {
  open: (namespace, timeoutMs) => inNetns(namespace, () => netnsAddon().nlOpen(timeoutMs)),
  transact: (fd, request) => netnsAddon().nlTransact(fd, request),
  close: closeSync,
};

/**
 * A link message read for the attributes parseLink looks at. The package
 * parses every attribute of a link (counters, per-family settings), most of
 * the cost of each link request.
 */
export function parseLinkMessage(message: Buffer): { data: rt.Link; attrs: ifla.LinkAttrs } {
  const data = rt.parseLink(message.subarray(0, rt.__LENGTH_Link));
  const attrs: ifla.LinkAttrs = {};
  for (let at = rt.__LENGTH_Link; at + 4 <= message.length; ) {
    const length = readU16(message, at);
    if (length < 4 || at + length > message.length) break;
    const value = message.subarray(at + 4, at + length);
    const type = readU16(message, at + 2) & NLA_TYPE_MASK;
    if (type === IFLA_IFNAME) {
      const nul = value.indexOf(0);
      attrs.ifname = value.toString('utf8', 0, nul === -1 ? value.length : nul);
    } else if (type === IFLA_MTU) attrs.mtu = readU32(value, 0);
    else if (type === IFLA_MASTER) attrs.master = readU32(value, 0);
    else if (type === IFLA_LINKINFO) attrs.linkinfo = value;
    at += (length + 3) & ~3;
  }
  return { data, attrs };
}

/**
 * One rtnetlink socket bound to one network namespace. The package formats
 * and parses the messages; the addon sends each request and reads its
 * replies before returning (see native/netlink.c), so requests never
 * interleave. Every request is wrapped so a refusal names the operation and
 * the link, and a read is bounded by a timeout. A socket that failed (a
 * receive error such as ENOBUFS, or a reply that never came) may hold half a
 * dump, so it is closed and the next request opens a fresh one.
 */
export class Rtnl {
  private fd: number | undefined;
  private seq = 0;
  private closed = false;

  private constructor(
    fd: number,
    readonly namespace: string | undefined,
    private readonly timeoutMs: number,
    private readonly transport: RtnlTransport,
  ) {
    this.fd = fd;
  }

  /** A socket in `namespace` (the process's own when undefined); tests give their own `transport`. */
  static open(namespace: string | undefined, options: { timeoutMs?: number; transport?: RtnlTransport } = {}): Rtnl {
    const timeoutMs = options.timeoutMs ?? NETLINK_TIMEOUT_MS;
    const transport = options.transport ?? ADDON_TRANSPORT;
    return new Rtnl(transport.open(namespace, timeoutMs), namespace, timeoutMs, transport);
  }

  close(): void {
    this.closed = true;
    this.drop();
  }

  private drop(): void {
    const fd = this.fd;
    if (fd === undefined) return;
    this.fd = undefined;
    this.transport.close(fd);
  }

  /**
   * One request (`flags` besides REQUEST and ACK) and the messages that
   * answer it, its ack left out; a refusal rejects, naming operation and link.
   */
  private async request(operation: string, link: string, type: number, payload: Uint8Array[], flags: number): Promise<NetlinkMessage[]> {
    const refuse = (cause: unknown): NetlinkError => new NetlinkError(operation, link, cause, this.namespace);
    if (this.closed) throw refuse(new Error('socket closed'));
    let fd: number;
    try {
      fd = this.fd ?? this.transport.open(this.namespace, this.timeoutMs);
    } catch (err) {
      throw refuse(err);
    }
    this.fd = fd;
    for (let attempt = 1; ; attempt += 1) {
      this.seq = (this.seq % 0x7fff_ffff) + 1;
      const message = Buffer.concat(formatMessage({ type, flags: flags | Flags.REQUEST | Flags.ACK, seq: this.seq, port: 0, data: payload }));
      let replies: NetlinkMessage[];
      try {
        replies = parseMessages(this.transport.transact(fd, message));
      } catch (err) {
        this.drop();
        throw refuse(socketFailure(err, this.timeoutMs));
      }
      let answer: Answer;
      try {
        answer = answers(replies);
      } catch (err) {
        throw refuse(err);
      }
      if (!answer.interrupted) return answer.messages;
      if (attempt === DUMP_ATTEMPTS) throw refuse(new Error(`EINTR: the dump changed while it was read, ${DUMP_ATTEMPTS} times`));
    }
  }

  /** A link request answered by link messages (a dump, a lookup, a creation's echo), read by parseLinkMessage. */
  private async linkRequest(operation: string, link: string, type: rt.MessageType, data: rt.Link, attrs: ifla.LinkAttrs, flags: number): Promise<ObservedVxlan[]> {
    const out = new AttrStream();
    rt.formatLinkMessage({ kind: 'link', data, attrs }, out);
    const replies = await this.request(operation, link, type, out.bufs, flags);
    return replies.filter((m) => m.type === rt.MessageType.NEWLINK).map((m) => {
      const parsed = parseLinkMessage(m.data);
      return parseLink(parsed.data, parsed.attrs);
    });
  }

  links(): Promise<ObservedVxlan[]> {
    return this.linkRequest('dump links', '*', rt.MessageType.GETLINK, {}, { extMask: SKIP_STATS }, FlagsGet.DUMP);
  }

  async linkByName(name: string): Promise<ObservedVxlan | undefined> {
    try {
      const [link] = await this.linkRequest('get link', name, rt.MessageType.GETLINK, {}, { ifname: name, extMask: SKIP_STATS }, 0);
      return link;
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  /** Creates a link (down) and returns its index, from the kernel's echo or else by a lookup. */
  private async createLink(operation: string, name: string, attrs: ifla.LinkAttrs): Promise<number> {
    const echoed = await this.linkRequest(operation, name, rt.MessageType.NEWLINK, {}, { ifname: name, ...attrs }, CREATE_ECHO);
    const index = echoed.find((l) => l.name === name)?.index;
    if (index !== undefined) return index;
    const link = await this.linkByName(name);
    if (link === undefined) throw new NetlinkError(operation, name, new Error('ENODEV after create'), this.namespace);
    return link.index;
  }

  private async setLinkAttrs(operation: string, name: string, data: rt.Link, attrs: ifla.LinkAttrs): Promise<void> {
    const out = new AttrStream();
    rt.formatLinkMessage({ kind: 'link', data, attrs }, out);
    await this.request(operation, name, rt.MessageType.SETLINK, out.bufs, 0);
  }

  private async addressRequest(operation: string, link: string, type: rt.MessageType, data: rt.Address, attrs: rt.AddressAttrs, flags: number): Promise<rt.AddressMessage[]> {
    const out = new AttrStream();
    rt.formatAddressMessage({ kind: 'address', data, attrs }, out);
    const replies = await this.request(operation, link, type, out.bufs, flags);
    return replies.filter((m) => m.type === rt.MessageType.NEWADDR).map((m) => rt.parseAddressMessage(m.data));
  }

  private async routeRequest(operation: string, link: string, type: rt.MessageType, data: rt.Route, attrs: rt.RouteAttrs, flags: number): Promise<rt.RouteMessage[]> {
    const out = new AttrStream();
    rt.formatRouteMessage({ kind: 'route', data, attrs }, out);
    const replies = await this.request(operation, link, type, out.bufs, flags);
    return replies.filter((m) => m.type === rt.MessageType.NEWROUTE).map((m) => rt.parseRouteMessage(m.data));
  }

  private async neighborRequest(operation: string, link: string, type: rt.MessageType, data: rt.Neighbor, attrs: rt.NeighborAttrs, flags: number): Promise<rt.NeighborMessage[]> {
    const out = new AttrStream();
    rt.formatNeighborMessage({ kind: 'neighbor', data, attrs }, out);
    const replies = await this.request(operation, link, type, out.bufs, flags);
    return replies.filter((m) => m.type === rt.MessageType.NEWNEIGH).map((m) => rt.parseNeighborMessage(m.data));
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
      await this.setLinkAttrs('disable ipv6 addresses', name, { index }, { afSpec: NO_IPV6_ADDRESSES });
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
    return this.raiseNew(await this.createLink('create bridge', name, { mtu, linkinfo }), name);
  }

  async createVxlan(name: string, v: VxlanSettings): Promise<number> {
    const data = toBuffer(ifla.formatVxlan({ id: v.vni, learning: 0, port: portBuffer(v.port), local: ipv4ToBuffer(v.local) }));
    const linkinfo = toBuffer(ifla.formatInfo({ kind: 'vxlan', data }));
    return this.raiseNew(await this.createLink('create vxlan', name, { mtu: v.mtu, master: v.master, linkinfo }), name);
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
    return this.raiseNew(await this.createLink('create veth', name, { mtu: v.mtu, linkinfo, ...(v.master === undefined ? {} : { master: v.master }) }), name);
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
    await this.setLinkAttrs('set link', name, data, attrs);
  }

  /** Delete a link by name; a link already gone is not an error. */
  async deleteLink(name: string): Promise<void> {
    try {
      await this.linkRequest('delete link', name, rt.MessageType.DELLINK, {}, { ifname: name }, 0);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async addAddress(index: number, name: string, address: string, prefix: number): Promise<void> {
    const buf = ipv4ToBuffer(address);
    try {
      await this.addressRequest('add address', name, rt.MessageType.NEWADDR, { family: AF_INET, prefixlen: prefix, index }, { local: buf, address: buf }, CREATE);
    } catch (err) {
      if (!isExists(err)) throw err;
    }
  }

  async deleteAddress(index: number, name: string, address: string, prefix: number): Promise<void> {
    const buf = ipv4ToBuffer(address);
    try {
      await this.addressRequest('delete address', name, rt.MessageType.DELADDR, { family: AF_INET, prefixlen: prefix, index }, { local: buf, address: buf }, 0);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  /** IPv4 addresses by link index, as `a.b.c.d/len`. */
  async addresses(): Promise<Map<number, string[]>> {
    const messages = await this.addressRequest('dump addresses', '*', rt.MessageType.GETADDR, { family: AF_INET }, {}, FlagsGet.DUMP);
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
    await this.routeRequest('add route', `${r.dst}/${r.prefix} dev ${link}`, rt.MessageType.NEWROUTE, data, attrs, FlagsNew.CREATE | FlagsNew.REPLACE);
  }

  async deleteRoute(r: { dst: string; prefix: number; oif: number }, link: string): Promise<void> {
    const attrs: rt.RouteAttrs = { oif: r.oif };
    if (r.prefix > 0) attrs.dst = ipv4ToBuffer(r.dst);
    try {
      await this.routeRequest('delete route', `${r.dst}/${r.prefix} dev ${link}`, rt.MessageType.DELROUTE, { family: AF_INET, dstLen: r.prefix, table: RT_TABLE_MAIN }, attrs, 0);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async routes(): Promise<RouteEntry[]> {
    const messages = await this.routeRequest('dump routes', '*', rt.MessageType.GETROUTE, { family: AF_INET }, {}, FlagsGet.DUMP);
    return messages
      .filter((m) => (m.attrs.table ?? m.data.table) === RT_TABLE_MAIN)
      .map((m) => ({
        dst: m.attrs.dst === undefined ? '0.0.0.0' : bufferToIpv4(m.attrs.dst),
        prefix: m.data.dstLen ?? 0,
        oif: m.attrs.oif,
        gateway: m.attrs.gateway === undefined ? undefined : bufferToIpv4(m.attrs.gateway),
      }));
  }

  /** Add all-zero FDB entries (flood to peer) on a VXLAN device. */
  async fdbAdd(index: number, name: string, peers: readonly string[]): Promise<void> {
    for (const peer of peers) {
      await this.neighborRequest(
        'add fdb',
        `${name} dst ${peer}`,
        rt.MessageType.NEWNEIGH,
        { family: AF_BRIDGE, ifindex: index, state: { permanent: true }, flags: { self: true } },
        { lladdr: ZERO_MAC, dst: ipv4ToBuffer(peer) },
        FlagsNew.CREATE | FlagsNew.APPEND,
      );
    }
  }

  async fdbDelete(index: number, name: string, peers: readonly string[]): Promise<void> {
    for (const peer of peers) {
      try {
        await this.neighborRequest('delete fdb', `${name} dst ${peer}`, rt.MessageType.DELNEIGH, { family: AF_BRIDGE, ifindex: index, flags: { self: true } }, { lladdr: ZERO_MAC, dst: ipv4ToBuffer(peer) }, 0);
      } catch (err) {
        if (!isMissing(err)) throw err;
      }
    }
  }

  /** Peer addresses of the all-zero FDB entries, by VXLAN link index. */
  async fdb(): Promise<Map<number, string[]>> {
    const messages = await this.neighborRequest('dump fdb', '*', rt.MessageType.GETNEIGH, { family: AF_BRIDGE }, {}, FlagsGet.DUMP);
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
