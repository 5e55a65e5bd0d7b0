import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execaNode } from 'execa';
import { CommandRunner } from '../../src/internal/runner.js';

const RUNNER = fileURLToPath(new URL('../../src/internal/runner.js', import.meta.url));
const RUNNER_CHILD = fileURLToPath(new URL('../../src/internal/runner-child.js', import.meta.url));

/** The live processes running a script: a runner's helpers. */
function helpersOf(script: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(script) && running(pid);
      } catch {
        return false;
      }
    });
}

/** A process that has not exited (a zombie waiting for its reaper has). */
function running(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function exited(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && running(pid); i++) await new Promise((r) => setTimeout(r, 20));
  return !running(pid);
}

/** The helper's pid, read from inside it. */
async function helperPid(runner: CommandRunner): Promise<number> {
  const reply = await runner.run('sh', ['-c', 'echo $PPID']);
  return Number(reply.stdout.trim());
}

describe('command runner (a helper process that runs commands by execa)', () => {
  let runner: CommandRunner;
  beforeEach(() => {
    runner = new CommandRunner();
  });
  afterEach(() => runner.close());

  it('answers each command with its exit code, output and errors, several at once', async () => {
    const [ok, failed, missing, refused] = await Promise.all([
      runner.run('sh', ['-c', 'echo out; echo err >&2']),
      runner.run('sh', ['-c', 'exit 3']),
      runner.run('/nonexistent/sf-net-test-binary', []),
      runner.run('echo', ['a\u0000b']),
    ]);
    assert.deepEqual(ok, { exitCode: 0, stdout: 'out', stderr: 'err' });
    assert.equal(failed.exitCode, 3);
    assert.match(failed.error ?? '', /exit code 3/);
    assert.equal(missing.exitCode, null);
    assert.match(missing.error ?? '', /ENOENT/);
    assert.equal(refused.exitCode, null);
    assert.match(refused.error ?? '', /null bytes/);
  });

  it("gives a command its input as an in-memory file, which it can also open as /dev/stdin (nft -f - does)", async () => {
    const input = `${'x'.repeat(100_000)}\nend`;
    const [read, opened] = await Promise.all([runner.run('wc', ['-c'], { input }), runner.run('sh', ['-c', 'tail -n 1 /dev/stdin'], { input })]);
    assert.equal(read.stdout.trim(), String(input.length));
    assert.equal(opened.stdout, 'end');
  });

  it('gives a command without input no stdin to wait on: it reads the end at once', async () => {
    // A command that waited would be killed at this timeout, failing the test rather than hanging it.
    const quick = new CommandRunner({ timeoutMs: 2000 });
    try {
      const [read, copied] = await Promise.all([quick.run('sh', ['-c', 'read x; echo "read $?"']), quick.run('cat', [])]);
      assert.deepEqual(read, { exitCode: 0, stdout: 'read 1', stderr: '' });
      assert.deepEqual(copied, { exitCode: 0, stdout: '', stderr: '' });
    } finally {
      quick.close();
    }
  });

  it('fails the commands of a helper that died and starts another for the next', async () => {
    const pid = await helperPid(runner);
    const slow = runner.run('sleep', ['1']);
    process.kill(pid, 'SIGKILL');
    await assert.rejects(slow, /command runner (exited|disconnected)/);
    const next = await helperPid(runner);
    assert.notEqual(next, pid);
  });

  it('close ends the helper, fails what it had and refuses what comes after', async () => {
    const pid = await helperPid(runner);
    const pending = runner.run('sleep', ['1']);
    runner.close();
    await assert.rejects(pending, /command runner closed/);
    await assert.rejects(runner.run('true', []), /command runner is closed/);
    assert.ok(await exited(pid));
  });

  it('a helper that cannot start fails the command, and the next command tries again', async () => {
    const said: string[] = [];
    const broken = new CommandRunner({ script: '/nonexistent/sf-net-runner-child.js', onStderr: (line) => said.push(line) });
    try {
      await assert.rejects(broken.run('true', []), /command runner/);
      await assert.rejects(broken.run('true', []), /command runner/);
      for (let i = 0; i < 50 && !said.some((l) => /Cannot find module/.test(l)); i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(said.some((l) => /Cannot find module/.test(l)), 'what the helper wrote reaches the caller, not the process stderr');
    } finally {
      broken.close();
    }
  });

  it('a helper whose close of a command\'s stdin fails answers that command, then ends saying why, and the next command gets another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-net-runner-'));
    const script = join(dir, 'ebadf-helper.mjs');
    // The real helper, whose every close fails as a descriptor closed twice does.
    writeFileSync(
      script,
      `import fs from 'node:fs';
      import { syncBuiltinESMExports } from 'node:module';
      fs.closeSync = () => { throw Object.assign(new Error('EBADF: bad file descriptor, close'), { code: 'EBADF' }); };
      syncBuiltinESMExports();
      await import(${JSON.stringify(RUNNER_CHILD)});\n`,
    );
    const said: string[] = [];
    const failing = new CommandRunner({ script, onStderr: (line) => said.push(line) });
    try {
      assert.equal((await failing.run('true', [], { input: 'x' })).exitCode, 0, 'the command ran, and its outcome is told');
      for (let i = 0; i < 50 && !said.some((l) => /EBADF/.test(l)); i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(said.some((l) => /EBADF/.test(l)), 'the helper said why it ended');
      for (let i = 0; i < 100 && helpersOf(script).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(helpersOf(script), [], 'the helper ended');
      assert.equal((await failing.run('true', [])).exitCode, 0, 'a new helper runs the next command');
    } finally {
      failing.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the helper inherits no Node flags from its parent', async () => {
    const script = `const { CommandRunner } = await import(${JSON.stringify(RUNNER)});
      const r = new CommandRunner();
      const reply = await r.run('sh', ['-c', 'echo "[$NODE_OPTIONS]"; cat /proc/$PPID/cmdline']);
      console.log(reply.stdout);`;
    const parent = await execaNode({ timeout: 10_000, env: { NODE_OPTIONS: '--max-old-space-size=123' } })`--input-type=module --max-semi-space-size=2 -e ${script}`;
    assert.doesNotMatch(parent.stdout, /semi-space|max-old-space-size|input-type/);
    assert.match(parent.stdout, /\[\]/);
  });

  it('an idle helper does not keep its parent alive, and goes when the parent does', async () => {
    const script = `const { CommandRunner } = await import(${JSON.stringify(RUNNER)});
      const r = new CommandRunner();
      const reply = await r.run('sh', ['-c', 'echo $PPID']);
      console.log(reply.stdout.trim());`;
    const parent = await execaNode({ timeout: 10_000 })`--input-type=module -e ${script}`;
    const pid = Number(parent.stdout.trim());
    assert.ok(pid > 0);
    assert.ok(await exited(pid), 'the helper exited with its parent');
  });

  it('a command that outlives its timeout is killed, SIGKILLed if it ignores SIGTERM, and reported', async () => {
    // The helper's own deadline (three timeouts) also covers starting it: a second leaves room on a loaded machine.
    const quick = new CommandRunner({ timeoutMs: 1000 });
    try {
      const [polite, stubborn] = await Promise.all([quick.run('sleep', ['30']), quick.run('sh', ['-c', 'trap "" TERM; while :; do :; done'])]);
      for (const result of [polite, stubborn]) {
        assert.equal(result.exitCode, null);
        assert.match(result.error ?? '', /timed out/);
      }
      assert.equal((await quick.run('true', [])).exitCode, 0, 'the helper goes on');
    } finally {
      quick.close();
    }
  });

  it('a helper that stops answering is replaced, and what it had fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-net-runner-'));
    const script = join(dir, 'silent-helper.mjs');
    // Takes every command and answers none: a helper that hangs.
    writeFileSync(script, "process.on('message', () => {});\n");
    const silent = new CommandRunner({ script, timeoutMs: 50 });
    try {
      await assert.rejects(silent.run('true', []), /command runner did not answer true within 150 ms/);
      await assert.rejects(silent.run('true', []), /command runner did not answer/, 'the next command goes to a new helper');
    } finally {
      silent.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
