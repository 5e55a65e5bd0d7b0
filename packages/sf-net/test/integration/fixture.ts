import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { createLogger } from '@sf/common/log';
import { Dataplane, type DataplaneOptions } from '../../src/index.js';
import { macToBuffer } from '../../src/internal/addr.js';
import { NETNS_DIR, createNetns, deleteNetns, openNetns } from '../../src/internal/netns.js';
import { Rtnl } from '../../src/internal/rtnl.js';

/**
 * Fake hypervisors for integration tests: every namespace, link, process and
 * file is named after a per-run prefix, so cleanup can find all of it (and
 * nothing else) even after a failure.
 */
export class Lab {
  readonly prefix = `sft-${randomBytes(3).toString('hex')}-`;
  readonly stateDir = makeStateDir();
  readonly dataplanes: Dataplane[] = [];

  ns(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** An empty namespace with its loopback up. */
  async namespace(name: string): Promise<string> {
    const ns = this.ns(name);
    createNetns(ns);
    const rtnl = Rtnl.open(ns);
    try {
      const lo = await rtnl.linkByName('lo');
      if (lo !== undefined) await rtnl.setLink(lo.index, 'lo', { up: true });
    } finally {
      rtnl.close();
    }
    return ns;
  }

  /** A veth from namespace `from` (named `name`) to namespace `to` (named `peerName`), with optional addresses. */
  async wire(
    from: string,
    name: string,
    to: string,
    peerName: string,
    opts: { address?: string; peerAddress?: string; peerMac?: string; mtu?: number } = {},
  ): Promise<void> {
    const here = Rtnl.open(from);
    const fd = openNetns(to);
    try {
      const index = await here.createVeth(name, {
        peerName,
        peerNetnsFd: fd,
        mtu: opts.mtu ?? 1500,
        ...(opts.peerMac === undefined ? {} : { peerAddress: macToBuffer(opts.peerMac) }),
      });
      if (opts.address !== undefined) await addAddress(here, index, name, opts.address);
    } finally {
      closeSync(fd);
      here.close();
    }
    const there = Rtnl.open(to);
    try {
      const peer = await there.linkByName(peerName);
      if (peer === undefined) throw new Error(`${peerName} missing in ${to}`);
      await there.setLink(peer.index, peerName, { up: true });
      if (opts.peerAddress !== undefined) await addAddress(there, peer.index, peerName, opts.peerAddress);
    } finally {
      there.close();
    }
  }

  /** One more address on an existing link. */
  async address(ns: string, dev: string, cidr: string): Promise<void> {
    const rtnl = Rtnl.open(ns);
    try {
      const link = await rtnl.linkByName(dev);
      if (link === undefined) throw new Error(`${dev} missing in ${ns}`);
      await addAddress(rtnl, link.index, dev, cidr);
    } finally {
      rtnl.close();
    }
  }

  async route(ns: string, dst: string, gateway: string, dev: string): Promise<void> {
    const rtnl = Rtnl.open(ns);
    try {
      const link = await rtnl.linkByName(dev);
      if (link === undefined) throw new Error(`${dev} missing in ${ns}`);
      const [addr, len] = dst.split('/');
      await rtnl.addRoute({ dst: addr ?? '0.0.0.0', prefix: Number(len ?? 32), oif: link.index, gateway }, dev);
    } finally {
      rtnl.close();
    }
  }

  dataplane(nodeNs: string, meshIp: string, name: string, extra: Partial<DataplaneOptions> = {}): Dataplane {
    const options: DataplaneOptions = {
      meshIp,
      underlayMtu: 1500,
      vxlanPort: 4789,
      stateDir: join(this.stateDir, name),
      netnsPrefix: this.ns(`${name}-`),
      nodeNetns: nodeNs,
      dnsmasqPath: '/usr/sbin/dnsmasq',
      dhcpLeaseSeconds: 600,
      log: createLogger({ name: 'sf-net-test', level: 'silent' }),
      ...extra,
    };
    const dp = Dataplane.open(options);
    this.dataplanes.push(dp);
    return dp;
  }

  /** Delete namespaces made with `namespace` whose short names are given (e.g. one test's instances). */
  drop(...names: string[]): void {
    for (const name of names) if (existsSync(`${NETNS_DIR}/${this.ns(name)}`)) deleteNetns(this.ns(name));
  }

  /** A fake instance: a namespace whose eth0 is a veth into `node`, named `tap` there. */
  async instance(name: string, node: string, tap: string, mac: string): Promise<string> {
    const ns = await this.namespace(name);
    await this.wire(node, tap, ns, 'eth0', { peerMac: mac, mtu: 1450 });
    return ns;
  }

  /** busybox udhcpc in the instance; the lease is applied by netlink, not by a script running `ip`. */
  async dhcp(ns: string): Promise<{ ip: string; router: string; hostname: string | undefined }> {
    const script = join(this.stateDir, 'udhcpc.sh');
    writeFileSync(script, '#!/bin/sh\n[ "$1" = bound ] && echo "LEASE ip=$ip mask=$mask router=$router hostname=$hostname"\nexit 0\n', { mode: 0o755 });
    const { stdout } = await execa('nsenter', [`--net=/run/netns/${ns}`, '/bin/busybox', 'udhcpc', '-i', 'eth0', '-f', '-q', '-n', '-t', '8', '-T', '1', '-s', script]);
    const line = stdout.split('\n').find((l) => l.startsWith('LEASE '));
    const fields = new Map((line ?? '').slice(6).split(' ').map((kv) => kv.split('=') as [string, string]));
    const ip = fields.get('ip');
    const router = fields.get('router');
    if (ip === undefined || ip === '' || router === undefined) throw new Error(`no DHCP lease in ${ns}: ${stdout}`);
    const rtnl = Rtnl.open(ns);
    try {
      const eth0 = await rtnl.linkByName('eth0');
      if (eth0 === undefined) throw new Error('eth0 missing');
      await rtnl.addAddress(eth0.index, 'eth0', ip, Number(fields.get('mask') ?? 24));
      await rtnl.addRoute({ dst: '0.0.0.0', prefix: 0, oif: eth0.index, gateway: router }, 'eth0');
    } finally {
      rtnl.close();
    }
    return { ip, router, hostname: fields.get('hostname') };
  }

  /** Whether `ns` can ping `address`; a few tries so ARP and first-packet delays do not fail a test. */
  async ping(ns: string, address: string, tries = 3): Promise<boolean> {
    for (let i = 0; i < tries; i++) {
      const r = await execa('nsenter', [`--net=/run/netns/${ns}`, '/bin/busybox', 'ping', '-c', '1', '-W', '1', address], { reject: false });
      if (r.exitCode === 0) return true;
    }
    return false;
  }

  /** Sends one UDP datagram from inside `ns` (by a Node process there). */
  async sendUdp(ns: string, host: string, port: number, payload: Buffer): Promise<void> {
    const script = `import dgram from 'node:dgram';
      const s = dgram.createSocket('udp4');
      s.send(Buffer.from(process.argv[1], 'hex'), Number(process.argv[2]), process.argv[3], (err) => { s.close(); if (err) { console.error(err); process.exitCode = 1; } });`;
    await execa('nsenter', [`--net=/run/netns/${ns}`, process.execPath, '--input-type=module', '-e', script, payload.toString('hex'), String(port), host]);
  }

  /** A UDP listener on `port` inside `ns`: what it received so far, and a wait for one message. */
  async udpListener(ns: string, port: number): Promise<UdpListener> {
    const script = `import dgram from 'node:dgram';
      const s = dgram.createSocket('udp4');
      s.on('message', (m) => console.log(JSON.stringify(String(m))));
      s.bind(Number(process.argv[1]), () => console.log('"ready"'));`;
    const child = execa('nsenter', [`--net=/run/netns/${ns}`, process.execPath, '--input-type=module', '-e', script, String(port)], { reject: false, buffer: false });
    this.children.push(child);
    const received: string[] = [];
    const waiters: Array<{ text: string; resolve: () => void }> = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      received.push(JSON.parse(line) as string);
      for (const w of waiters.filter((x) => received.includes(x.text))) w.resolve();
    });
    const waitFor = (text: string): Promise<void> =>
      received.includes(text)
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            waiters.push({ text, resolve });
            void child.then(() => reject(new Error(`listener in ${ns} ended before ${text}`)));
          });
    await waitFor('ready');
    return { received, waitFor, stop: () => child.kill('SIGKILL') };
  }

  private readonly children: Array<{ kill: (signal: NodeJS.Signals) => boolean }> = [];

  /** Pids of dnsmasq processes started for this lab (their configuration lives under its state dir). */
  dnsmasqPids(): number[] {
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        if (cmdline.includes('dnsmasq') && cmdline.includes(this.stateDir)) pids.push(Number(entry));
      } catch {
        // The process ended while we looked.
      }
    }
    return pids;
  }

  /**
   * Put recording stand-ins for the banned network tools first on PATH, so a
   * test can prove the dataplane ran none of them (the unit test reads the
   * source; this catches a name built at run time).
   */
  trapBannedTools(): void {
    const bin = join(this.stateDir, 'trap-bin');
    mkdirSync(bin, { recursive: true });
    for (const tool of ['ip', 'brctl', 'bridge', 'iptables', 'iptables-nft', 'iptables-legacy']) {
      writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> ${this.trapLog}\nexit 1\n`, { mode: 0o755 });
    }
    this.savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${process.env.PATH ?? ''}`;
  }

  get trapLog(): string {
    return join(this.stateDir, 'banned-tools.log');
  }

  /** Lines written by the stand-ins: one per banned tool run since trapBannedTools. */
  bannedToolRuns(): string[] {
    return existsSync(this.trapLog) ? readFileSync(this.trapLog, 'utf8').split('\n').filter((l) => l !== '') : [];
  }

  private savedPath: string | undefined;

  /** Everything this lab made, gone: dataplanes closed, dnsmasq killed, namespaces deleted, files removed. */
  cleanup(): void {
    if (this.savedPath !== undefined) process.env.PATH = this.savedPath;
    for (const dp of this.dataplanes.splice(0)) dp.close();
    for (const child of this.children.splice(0)) child.kill('SIGKILL');
    for (const pid of this.dnsmasqPids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    // Every file, mounted or not: a test may leave the plain file of a half-made namespace.
    for (const ns of readdirSync(NETNS_DIR).filter((n) => n.startsWith(this.prefix))) deleteNetns(ns);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}

export interface UdpListener {
  /** Every datagram so far, as text. */
  received: string[];
  waitFor(text: string): Promise<void>;
  stop(): void;
}

async function addAddress(rtnl: Rtnl, index: number, name: string, cidr: string): Promise<void> {
  const [addr, len] = cidr.split('/');
  await rtnl.addAddress(index, name, addr ?? '', Number(len ?? 32));
}

/** dnsmasq drops to `nobody` and re-reads its hosts file as such, so the state dir must be traversable. */
function makeStateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sf-net-test-'));
  chmodSync(dir, 0o755);
  return dir;
}
