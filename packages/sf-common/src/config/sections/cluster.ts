import type { JSONSchemaType } from 'ajv';

export interface ClusterConfig {
  tick_seconds: number;
  lock_lease_seconds: number;
  reap_interval_seconds: number;
  reclaim_interval_seconds: number;
  abandoned_create_seconds: number;
  abandoned_interval_seconds: number;
  cleaner_delay_seconds: number;
  purge_interval_seconds: number;
  operation_retention_seconds: number;
  metrics_port: number;
  shutdown_timeout: number;
}

export const clusterSection: JSONSchemaType<ClusterConfig> = {
  type: 'object',
  description: 'sf-cluster, the elected maintainer.',
  properties: {
    tick_seconds: {
      type: 'number',
      minimum: 0.1,
      maximum: 60,
      default: 5,
      description: 'Pause between passes of the main loop; the leader also renews its lease this often during a long pass. The systemd watchdog is pinged from the loop, between jobs and between the objects a job works on.',
    },
    lock_lease_seconds: {
      type: 'integer',
      minimum: 3,
      maximum: 600,
      default: 60,
      description:
        'Lease of the maintainer lock; a standby takes over this long after the leader stops renewing it. The leader counts it from before it asked, less mariadb_gateway.deadline_ms, and stops working when that runs out. sf-cluster refuses to start unless it is at least 3 × tick_seconds + mariadb_gateway.deadline_ms / 1000.',
    },
    reap_interval_seconds: { type: 'number', minimum: 0.1, maximum: 3600, default: 30, description: 'How often reservations whose creator died (lapsed lease) are released.' },
    reclaim_interval_seconds: { type: 'number', minimum: 0.1, maximum: 3600, default: 60, description: 'How often lapsed leased allocations are deleted.' },
    abandoned_create_seconds: {
      type: 'integer',
      minimum: 30,
      maximum: 86400,
      default: 600,
      description:
        "A create or delete (instance or network) that has not queued its work this long after it began, by the database's clock, is abandoned (its sf-api died): the addresses and ids a create took are leased for this long, and sf-cluster then moves the object to error and gives back what it held, or queues the teardown of the delete. Keep it well above the time a create takes to queue its work: a create still running when it is reached is failed.",
    },
    abandoned_interval_seconds: { type: 'number', minimum: 0.1, maximum: 3600, default: 60, description: 'How often sf-cluster looks for abandoned creates and deletes.' },
    cleaner_delay_seconds: {
      type: 'integer',
      minimum: 0,
      maximum: 2592000,
      default: 3600,
      description:
        "Shaken Fist's CLEANER_DELAY: a deleted instance, network or namespace stays readable by UUID (or name) this long, then sf-cluster purges it. Clients poll a deleted instance until they read `deleted`, so keep it well above their polling time. An object that still holds something (a VNI its network worker has not given back, say) is purged only once it holds nothing, and a namespace only after every object that names it.",
    },
    purge_interval_seconds: { type: 'number', minimum: 0.1, maximum: 86400, default: 300, description: 'How often sf-cluster purges deleted objects older than cleaner_delay_seconds, and finished work older than operation_retention_seconds.' },
    operation_retention_seconds: {
      type: 'integer',
      minimum: 86400,
      maximum: 31536000,
      default: 604800,
      description: 'How long finished work (a complete or failed operation of the work queue) is kept, by the database\'s clock, before sf-cluster deletes it (the newest operation of each instance or network that still exists is always kept); at least a day, as long as sf-api keeps an Idempotency-Key.',
    },
    metrics_port: { type: 'integer', minimum: 1, maximum: 65535, default: 13002, description: 'Prometheus metrics port of sf-cluster, bound to node.mesh_ip; every instance serves it, leader or standby.' },
    shutdown_timeout: { type: 'number', minimum: 0, maximum: 600, default: 10, description: 'Seconds sf-cluster, sent SIGTERM, waits for the pass in hand to stop. It then releases the lease, or leaves it to lapse if the pass did not stop (a write of that pass may still be on its way), and exits by itself at the latest 2 x mariadb_gateway.deadline_ms + 1 s after that.' },
  },
  required: ['tick_seconds', 'lock_lease_seconds', 'reap_interval_seconds', 'reclaim_interval_seconds', 'abandoned_create_seconds', 'abandoned_interval_seconds', 'cleaner_delay_seconds', 'purge_interval_seconds', 'operation_retention_seconds', 'metrics_port', 'shutdown_timeout'],
  additionalProperties: false,
};
