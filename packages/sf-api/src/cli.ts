import { parseArgs } from 'node:util';
import { isSfError, reportFailure } from '@sf/common';
import { ensureAdminKey } from './bootstrap.js';
import { serve } from './server.js';

const USAGE = `usage: sf-api <command>

commands:
  serve                     serve the REST API (api.port; metrics on api.metrics_port)
  ensure-admin-key <name>   create the system namespace if needed and give it this key,
                            the secret read from stdin (idempotent)
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  const [command] = positionals;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === undefined || command === 'serve') return serve();
  if (command === 'ensure-admin-key' && positionals[1] !== undefined) return ensureAdminKey(positionals[1]);
  process.stderr.write(`sf-api: unknown command "${command}"\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    reportFailure('sf-api', isSfError(err) ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
