import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@sf/tools/ports';
import { startTier, type Tier } from '@sf/tools/tier';
import { spawnMaintainer, type MaintainerProcess } from '../support/maintainer-process.js';
import { until } from '../support/until.js';

/** The value of one sample of a scrape, or undefined when it is not there. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

/** Its /metrics, or undefined while it does not answer yet. */
const scrape = (daemon: MaintainerProcess): Promise<string | undefined> =>
  fetch(`${daemon.metrics}/metrics`).then((r) => (r.status === 200 ? r.text() : undefined), () => undefined);

/** A stand-in for systemd's notification socket: what the daemon told it, each datagram on a line. */
async function notifySocket(): Promise<{ path: string; heard: () => string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'sft-notify-'));
  const path = join(dir, 'notify.sock');
  const listener = spawn(
    'python3',
    ['-c', 'import socket,sys\ns=socket.socket(socket.AF_UNIX,socket.SOCK_DGRAM)\ns.bind(sys.argv[1])\nwhile True:\n  print(s.recv(4096).decode(),flush=True)', path],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let heard = '';
  listener.stdout?.on('data', (chunk: Buffer) => (heard += chunk.toString()));
  await until('the notification socket', async () => (existsSync(path) ? true : undefined));
  return {
    path,
    heard: () => heard,
    close: () => {
      listener.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('sf-cluster metrics (real processes, real MariaDB)', function () {
  this.timeout(120000);
  let tier: Tier;
  const daemons: ChildProcess[] = [];

  async function startDaemon(env: Record<string, string> = {}, stdio: 'ignore' | 'pipe' = 'ignore'): Promise<MaintainerProcess> {
    const daemon = await spawnMaintainer(tier, env, stdio);
    daemons.push(daemon.child);
    return daemon;
  }

  before(async () => {
    tier = await startTier(1);
  });
  after(async () => {
    for (const child of daemons) child.kill('SIGKILL');
    await tier?.stop();
  });

  it('of two instances, exactly one shows cluster_leader 1 and counts its job runs; the standby runs none; any other path is 404', async () => {
    const pair = [await startDaemon(), await startDaemon()];
    const scrapes = await until('one leader with its jobs run twice', async () => {
      const texts = await Promise.all(pair.map(scrape));
      if (texts.some((t) => t === undefined)) return undefined;
      const leaders = texts.filter((t) => sample(t ?? '', 'cluster_leader') === 1);
      return leaders.length === 1 && (sample(leaders[0] ?? '', 'cluster_job_runs_total{job="reap_reservations",result="done"}') ?? 0) >= 2 ? (texts as string[]) : undefined;
    });
    const leader = scrapes.find((t) => sample(t, 'cluster_leader') === 1) ?? '';
    const standby = scrapes.find((t) => sample(t, 'cluster_leader') === 0) ?? '';
    assert.ok(standby !== '', 'the other shows cluster_leader 0');

    const lock = await tier.client.locks.get('sf-cluster-maintainer');
    const leaderPid = pair[scrapes.indexOf(leader)]?.child.pid;
    assert.match(lock.lock?.holder ?? '', new RegExp(`:${leaderPid}:`), 'the one showing 1 holds the lease');

    for (const job of ['reap_reservations', 'reclaim_allocations', 'fail_abandoned_creates', 'requeue_abandoned_deletes', 'purge_deleted', 'prune_operations', 'reconcile_capacity']) {
      assert.ok((sample(leader, `cluster_job_runs_total{job="${job}",result="done"}`) ?? 0) >= 1, `${job} ran`);
      assert.ok((sample(leader, `cluster_job_duration_seconds_count{job="${job}"}`) ?? 0) >= 1, `${job} was timed`);
      assert.equal(sample(leader, `cluster_job_runs_total{job="${job}",result="failed"}`), 0, `${job} did not fail`);
      assert.equal(sample(standby, `cluster_job_runs_total{job="${job}",result="done"}`), 0, `the standby did not run ${job}`);
      assert.equal(sample(standby, `cluster_job_items_total{job="${job}"}`), 0);
    }
    assert.ok((sample(leader, 'cluster_lease_answers_total{result="held"}') ?? 0) >= 1);
    assert.equal(sample(standby, 'cluster_lease_answers_total{result="held"}'), 0, 'a standby refused is not counted');
    assert.match(leader, /^cluster_process_process_cpu_user_seconds_total /m);

    for (const path of ['/', '/metrics/extra', '/favicon.ico']) assert.equal((await fetch(`${pair[0]?.metrics}${path}`)).status, 404, path);
  });

  it('binds its metrics port before READY=1: taken, it exits 1 naming the key and never says READY=1', async () => {
    const notify = await notifySocket();
    const holder: Server = createServer();
    try {
      const taken = await freePort();
      await new Promise<void>((resolve) => holder.listen(taken, '127.0.0.1', resolve));
      const { child } = await startDaemon({ SHAKENFIST_CLUSTER_METRICS_PORT: String(taken), NOTIFY_SOCKET: notify.path }, 'pipe');
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(code, 1);
      assert.match(stderr, new RegExp(`cluster\\.metrics_port \\(SHAKENFIST_CLUSTER_METRICS_PORT\\): cannot serve metrics on 127\\.0\\.0\\.1:${taken}: .*EADDRINUSE`));
      assert.doesNotMatch(notify.heard(), /READY=1/);

      // Free, the port answers by the time READY=1 is heard.
      const daemon = await startDaemon({ NOTIFY_SOCKET: notify.path });
      await until('READY=1', async () => (notify.heard().includes('READY=1') ? true : undefined));
      assert.equal((await fetch(`${daemon.metrics}/metrics`)).status, 200);
    } finally {
      holder.close();
      notify.close();
    }
  });

  it('on SIGTERM closes its metrics port, a scraper\'s kept-alive connection too, and exits 0', async () => {
    const daemon = await startDaemon();
    await until('its metrics', () => scrape(daemon));
    // fetch keeps the connection open for the next scrape, as Prometheus does.
    assert.ok((await scrape(daemon)) !== undefined);
    const exited = once(daemon.child, 'exit');
    daemon.child.kill('SIGTERM');
    assert.deepEqual(await exited, [0, null]);
    await assert.rejects(fetch(`${daemon.metrics}/metrics`));
  });
});
