import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

/**
 * Ports for the servers a test or benchmark starts, handed out so that none is
 * taken between freePort() and the server's own bind:
 * - from outside the kernel's ephemeral range, which every outgoing connection
 *   (the tests' many gRPC and MariaDB clients) draws its local port from;
 * - in blocks of BLOCK_SIZE, each held by one allocator listening on its first
 *   port: the kernel keeps two processes from holding one block, and frees it
 *   when its holder dies, so there is no lock file to go stale;
 * - each port once per allocator, after a bind check that skips one a program
 *   outside this scheme listens on.
 */
export const BLOCK_SIZE = 32;

/** Below it are the ports a deployment's daemons listen on (api 13000, sf-database 13005, ...). */
const LOWEST = 16384;
/** The nodes' default console port pool (scheduler.console_port_min and _max): the instances tests boot listen there. */
const CONSOLE_POOL_LOW = 30000;
const CONSOLE_POOL_HIGH = 50000;
/** Where /proc does not say (not Linux): IANA's dynamic range, the default of most other kernels. */
const IANA_EPHEMERAL: readonly [number, number] = [49152, 65535];

export interface PortRange {
  low: number;
  high: number;
}

/** The kernel's ephemeral range, inclusive. */
export function ephemeralRange(): readonly [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low !== undefined && high !== undefined && Number.isInteger(low) && Number.isInteger(high)) return [low, high];
  } catch {
    // Not Linux: the fallback below.
  }
  return IANA_EPHEMERAL;
}

/** The larger stretch of LOWEST..65535 on either side of the ephemeral range, outside the console pool too. */
export function serverPortRange([ephemeralLow, ephemeralHigh]: readonly [number, number]): PortRange {
  const below = { low: LOWEST, high: Math.min(ephemeralLow - 1, CONSOLE_POOL_LOW - 1, 65535) };
  const above = { low: Math.max(ephemeralHigh + 1, LOWEST, CONSOLE_POOL_HIGH + 1), high: 65535 };
  const size = (r: PortRange): number => r.high - r.low + 1;
  const range = size(below) >= size(above) ? below : above;
  if (size(range) < BLOCK_SIZE) throw new Error(`no ports for test servers outside the ephemeral range ${ephemeralLow}-${ephemeralHigh}`);
  return range;
}

/** A listener on loopback, or undefined if the port is taken. */
function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(undefined) : reject(err)));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function canListen(port: number): Promise<boolean> {
  const server = await listen(port);
  if (server === undefined) return false;
  await new Promise((resolve) => server.close(resolve));
  return true;
}

/** Hands out the ports of the blocks it holds, in order, never one twice. */
export class PortAllocator {
  private readonly locks: Server[] = [];
  private next = 0;
  private end = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly range: PortRange) {}

  take(): Promise<number> {
    // One at a time: a take() waiting on its bind check must not see the cursor or the block move under it.
    const port = this.queue.then(() => this.find());
    this.queue = port.catch(() => undefined);
    return port;
  }

  /** Releases the blocks: their ports may then be handed out by others. */
  async close(): Promise<void> {
    await this.queue;
    await Promise.all(this.locks.splice(0).map((lock) => new Promise((resolve) => lock.close(resolve))));
    this.next = this.end;
  }

  private async find(): Promise<number> {
    for (;;) {
      while (this.next < this.end) {
        const port = this.next;
        this.next += 1;
        if (await canListen(port)) return port;
      }
      await this.holdBlock();
    }
  }

  private async holdBlock(): Promise<void> {
    // Blocks sit on one grid whatever the range, so allocators over different ranges agree on which port locks which.
    // The scan starts over each time: a block whose holder has since exited is free again.
    for (let block = Math.ceil(this.range.low / BLOCK_SIZE) * BLOCK_SIZE; block + BLOCK_SIZE - 1 <= this.range.high; block += BLOCK_SIZE) {
      const lock = await listen(block);
      if (lock === undefined) continue;
      // Held until close() (freePort's, for the life of the process), without keeping the process alive.
      lock.unref();
      this.locks.push(lock);
      this.next = block + 1;
      this.end = block + BLOCK_SIZE;
      return;
    }
    throw new Error(`no free block of ports in ${this.range.low}-${this.range.high}`);
  }
}

let shared: PortAllocator | undefined;

/**
 * A port on loopback for a server the caller starts: nothing listened on it a
 * moment ago, no outgoing connection gets it, and no other freePort() caller,
 * in this process or another, gets it while this process lives.
 */
export function freePort(): Promise<number> {
  shared ??= new PortAllocator(serverPortRange(ephemeralRange()));
  return shared.take();
}
