import { parseArgs } from 'node:util';
import { cliExitCode, cliMessage, createLogger, loadConfig } from '@sf/common';
import { checkSchema, ensureSchema } from './schema/migrate.js';
import { serve } from './serve.js';

const USAGE = `usage: sf-database <command>

commands:
  migrate           create the database if needed and apply pending migrations (idempotent)
  migrate --check   exit 0 when the schema is current, 1 when it is behind or absent
  serve             serve the gRPC tier (port mariadb_gateway.port, metrics on
                    mariadb_gateway.metrics_port, bound to node.mesh_ip); refuses
                    to start unless the schema is exactly the one this build expects
`;

async function migrate(check: boolean): Promise<number> {
  const config = loadConfig();
  if (check) {
    const { problem, status } = await checkSchema(config.mariadb);
    if (problem !== undefined) {
      process.stderr.write(`sf-database: ${problem}\n`);
      return 1;
    }
    process.stdout.write(`schema is current (version ${status?.recordedVersion ?? 0})\n`);
    return 0;
  }
  const log = createLogger({ name: 'sf-database', level: config.log.level, destination: process.stderr });
  const result = await ensureSchema(config.mariadb, log);
  process.stdout.write(
    result.applied.length === 0
      ? `schema already current (version ${result.version})\n`
      : `applied ${result.applied.length} migration(s); schema version ${result.version}\n`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (err) {
    process.stderr.write(`sf-database: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'migrate':
      return migrate(values.check);
    case 'serve':
      return serve();
    default:
      process.stderr.write(`sf-database: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`sf-database: ${cliMessage(err)}\n`);
    process.exitCode = cliExitCode(err);
  },
);
