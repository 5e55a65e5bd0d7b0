import type { JSONSchemaType } from 'ajv';

export interface SchedulerConfig {
  cpu_overcommit_ratio: number;
  memory_overcommit_ratio: number;
  memory_system_reserved_mib: number;
  disk_overcommit_ratio: number;
  weighting: 'spread' | 'pack';
  reservation_lease_seconds: number;
  node_stale_seconds: number;
  diagnostic: boolean;
  snapshot_ttl_ms: number;
  reconcile_interval_seconds: number;
  console_port_min: number;
  console_port_max: number;
}

export const schedulerSection: JSONSchemaType<SchedulerConfig> = {
  type: 'object',
  description: 'Placement by reservation and the generic allocator.',
  properties: {
    cpu_overcommit_ratio: { type: 'number', minimum: 0.1, maximum: 64, default: 16, description: 'vCPUs schedulable per host CPU.' },
    memory_overcommit_ratio: { type: 'number', minimum: 0.1, maximum: 16, default: 1.5, description: 'Guest memory schedulable per MiB of host memory (after the system reservation).' },
    memory_system_reserved_mib: { type: 'integer', minimum: 0, default: 4096, description: 'Host memory kept back for the hypervisor itself, in MiB.' },
    disk_overcommit_ratio: { type: 'number', minimum: 0.1, maximum: 16, default: 1, description: 'Instance disk schedulable per GiB of the node\'s instance storage.' },
    weighting: { type: 'string', enum: ['spread', 'pack'], default: 'spread', description: 'spread: emptiest node first; pack: fullest node that fits first.' },
    reservation_lease_seconds: { type: 'integer', minimum: 10, maximum: 86400, default: 600, description: 'A reservation not consumed within this many seconds (its creator died) is released by the reaper.' },
    node_stale_seconds: { type: 'integer', minimum: 10, maximum: 86400, default: 120, description: 'A node without a heartbeat for this long is not a placement candidate.' },
    diagnostic: { type: 'boolean', default: false, description: 'Log every node\'s rejection reason on every placement.' },
    snapshot_ttl_ms: { type: 'integer', minimum: 0, maximum: 60000, default: 1000, description: 'How long a scheduler reuses its snapshot of the nodes (a hint only: the claim decides); 0 takes a fresh one per placement.' },
    reconcile_interval_seconds: { type: 'integer', minimum: 10, maximum: 86400, default: 300, description: 'How often the maintainer recomputes the capacity counters from the reservations.' },
    console_port_min: { type: 'integer', minimum: 1024, maximum: 65535, default: 30000, description: 'First port of each node\'s serial console and VDI port pool.' },
    console_port_max: { type: 'integer', minimum: 1024, maximum: 65535, default: 50000, description: 'Last port of each node\'s serial console and VDI port pool.' },
  },
  required: [
    'cpu_overcommit_ratio', 'memory_overcommit_ratio', 'memory_system_reserved_mib', 'disk_overcommit_ratio', 'weighting',
    'reservation_lease_seconds', 'node_stale_seconds', 'diagnostic', 'snapshot_ttl_ms', 'reconcile_interval_seconds', 'console_port_min', 'console_port_max',
  ],
  additionalProperties: false,
};
