import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, unknownEnvKeys } from '../../../src/config/load.js';
import { configKeys, redactedConfig } from '../../../src/config/keys.js';

describe('config', () => {
  let dir: string;
  const missing = (): string => join(dir, 'absent.json');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function loadWithFile(content: unknown, env: Record<string, string> = {}): ReturnType<typeof loadConfig> {
    const file = join(dir, 'config.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return loadConfig({ file, env });
  }

  it('fills every default when nothing is set', () => {
    const config = loadWithFile({});
    assert.equal(config.mariadb_gateway.port, 13005);
    assert.equal(config.mariadb_gateway.metrics_port, 13006);
    assert.deepEqual(config.mariadb_gateway.hosts, ['127.0.0.1']);
    assert.equal(config.api.port, 13000);
    assert.equal(config.api.drain_grace, 25);
    assert.equal(config.log.level, 'info');
  });

  it('takes the file over defaults and the environment over the file', () => {
    const config = loadWithFile({ mariadb: { host: 'db1', port: 3307 } }, { SHAKENFIST_MARIADB_PORT: '3308' });
    assert.equal(config.mariadb.host, 'db1');
    assert.equal(config.mariadb.port, 3308);
  });

  it('splits lists on commas and trims them', () => {
    const config = loadWithFile({}, { SHAKENFIST_MARIADB_GATEWAY_HOSTS: ' 10.0.0.1, 10.0.0.2:13007 ,' });
    assert.deepEqual(config.mariadb_gateway.hosts, ['10.0.0.1', '10.0.0.2:13007']);
  });

  it('names the key and its variable when a value is bad', () => {
    assert.throws(
      () => loadWithFile({}, { SHAKENFIST_MARIADB_PORT: 'seventy' }),
      (err: unknown) => err instanceof ConfigError && /mariadb\.port \(SHAKENFIST_MARIADB_PORT\): must be integer/.test(err.message),
    );
  });

  it('reports every problem at once', () => {
    assert.throws(
      () => loadWithFile({ api: { port: 70000 } }, { SHAKENFIST_LOG_LEVEL: 'loud' }),
      (err: unknown) => err instanceof ConfigError && err.problems.length === 2 && /log\.level .*info/.test(err.message),
    );
  });

  it('refuses unknown keys and sections in the file', () => {
    assert.throws(() => loadWithFile({ mariadb: { hots: 'x' } }), /mariadb\.hots: unknown key/);
    assert.throws(() => loadWithFile({ mariadbb: {} }), /mariadbb: unknown key/);
  });

  it('refuses a file that is not JSON, or a named file that is missing', () => {
    assert.throws(() => loadWithFile('{not json'), /not valid JSON/);
    assert.throws(() => loadConfig({ file: missing(), env: {} }), /cannot be read/);
  });

  it('names where a file stops being JSON without quoting its text, which may hold a secret', () => {
    const secret = 'abcdefabcdefabcdefabcdefabcdefabcdef';
    for (const text of [`{\n "api": { "auth_secret": ${secret} } }`, `{\n "api": { "auth_secret": "${secret}", } }`]) {
      assert.throws(
        () => loadWithFile(text),
        (err: unknown) => err instanceof ConfigError && /not valid JSON/.test(err.message) && !err.message.includes('abcdef'),
      );
    }
    assert.throws(() => loadWithFile('{\n "api": {},\n}'), /not valid JSON at line 3, column 1/);
  });

  it('refuses a number in the environment that is not plain decimal, which ajv alone would coerce', () => {
    for (const raw of ['0x10', '1e3', ' 5', '0b11']) {
      assert.throws(() => loadWithFile({}, { SHAKENFIST_API_PORT: raw }), (err: unknown) => err instanceof ConfigError && /api\.port \(SHAKENFIST_API_PORT\): must be a decimal number/.test(err.message), JSON.stringify(raw));
    }
    assert.equal(loadWithFile({}, { SHAKENFIST_API_PORT: '13500', SHAKENFIST_API_DRAIN_GRACE: '2.5' }).api.drain_grace, 2.5, 'control');
  });

  it('names SHAKENFIST_<SECTION>_* variables that are no key, but not the client settings', () => {
    const env = { SHAKENFIST_MARIADB_PASSWD: 'x', SHAKENFIST_MARIADB_PASSWORD: 'x', SHAKENFIST_API_URL: 'http://x', SHAKENFIST_KEY: 'k', SHAKENFIST_CLUSTER_TICK: '5', PATH: '/bin' };
    assert.deepEqual(unknownEnvKeys(env), ['SHAKENFIST_CLUSTER_TICK', 'SHAKENFIST_MARIADB_PASSWD']);
  });

  it('ignores SHAKENFIST_* variables that are not configuration keys (client settings)', () => {
    const config = loadWithFile({}, { SHAKENFIST_API_URL: 'http://x', SHAKENFIST_KEY: 'k' });
    assert.equal(config.api.port, 13000);
  });

  it('maps every key mechanically to SHAKENFIST_SECTION_KEY', () => {
    for (const key of configKeys()) {
      assert.equal(key.env, `SHAKENFIST_${key.section}_${key.name}`.toUpperCase());
      assert.notEqual(key.description, '', `${key.section}.${key.name} has no description`);
    }
  });

  it('redacts secrets in the loggable view only', () => {
    const config = loadWithFile({ mariadb: { password: 'hunter2' } });
    assert.equal(redactedConfig(config).mariadb.password, '[redacted]');
    assert.equal(config.mariadb.password, 'hunter2');
  });
});
