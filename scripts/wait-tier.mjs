// Waits until every sf-database instance of the configuration answers SERVING
// (unary health Check), or fails after the given seconds.
import { loadConfig } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';

const seconds = Number(process.argv[2] ?? 30);
const client = DatabaseClient.fromConfig(loadConfig().mariadb_gateway);
const stopAt = Date.now() + seconds * 1000;
let last = [];
while (Date.now() < stopAt) {
  last = await client.health(1000);
  if (last.every((endpoint) => endpoint.status === 'SERVING')) {
    client.close();
    process.exit(0);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
client.close();
process.stderr.write(`sf-database tier not serving: ${JSON.stringify(last)}\n`);
process.exit(1);
