import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

/**
 * Everything one test process makes on the host is named after its run id,
 * `sfct` and six hex digits: domains `<id>-...`, bridges `<id><nn>`, folders
 * below `<tmpdir>/<id>/`, so none of it looks like production's `sf-` domains.
 * A run killed before its cleanup leaves them behind, so each run starts by
 * sweeping those of every run whose process is gone; a marker file
 * `<tmpdir>/<id>.run` (pid and start time) says which runs are alive.
 */
export interface TestRun {
  id: string;
  /** compute.domain_prefix of this run. */
  prefix: string;
  /** Folder for this run's state; libvirt-qemu can traverse it. */
  dir: string;
}

const RUN_NAME = /^sfct[0-9a-f]{6}/;
const id = `sfct${randomBytes(3).toString('hex')}`;
const marker = (runId: string): string => join(tmpdir(), `${runId}.run`);
const runDir = (runId: string): string => join(tmpdir(), runId);

/** The process's start time in clock ticks since boot: with the pid, it tells a live run from a reused pid. */
export function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

async function alive(runId: string): Promise<boolean> {
  if (runId === id) return true;
  const text = await readFile(marker(runId), 'utf8').catch(() => null);
  if (text === null) return false;
  const [pid, started] = text.trim().split(' ');
  return startTime(Number(pid)) === started;
}

const virsh = (...args: string[]) => execa('virsh', ['-c', 'qemu:///system', ...args], { reject: false });

/** Names of libvirt domains starting with `prefix`. */
export async function domainsWithPrefix(prefix: string): Promise<string[]> {
  const { stdout } = await execa('virsh', ['-c', 'qemu:///system', 'list', '--all', '--name']);
  return stdout
    .split('\n')
    .map((name) => name.trim())
    .filter((name) => name.startsWith(prefix));
}

/** Stops and undefines domains, whether transient or defined; the caller checks what is left. */
export async function removeDomains(names: readonly string[]): Promise<void> {
  for (const name of names) {
    await virsh('destroy', name);
    // The NVRAM file, if any, is in the run's folder, which goes with it.
    await virsh('undefine', '--keep-nvram', name);
  }
}

/** dnsmasq processes serving `bridge`, found by their command line: a killed run leaves no other trace of them. */
async function dnsmasqFor(bridge: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const argv = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (argv[0]?.endsWith('dnsmasq') && argv.includes(`--interface=${bridge}`)) pids.push(Number(entry));
  }
  return pids;
}

async function runBridges(): Promise<string[]> {
  const { stdout } = await execa('ip', ['-o', 'link', 'show', 'type', 'bridge']);
  return stdout
    .split('\n')
    .map((line) => line.split(':')[1]?.trim() ?? '')
    .filter((name) => RUN_NAME.test(name));
}

/** Stops a bridge's dnsmasq and deletes the bridge. */
export async function removeBridge(name: string): Promise<void> {
  for (const pid of await dnsmasqFor(name)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Exited meanwhile.
    }
  }
  await execa('ip', ['link', 'del', name], { reject: false });
}

/** Removes the domains, bridges (with their dnsmasq) and folders of every run whose process is gone. */
export async function sweepDeadRuns(): Promise<void> {
  const dead = async (name: string): Promise<boolean> => RUN_NAME.test(name) && !(await alive(name.slice(0, 10)));
  const domains = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const name of await domainsWithPrefix('sfct')) if (await dead(name)) out.push(name);
    return out;
  };
  const bridges = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const name of await runBridges()) if (await dead(name)) out.push(name);
    return out;
  };
  await removeDomains(await domains());
  for (const bridge of await bridges()) await removeBridge(bridge);
  for (const entry of await readdir(tmpdir())) {
    const runId = entry.replace(/\.run$/, '');
    if (/^sfct[0-9a-f]{6}$/.test(runId) && !(await alive(runId))) await rm(join(tmpdir(), entry), { recursive: true, force: true });
  }
  // Another run sweeping at the same time may have removed some; what is still there could not be removed.
  const left = [...(await domains()), ...(await bridges())];
  if (left.length > 0) throw new Error(`leftovers of killed test runs could not be removed: ${left.join(', ')}`);
}

async function start(): Promise<TestRun> {
  // Written first, so a sweep by another run never takes this run's state for a dead run's.
  await writeFile(marker(id), `${process.pid} ${startTime(process.pid) ?? ''}\n`, { flag: 'wx' });
  process.once('exit', () => {
    rmSync(runDir(id), { recursive: true, force: true });
    rmSync(marker(id), { force: true });
  });
  const dir = runDir(id);
  await mkdir(dir);
  // QEMU runs as libvirt-qemu and must reach disks and console logs below this folder.
  await chmod(dir, 0o755);
  await sweepDeadRuns();
  return { id, prefix: `${id}-`, dir };
}

let run: Promise<TestRun> | undefined;
/** This process's run: made, after sweeping dead runs' leftovers, on first use. */
export function testRun(): Promise<TestRun> {
  run ??= start();
  return run;
}
