import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const sfCtl = fileURLToPath(new URL('../../../bin/run.js', import.meta.url));
const host = process.env.SF_TEST_MARIADB_HOST ?? '127.0.0.1';
const port = process.env.SF_TEST_MARIADB_PORT ?? '3306';
const user = process.env.SF_TEST_MARIADB_USER ?? 'root';
const password = process.env.SF_TEST_MARIADB_PASSWORD ?? '';

/** The mariadb command-line client: sf-ctl's tests do not import a database library. */
async function sql(statement: string, database?: string): Promise<string> {
  const args = ['--no-defaults', `-u${user}`, `-h${host}`, `-P${port}`, '-N', '-B', '-e', statement];
  if (database !== undefined) args.push(database);
  return (await execa('mariadb', args, { env: { MYSQL_PWD: password } })).stdout;
}

describe('sf-ctl ensure-mariadb-schema (real MariaDB, real processes)', function () {
  this.timeout(120000);
  const database = `sft_ctl_${process.pid}_${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'sft-ctl-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ mariadb: { host, port: Number(port), user, password, database } }));
  const env = { SHAKENFIST_CONFIG_FILE: configFile };
  const run = (...args: string[]) => execa('node', [sfCtl, 'ensure-mariadb-schema', ...args], { env, reject: false });

  after(async () => {
    await sql(`DROP DATABASE IF EXISTS \`${database}\``);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--check exits 1 before the schema exists', async () => {
    const result = await run('--check');
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /does not exist: run `sf-ctl ensure-mariadb-schema`/);
  });

  it('two concurrent runs end with one schema and no error', async () => {
    const [first, second] = await Promise.all([run(), run()]);
    assert.equal(first.exitCode, 0, first.stderr);
    assert.equal(second.exitCode, 0, second.stderr);
    const outputs = [first.stdout, second.stdout].sort();
    assert.ok(outputs.some((out) => /applied \d+ migration\(s\)/.test(out)), 'one run must apply the migrations');
    assert.ok(outputs.some((out) => /schema already current/.test(out)), 'the other must find the work done');
    const applied = await sql('SELECT COUNT(DISTINCT name) FROM knex_migrations', database);
    assert.equal(await sql('SELECT COUNT(*) FROM knex_migrations', database), applied, 'no migration applied twice');
    assert.equal(await sql("SELECT version FROM schema_versions WHERE component = 'sf'", database), applied);
  });

  it('--check exits 0 once the schema is current, and a rerun changes nothing', async () => {
    const check = await run('--check');
    assert.equal(check.exitCode, 0, check.stderr);
    const again = await run();
    assert.equal(again.exitCode, 0);
    assert.match(again.stdout, /schema already current/);
  });

  it('--check exits 1 when a migration is missing from the database', async () => {
    await sql('DELETE FROM knex_migrations', database);
    const result = await run('--check');
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /pending: 202611261200_initial_schema/);
    assert.match(result.stderr, /run `sf-ctl ensure-mariadb-schema`/);
    assert.equal((await run()).exitCode, 0);
  });

  it('names the key when the configuration is bad', async () => {
    const result = await execa('node', [sfCtl, 'ensure-mariadb-schema'], { env: { ...env, SHAKENFIST_MARIADB_PORT: 'many' }, reject: false });
    assert.notEqual(result.exitCode, 0);
    assert.match(result.stderr, /mariadb\.port \(SHAKENFIST_MARIADB_PORT\)/);
  });

  it('fails clearly when MariaDB cannot be reached', async () => {
    const result = await execa('node', [sfCtl, 'ensure-mariadb-schema'], { env: { ...env, SHAKENFIST_MARIADB_PORT: '1' }, reject: false });
    assert.equal(result.exitCode, 7);
    assert.match(result.stderr, /cannot reach MariaDB at 127\.0\.0\.1:1/);
    assert.equal(result.stdout, '', 'nothing but its own output on stdout');
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack');
  });

  it('tells refused credentials (3) from an unreachable server (7) and a schema behind (1), with --check too', async () => {
    const bad = { ...env, SHAKENFIST_MARIADB_USER: `sft_nobody_${process.pid}`, SHAKENFIST_MARIADB_PASSWORD: 'wrong' };
    for (const args of [[], ['--check']]) {
      const result = await execa('node', [sfCtl, 'ensure-mariadb-schema', ...args], { env: bad, reject: false });
      assert.equal(result.exitCode, 3, result.stderr);
      assert.match(result.stderr, /refused the configured user/);
      assert.equal(result.stdout, '');
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack');
    }
  });
});
