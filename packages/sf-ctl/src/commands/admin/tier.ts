import { Flags } from '@oclif/core';
import { SfCommand } from '../../internal/command.js';
import { loadConfig } from '@sf/common';
import { API_REVISION, DatabaseClient } from '@sf/database-client';

export default class AdminTier extends SfCommand {
  static override summary = 'Show each sf-database instance: whether it serves, and the API revision it speaks.';

  static override description = `Asks every instance named by the configuration (mariadb_gateway.hosts) for its health. Exits 1 when one does not serve or speaks an older API revision than this build needs, so an upgrade script can wait for the tier before it moves on to sf-cluster and sf-api (docs/upgrading.md). A configuration it cannot use exits 2.`;

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --json'];

  static override flags = {
    json: Flags.boolean({ summary: 'Print JSON.', default: false }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(AdminTier);
    const gateway = loadConfig().mariadb_gateway;
    const client = DatabaseClient.fromConfig(gateway);
    let health: Awaited<ReturnType<DatabaseClient['health']>>;
    try {
      health = await client.health(gateway.deadline_ms);
    } finally {
      client.close();
    }
    const instances = health.map((h) => ({ ...h, ready: h.status === 'SERVING' && (h.revision ?? 0) >= API_REVISION }));
    if (flags.json) {
      this.log(JSON.stringify({ needs_revision: API_REVISION, instances }, null, 2));
    } else {
      this.log(['address', 'status', 'revision', `ready (needs ${API_REVISION})`].join('\t'));
      for (const i of instances) this.log([i.address, i.status, i.revision ?? '-', i.ready ? 'yes' : 'no'].join('\t'));
    }
    if (!instances.every((i) => i.ready)) this.exit(1);
  }
}
