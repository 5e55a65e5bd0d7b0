import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The network configuration tools sf-net must never run: all of it goes through netlink and nft. */
const BANNED = /^(?:\/(?:usr\/)?s?bin\/)?(?:ip|brctl|bridge|iptables(?:-\w+)?|ip6tables(?:-\w+)?|ebtables|ifconfig|route)$/;

// `run` is the CommandRunner's: it hands the command to execa in its helper process.
const SPAWNERS = /\b(?:execa|execaSync|execaNode|spawn|spawnSync|exec|execSync|execFile|execFileSync|fork|run)\s*\(/g;
const LITERAL = /(['"`])((?:\\.|(?!\1).)*)\1/g;

/** The text of a call from its opening parenthesis to the matching close. */
function callText(source: string, from: number): string {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(from, i + 1);
  }
  return source.slice(from);
}

/**
 * Banned programs a source file could run: any string literal inside a
 * process-spawning call whose first word is a banned tool, any absolute path
 * to one anywhere, and any use of child_process (sf-net spawns through execa).
 */
function bannedCommands(source: string): string[] {
  const found: string[] = [];
  for (const call of source.matchAll(SPAWNERS)) {
    for (const m of callText(source, (call.index ?? 0) + call[0].length - 1).matchAll(LITERAL)) {
      const words = (m[2] ?? '').trim().split(/\s+/);
      if (words.some((w) => BANNED.test(w))) found.push(m[2] ?? '');
    }
  }
  for (const m of source.matchAll(LITERAL)) {
    const literal = m[2] ?? '';
    if (literal.startsWith('/') && BANNED.test(literal.split(/\s+/)[0] ?? '')) found.push(literal);
  }
  if (/\bchild_process\b/.test(source)) found.push('child_process');
  if (/import\s*\{[^}]*\$[^}]*\}\s*from\s*'execa'/.test(source)) found.push('execa $');
  return [...new Set(found)];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') || path.endsWith('.c') ? [path] : [];
  });
}

describe('no network configuration tools are exec\'d', () => {
  const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

  it('control: the scanner catches a spawned `ip` and a shell `bridge fdb`', () => {
    assert.deepEqual(bannedCommands("await execa('ip', ['link', 'add'])"), ['ip']);
    assert.deepEqual(bannedCommands("execaSync('bridge fdb append', { shell: true })"), ['bridge fdb append']);
    assert.deepEqual(bannedCommands("execa('/usr/sbin/iptables-nft', [])"), ['/usr/sbin/iptables-nft']);
    assert.deepEqual(bannedCommands("execa('nsenter', ['--net=/x', 'ip', 'link'])"), ['ip']);
    assert.deepEqual(bannedCommands("await ctx.runner.run('nsenter', ['--net=/x', 'bridge', 'fdb'])"), ['bridge']);
    assert.deepEqual(bannedCommands("import { spawn } from 'node:child_process';"), ['child_process']);
    assert.deepEqual(bannedCommands("import { $ } from 'execa';"), ['execa $']);
    assert.deepEqual(bannedCommands("execa('nsenter', ['--net=/run/netns/x', 'nft', '-j'])"), []);
    assert.deepEqual(bannedCommands("const family = 'ip'; ifla.formatInfo({ kind: 'bridge' })"), []);
  });

  it('no file under src/ or native/ names ip, brctl, bridge or iptables as a command', () => {
    const files = [...sourceFiles(join(packageRoot, 'src')), ...sourceFiles(join(packageRoot, 'native')).filter((f) => !f.includes('/build/'))];
    assert.ok(files.length > 5, `scanned ${files.length} files under ${packageRoot}`);
    const offenders = files.flatMap((f) => bannedCommands(readFileSync(f, 'utf8')).map((c) => `${f}: ${c}`));
    assert.deepEqual(offenders, []);
  });
});
