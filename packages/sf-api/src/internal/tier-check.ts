import { API_REVISION, type DatabaseClient } from '@sf/database-client';
import type { CheckResult } from './readiness.js';

/**
 * The readiness check of the database tier: ready while some sf-database
 * serves. One that speaks an older API revision than this build still
 * serves reads, so it does not make sf-api unready; but the calls that need
 * the newer revision are not sent to it, and fail when no endpoint has it
 * (sf-database must be upgraded first). That is a warning in /healthz.
 */
export async function checkTier(db: Pick<DatabaseClient, 'health'>, timeoutMs: number): Promise<CheckResult> {
  const serving = (await db.health(timeoutMs)).filter((h) => h.status === 'SERVING');
  const warnings = serving
    .filter((h) => (h.revision ?? 0) < API_REVISION)
    .map((h) => `sf-database ${h.address} speaks API revision ${h.revision ?? 0}, older than this sf-api's ${API_REVISION}: calls that need a later revision are not sent to it (docs/upgrading.md); upgrade sf-database first`);
  return { passed: serving.length > 0, warnings };
}
