import { Flags } from '@oclif/core';
import { SfCommand } from '../../internal/command.js';
import { loadConfig } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';

export default class AdminPools extends SfCommand {
  static override summary = 'Show how full each allocator pool is (VXLAN ids, MACs, addresses, ports, vsock CIDs).';

  static override description = `Reads the sf-database tier named by the configuration (mariadb_gateway.hosts). Admin commands talk to the tier directly, so they run on a cluster node with its configuration.`;

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --prefix ipv4: --json'];

  static override flags = {
    prefix: Flags.string({ summary: 'Only pools whose name starts with this.', default: '' }),
    json: Flags.boolean({ summary: 'Print JSON.', default: false }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(AdminPools);
    const client = DatabaseClient.fromConfig(loadConfig().mariadb_gateway);
    try {
      const pools = await client.allocations.usage(flags.prefix);
      if (flags.json) {
        this.log(JSON.stringify(pools, null, 2));
        return;
      }
      this.log(['pool', 'size', 'used', 'leased', 'expired'].join('\t'));
      for (const pool of pools) this.log([pool.pool, pool.size < 0 ? 'unknown' : pool.size, pool.used, pool.leased, pool.expired].join('\t'));
    } finally {
      client.close();
    }
  }
}
