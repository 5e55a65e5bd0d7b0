import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { BLOCK_SIZE, PortAllocator, ephemeralRange, freePort, serverPortRange } from '../src/ports.js';

const listen = (port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server): Promise<unknown> => new Promise((resolve) => server.close(resolve));

describe('freePort', () => {
  const range = serverPortRange(ephemeralRange());
  const allocators: PortAllocator[] = [];
  const allocator = (over = range): PortAllocator => {
    const made = new PortAllocator(over);
    allocators.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(allocators.splice(0).map((a) => a.close()));
  });

  it('takes the larger side of the ports outside the ephemeral range and the console pool', () => {
    assert.deepEqual(serverPortRange([32768, 60999]), { low: 16384, high: 29999 }, 'below the ephemeral range and the console port pool');
    assert.deepEqual(serverPortRange([1024, 49151]), { low: 50001, high: 65535 }, 'above the ephemeral range and the console port pool');
    assert.throws(() => serverPortRange([1024, 65535]), /no ports for test servers/);
  });

  it('gives concurrent callers distinct ports, outside the ephemeral range, that a server can listen on', async () => {
    const ports = await Promise.all(Array.from({ length: 100 }, () => freePort()));
    assert.equal(new Set(ports).size, ports.length);
    const [low, high] = ephemeralRange();
    for (const port of ports) assert.ok(port < low || port > high, `${port} is ephemeral`);
    const servers: Server[] = [];
    try {
      for (const port of ports) servers.push(await listen(port));
    } finally {
      await Promise.all(servers.map(close));
    }
  });

  it('never gives two allocators (as two processes would have) the same port', async () => {
    const all = await Promise.all(Array.from({ length: 4 }, () => allocator()).flatMap((a) => Array.from({ length: 40 }, () => a.take())));
    assert.equal(new Set(all).size, all.length);
  });

  it('keeps a block to its holder until it closes', async () => {
    const holder = allocator();
    const port = await holder.take();
    const block = Math.floor(port / BLOCK_SIZE) * BLOCK_SIZE;
    const other = allocator({ low: block, high: block + BLOCK_SIZE - 1 });
    await assert.rejects(other.take(), /no free block of ports/);
    await holder.close();
    assert.equal(await other.take(), port);
  });

  it('frees a process\'s blocks when it dies, even killed, and not before', async () => {
    // The child prints the ports it was given, then holds them until it is killed.
    const script = `const { freePort } = await import(${JSON.stringify(new URL('../src/ports.js', import.meta.url).href)});
      console.log(JSON.stringify(await Promise.all(Array.from({ length: 8 }, () => freePort()))));
      setInterval(() => undefined, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const theirs = JSON.parse(line.toString()) as number[];
      const first = theirs[0] ?? 0;
      const block = Math.floor(first / BLOCK_SIZE) * BLOCK_SIZE;
      const ours = allocator({ low: block, high: block + BLOCK_SIZE - 1 });
      await assert.rejects(ours.take(), /no free block of ports/);
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
      assert.equal(await ours.take(), first);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('skips a port something else listens on', async () => {
    const ports = allocator();
    const port = await ports.take();
    const squatter = await listen(port + 1);
    try {
      assert.ok((await ports.take()) > port + 1);
    } finally {
      await close(squatter);
    }
  });
});
