import { spawnApi as spawnTierApi, type ApiProcess } from '@sf/tools/api';
import type { Tier } from '@sf/tools/tier';
import { SECRET } from './stack.js';

export type { ApiProcess };

/** The real bin on the test tier, signing with the tests' secret. */
export function spawnApi(tier: Tier, extraEnv: Record<string, string> = {}): Promise<ApiProcess> {
  return spawnTierApi(tier, { authSecret: SECRET, env: extraEnv });
}
