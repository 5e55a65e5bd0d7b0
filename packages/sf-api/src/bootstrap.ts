import { NotFoundError, loadConfig } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';
import { SYSTEM_NAMESPACE } from './internal/auth-hook.js';
import { hashKey, keyMatches } from './internal/keys.js';
import { MAX_KEY_LENGTH } from './routes/namespace-keys.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

/**
 * `sf-api ensure-admin-key <key name>`: the `system` namespace exists and has
 * this key, whose secret is read from stdin (never from the command line,
 * where other users could read it). Run again with the same secret, it
 * changes nothing, so tokens already issued stay valid.
 */
export async function ensureAdminKey(keyName: string): Promise<number> {
  const secret = await readStdin();
  if (secret === '' || secret.length > MAX_KEY_LENGTH) {
    process.stderr.write(`sf-api: the key (on stdin) must be 1 to ${MAX_KEY_LENGTH} characters\n`);
    return 2;
  }
  const config = loadConfig();
  const db = DatabaseClient.fromConfig(config.mariadb_gateway);
  try {
    await db.namespaces.get(SYSTEM_NAMESPACE).catch(async (err: unknown) => {
      if (!(err instanceof NotFoundError)) throw err;
      await db.namespaces.create(SYSTEM_NAMESPACE);
    });
    const current = await db.namespaces.getKey(SYSTEM_NAMESPACE, keyName).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
    if (current !== undefined && (await keyMatches(secret, current.key_hash))) {
      process.stdout.write(`key ${keyName} of ${SYSTEM_NAMESPACE} already set\n`);
      return 0;
    }
    await db.namespaces.setKey(SYSTEM_NAMESPACE, keyName, await hashKey(secret));
    process.stdout.write(`key ${keyName} of ${SYSTEM_NAMESPACE} set\n`);
    return 0;
  } finally {
    db.close();
  }
}
