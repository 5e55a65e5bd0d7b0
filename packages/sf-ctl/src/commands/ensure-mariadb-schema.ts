import { Flags } from '@oclif/core';
import { SfCommand } from '../internal/command.js';
import { runSibling } from '../internal/sibling-binary.js';

export default class EnsureMariadbSchema extends SfCommand {
  static override summary = 'Create or upgrade the MariaDB schema of the cluster.';

  static override description = `Connects with the configured MariaDB settings (SHAKENFIST_MARIADB_HOST, _PORT, _USER, _PASSWORD, _DATABASE or /etc/sf/config.json), checks the server is compatible (MariaDB 10.11 or later, InnoDB, utf8mb4), takes a lock so concurrent runs serialise, applies pending migrations and records the schema version. Safe to run again: a current schema is left alone. sf-database refuses to start until this has run.`;

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --check'];

  static override flags = {
    check: Flags.boolean({
      summary: 'Change nothing; exit 0 when the schema is current and 1 when it is behind or absent.',
      default: false,
    }),
  };

  // sf-ctl never imports sf-database: the database package is the only one
  // with SQL in it, so this command runs its binary.
  async run(): Promise<void> {
    const { flags } = await this.parse(EnsureMariadbSchema);
    const code = await runSibling('sf-database', flags.check ? ['migrate', '--check'] : ['migrate']);
    if (code !== 0) this.exit(code);
  }
}
