import { configKeys } from './keys.js';

/** Markdown reference of every key; docs/reference/config.md is this output, checked by a test. */
export function renderConfigDocs(): string {
  const lines = [
    '# Configuration reference',
    '',
    'Generated from `packages/sf-common/src/config/schema.ts` by `npm run docs:config`; do not edit by hand.',
    '',
    'Precedence: defaults < `/etc/sf/config.json` (or the file named by `SHAKENFIST_CONFIG_FILE`) < environment.',
    'The file holds one JSON object per section, e.g. `{"mariadb": {"host": "db1", "port": 3306}}`.',
    'Lists are comma-separated in the environment, and numbers plain decimals (`0x10` or `1e3` are refused).',
    'A bad value stops the process at start, naming the key; a `SHAKENFIST_<SECTION>_*` variable that is no key is logged as a warning and ignored.',
    '',
    '| key | environment | type | default | description |',
    '|---|---|---|---|---|',
  ];
  for (const key of configKeys()) {
    const shown = key.secret ? '(secret)' : JSON.stringify(key.default);
    lines.push(`| \`${key.section}.${key.name}\` | \`${key.env}\` | ${key.type} | \`${shown}\` | ${key.description} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(renderConfigDocs());
}
