import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configKeys } from '@sf/common';

/**
 * The example units of deploy/systemd against the code they run: the bin
 * each starts, the sd_notify messages the daemon sends, and the stop timeout
 * its own SIGTERM drain needs. systemd-analyze verify then reads each unit
 * as systemd would.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const UNIT_DIR = join(root, 'deploy', 'systemd');
const SYSUSERS_FILE = join(root, 'deploy', 'sysusers.d', 'sf-ts.conf');
/** Where the units expect the checkout; docs/operations.md documents the convention. */
const INSTALL_PATH = '/opt/sf-ts';
const SYSTEM_NODE = '/usr/bin/node';

function configDefault(section: string, name: string): number {
  const key = configKeys().find((k) => k.section === section && k.name === name);
  assert.ok(key !== undefined && typeof key.default === 'number', `${section}.${name} has no numeric default`);
  return key.default;
}

/**
 * A numeric constant of a source file, such as `const TICK_MS = 1000;`.
 * The daemons keep these private; reading them here makes a change to one fail
 * this test until the unit (and its comment) follow.
 */
function sourceConstant(file: string, name: string): number {
  const text = readFileSync(join(root, file), 'utf8');
  const match = new RegExp(`\\bconst ${name} = ([\\d_]+);`).exec(text);
  assert.ok(match?.[1] !== undefined, `${file} no longer declares ${name} as a number; update this test and the unit that cites it`);
  return Number(match[1].replaceAll('_', ''));
}

interface Daemon {
  /** File in deploy/systemd. */
  file: string;
  /** The unit systemd-analyze verifies: a template is verified through one instance. */
  verifyAs: string;
  packageDir: string;
  /** Arguments after the bin. */
  args: string[];
  /** Seconds after SIGTERM by which the daemon exits on its own, whatever its drain is doing. */
  exitsWithin: () => number;
  /**
   * The longest stretch, in seconds, the code can go without a chance to send
   * WATCHDOG=1, for daemons that ping: their pause between pings included when
   * they ping at a fixed pace, excluded when they ping at half of WatchdogSec.
   */
  watchdogGap?: () => number;
}

const deadlineSeconds = (): number => configDefault('mariadb_gateway', 'deadline_ms') / 1000;

const DAEMONS: Daemon[] = [
  {
    file: 'sf-database@.service',
    verifyAs: 'sf-database@13005.service',
    packageDir: 'packages/sf-database',
    args: ['serve'],
    // serve.ts: the drain's limit is mariadb_gateway.shutdown_timeout + 5 s.
    exitsWithin: () => configDefault('mariadb_gateway', 'shutdown_timeout') + 5,
    watchdogGap: () =>
      (sourceConstant('packages/sf-database/src/server/main-loop.ts', 'TICK_MS') + sourceConstant('packages/sf-database/src/server/health.ts', 'CHECK_TIMEOUT_MS')) / 1000,
  },
  {
    file: 'sf-api.service',
    verifyAs: 'sf-api.service',
    packageDir: 'packages/sf-api',
    args: ['serve'],
    // server.ts: the drain's limit is drain_grace + shutdown_timeout + 5000 ms.
    exitsWithin: () => configDefault('api', 'drain_grace') + configDefault('api', 'shutdown_timeout') + 5,
  },
  {
    file: 'sf-cluster.service',
    verifyAs: 'sf-cluster.service',
    packageDir: 'packages/sf-cluster',
    args: [],
    // main.ts: the drain's limit is cluster.shutdown_timeout + 2 × deadline_ms + 1 s.
    exitsWithin: () => configDefault('cluster', 'shutdown_timeout') + 2 * deadlineSeconds() + 1,
    // Between two chances to ping: a lease renewal, one object of a job (a purge of an instance is up to four calls) and the next page of a list.
    watchdogGap: () => 6 * deadlineSeconds(),
  },
];

type Unit = Map<string, Map<string, string[]>>;

/** The subset of systemd's unit syntax the example units use: sections, `Key=value` lines, comments. */
function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1] !== undefined) {
      section = new Map();
      unit.set(header[1], section);
      continue;
    }
    const eq = line.indexOf('=');
    assert.ok(section !== undefined && eq > 0, `not a unit line: ${line}`);
    assert.ok(!line.endsWith('\\'), `continued lines are not expected: ${line}`);
    const key = line.slice(0, eq);
    section.set(key, [...(section.get(key) ?? []), line.slice(eq + 1)]);
  }
  return unit;
}

