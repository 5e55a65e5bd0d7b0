import { ConfigError, envName, type SfConfig } from '@sf/common';

const key = (section: string, name: string): string => `${section}.${name} (${envName(section, name)})`;

/**
 * The lease must outlive three ticks (renewals missed in a row before a
 * standby takes over) plus one tier call in flight, which this process
 * takes off the lease as it counts it: a shorter lease would have the
 * leader give up between two renewals, or never count itself leader.
 * Across sections, so the schema cannot say it.
 */
export function checkClusterConfig(config: Pick<SfConfig, 'cluster' | 'mariadb_gateway'>): void {
  const { tick_seconds: tick, lock_lease_seconds: lease } = config.cluster;
  const deadlineSeconds = config.mariadb_gateway.deadline_ms / 1000;
  const least = 3 * tick + deadlineSeconds;
  if (lease >= least) return;
  throw new ConfigError([
    `${key('cluster', 'lock_lease_seconds')}: ${lease} is too short for ${key('cluster', 'tick_seconds')} ${tick}: ` +
      `it must be at least 3 × tick_seconds + ${key('mariadb_gateway', 'deadline_ms')} / 1000 = ${least} s`,
  ]);
}