function values(unit: Unit, section: string, key: string): string[] {
  return unit.get(section)?.get(key) ?? [];
}

function only(unit: Unit, section: string, key: string): string | undefined {
  const found = values(unit, section, key);
  assert.ok(found.length <= 1, `${key}= is set ${found.length} times`);
  return found[0];
}

/** A systemd time span as these units write it: `90s`, `90` or `2min`. */
function seconds(span: string): number {
  const match = /^(\d+)(s|min)?$/.exec(span);
  assert.ok(match?.[1] !== undefined, `unexpected time span "${span}"`);
  return Number(match[1]) * (match[2] === 'min' ? 60 : 1);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** What the daemon's code sends systemd, and whether it paces WATCHDOG=1 by WATCHDOG_USEC. */
function notifications(packageDir: string): { ready: boolean; watchdog: boolean; pacedBySystemd: boolean } {
  const text = sourceFiles(join(root, packageDir, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return {
    ready: /\bnotifier\.ready\(/.test(text),
    watchdog: /\bnotifier\.watchdog\(/.test(text),
    pacedBySystemd: /\bwatchdogIntervalMs\(/.test(text),
  };
}

function sysusersUser(): string {
  const line = readFileSync(SYSUSERS_FILE, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('u '));
  const name = line?.split(/\s+/)[1];
  assert.ok(name !== undefined, `${relative(root, SYSUSERS_FILE)} declares no user`);
  return name;
}

/** Whether a program runs here at all: the verify tests need systemd's tools. */
function installed(program: string): boolean {
  return spawnSync(program, ['--version'], { stdio: 'ignore' }).error === undefined;
}

describe('deploy/systemd units', () => {
  it('has a unit for each daemon and nothing else', () => {
    assert.deepEqual(readdirSync(UNIT_DIR).sort(), DAEMONS.map((d) => d.file).sort());
  });

  for (const daemon of DAEMONS) {
    describe(daemon.file, () => {
      const unit = parseUnit(readFileSync(join(UNIT_DIR, daemon.file), 'utf8'));
      const sent = notifications(daemon.packageDir);

      it("starts the package's bin with the system's node", () => {
        const execStart = only(unit, 'Service', 'ExecStart');
        assert.ok(execStart !== undefined, 'no ExecStart=');
        const [node, script, ...args] = execStart.split(/\s+/);
        assert.equal(node, SYSTEM_NODE);
        assert.ok(script !== undefined && script.startsWith(`${INSTALL_PATH}/`), `${script} is not under ${INSTALL_PATH}`);
        assert.deepEqual(args, daemon.args);
        const inCheckout = join(root, script.slice(INSTALL_PATH.length + 1));
        assert.ok(existsSync(inCheckout), `${inCheckout} does not exist`);
        const manifest = JSON.parse(readFileSync(join(root, daemon.packageDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        const bins = Object.values(manifest.bin).map((bin) => join(root, daemon.packageDir, bin));
        assert.ok(bins.includes(inCheckout), `${script} is not a bin of ${daemon.packageDir}`);
      });

      it('is Type=notify exactly when the daemon sends READY=1', () => {
        assert.equal(only(unit, 'Service', 'Type'), sent.ready ? 'notify' : 'exec');
        assert.equal(only(unit, 'Service', 'NotifyAccess'), sent.ready ? 'main' : undefined);
      });

      it('has a watchdog exactly when the daemon sends WATCHDOG=1, long enough for its loop', () => {
        const watchdog = only(unit, 'Service', 'WatchdogSec');
        assert.equal(watchdog !== undefined, sent.watchdog, sent.watchdog ? 'the daemon pings: set WatchdogSec=' : 'the daemon never pings: no WatchdogSec=');
        if (watchdog === undefined) return;
        assert.ok(daemon.watchdogGap !== undefined, 'this test does not know how long the daemon goes between pings');
        const gap = daemon.watchdogGap();
        // Pinging at most once per half of WatchdogSec leaves the other half for the gap.
        const allowed = sent.pacedBySystemd ? seconds(watchdog) / 2 : seconds(watchdog);
        assert.ok(allowed > gap, `WatchdogSec=${watchdog} leaves ${allowed} s between pings, the code may take ${gap} s`);
      });

      it("waits on stop longer than the daemon's own drain limit", () => {
        const stop = only(unit, 'Service', 'TimeoutStopSec');
        assert.ok(stop !== undefined, 'no TimeoutStopSec=');
        assert.equal(only(unit, 'Service', 'KillSignal'), 'SIGTERM');
        const limit = daemon.exitsWithin();
        assert.ok(seconds(stop) > limit, `TimeoutStopSec=${stop} would SIGKILL before the daemon's drain limit of ${limit} s`);
      });

      it("logs to the journal's stream, which reads each line's priority prefix", () => {
        for (const key of ['StandardOutput', 'StandardError']) {
          const value = only(unit, 'Service', key);
          assert.ok(value === undefined || value === 'journal', `${key}=${value}: the daemon prefixes priorities only on the journal's stream`);
        }
        const prefix = only(unit, 'Service', 'SyslogLevelPrefix');
        assert.ok(prefix === undefined || prefix === 'yes', 'SyslogLevelPrefix=no would keep the <N> prefix in every JSON line');
      });

      it('restarts on failure, as the unprivileged user, once the network is up', () => {
        assert.equal(only(unit, 'Service', 'Restart'), 'on-failure');
        assert.equal(only(unit, 'Service', 'User'), sysusersUser());
        assert.equal(only(unit, 'Service', 'Group'), sysusersUser());
        assert.equal(only(unit, 'Service', 'NoNewPrivileges'), 'yes');
        assert.equal(only(unit, 'Service', 'ProtectSystem'), 'strict');
        const after = values(unit, 'Unit', 'After').flatMap((v) => v.split(/\s+/));
        assert.ok(after.includes('network-online.target'));
        assert.ok(!after.some((name) => /mariadb|mysql/.test(name)), 'MariaDB may live on another host: no ordering on it');
      });
    });
  }

  describe('systemd-analyze verify', () => {
    if (!installed('systemd-analyze')) {
      it.skip('skipped: systemd-analyze is not installed here (Debian package systemd)');
      return;
    }
    let dir: string;
    before(() => {
      // Verify fails on an ExecStart= program that does not exist: the copies point at this checkout and this node.
      dir = mkdtempSync(join(tmpdir(), 'sf-units-'));
      for (const daemon of DAEMONS) {
        const text = readFileSync(join(UNIT_DIR, daemon.file), 'utf8').replaceAll(INSTALL_PATH, root.replace(/\/$/, '')).replaceAll(SYSTEM_NODE, process.execPath);
        writeFileSync(join(dir, daemon.file), text);
      }
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    for (const daemon of DAEMONS) {
      it(`accepts ${daemon.verifyAs} without a word about it`, () => {
        const result = spawnSync('systemd-analyze', ['verify', join(dir, daemon.verifyAs)], { encoding: 'utf8', timeout: 20_000 });
        const output = `${result.stdout}${result.stderr}`;
        assert.equal(result.status, 0, output);
        // Verify exits 0 on unknown keys and bad values, warning only; warnings about other units of this host are not ours.
        const stem = daemon.file.replace(/(@)?\.service$/, '');
        const ours = output.split('\n').filter((line) => line.includes(stem));
        assert.deepEqual(ours, []);
      });
    }
  });

  describe('deploy/sysusers.d', () => {
    if (!installed('systemd-sysusers')) {
      it.skip('skipped: systemd-sysusers is not installed here (Debian package systemd)');
      return;
    }
    it('is created by deploy/sysusers.d/sf-ts.conf', () => {
      const dir = mkdtempSync(join(tmpdir(), 'sf-sysusers-'));
      try {
        const result = spawnSync('systemd-sysusers', ['--dry-run', `--root=${dir}`, SYSUSERS_FILE], { encoding: 'utf8', timeout: 20_000 });
        const output = `${result.stdout}${result.stderr}`;
        assert.equal(result.status, 0, output);
        assert.match(output, new RegExp(`Creating user '${sysusersUser()}'`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
