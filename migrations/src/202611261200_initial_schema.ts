import { TABLE_OPTIONS, runAll, type Migration } from './migration.js';

/**
 * The first schema: every object type of the data model. Each statement is
 * IF NOT EXISTS because MariaDB DDL is not transactional: a run killed half
 * way is finished by the next one. Conventions (see
 * docs/database.md): object tables carry uuid, namespace, name, state,
 * state_updated, generation and created; states are VARCHAR, never ENUM, so
 * adding a state is not a table rebuild; times are DATETIME(6) in UTC.
 */
const OBJECT_COLUMNS = `
  state VARCHAR(32) NOT NULL,
  state_updated DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  generation BIGINT UNSIGNED NOT NULL DEFAULT 1,
  created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)`;

const statements = [
  `CREATE TABLE IF NOT EXISTS namespaces (
    name VARCHAR(255) NOT NULL,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (name),
    KEY namespaces_state (state)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS namespace_keys (
    namespace VARCHAR(255) NOT NULL,
    key_name VARCHAR(255) NOT NULL,
    key_hash VARCHAR(255) NOT NULL COMMENT 'scrypt hash with its salt and parameters; never the key',
    nonce CHAR(36) NOT NULL COMMENT 'changes whenever the key is set, revoking tokens minted before',
    created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    generation BIGINT UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (namespace, key_name),
    CONSTRAINT namespace_keys_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name) ON DELETE CASCADE
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS namespace_trusts (
    namespace VARCHAR(255) NOT NULL,
    trusted_namespace VARCHAR(255) NOT NULL COMMENT 'may see objects of namespace',
    created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (namespace, trusted_namespace),
    KEY namespace_trusts_trusted (trusted_namespace),
    CONSTRAINT namespace_trusts_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name) ON DELETE CASCADE,
    CONSTRAINT namespace_trusts_trusted FOREIGN KEY (trusted_namespace) REFERENCES namespaces (name) ON DELETE CASCADE
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS nodes (
    name VARCHAR(255) NOT NULL COMMENT 'a node is known by its name; it is the uuid of its REST view',
    fqdn VARCHAR(255) NOT NULL,
    mesh_ip VARCHAR(45) NOT NULL,
    roles JSON NOT NULL DEFAULT ('[]') COMMENT 'hypervisor, network, database, ...',
    cpus INT UNSIGNED NOT NULL DEFAULT 0,
    memory_mib BIGINT UNSIGNED NOT NULL DEFAULT 0,
    disk_gib BIGINT UNSIGNED NOT NULL DEFAULT 0,
    software_version VARCHAR(64) NOT NULL DEFAULT '',
    last_seen DATETIME(6) NULL,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (name),
    KEY nodes_state (state),
    CONSTRAINT nodes_roles_json CHECK (JSON_VALID(roles))
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS scheduler_node_capacity (
    node VARCHAR(255) NOT NULL,
    cpus_limit INT UNSIGNED NOT NULL COMMENT 'after the overcommit ratio',
    cpus_used INT UNSIGNED NOT NULL DEFAULT 0,
    memory_mib_limit BIGINT UNSIGNED NOT NULL,
    memory_mib_used BIGINT UNSIGNED NOT NULL DEFAULT 0,
    disk_gib_limit BIGINT UNSIGNED NOT NULL,
    disk_gib_used BIGINT UNSIGNED NOT NULL DEFAULT 0,
    generation BIGINT UNSIGNED NOT NULL DEFAULT 1,
    updated DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (node),
    CONSTRAINT scheduler_node_capacity_node FOREIGN KEY (node) REFERENCES nodes (name) ON DELETE CASCADE
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS namespace_quotas (
    namespace VARCHAR(255) NOT NULL,
    cpus_limit INT UNSIGNED NULL COMMENT 'NULL means no ceiling',
    cpus_used INT UNSIGNED NOT NULL DEFAULT 0,
    memory_mib_limit BIGINT UNSIGNED NULL,
    memory_mib_used BIGINT UNSIGNED NOT NULL DEFAULT 0,
    disk_gib_limit BIGINT UNSIGNED NULL,
    disk_gib_used BIGINT UNSIGNED NOT NULL DEFAULT 0,
    instances_limit INT UNSIGNED NULL,
    instances_used INT UNSIGNED NOT NULL DEFAULT 0,
    generation BIGINT UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (namespace),
    CONSTRAINT namespace_quotas_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name) ON DELETE CASCADE
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS networks (
    uuid CHAR(36) NOT NULL,
    namespace VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    vxid INT UNSIGNED NULL COMMENT 'the VXLAN network id, taken from the allocator pool vxlan',
    netblock VARCHAR(43) NOT NULL,
    provide_dhcp TINYINT(1) NOT NULL DEFAULT 1,
    provide_nat TINYINT(1) NOT NULL DEFAULT 1,
    provide_dns TINYINT(1) NOT NULL DEFAULT 0,
    carrier_node VARCHAR(255) NULL COMMENT 'node holding the gateway, DHCP and NAT',
    egress_ipv4 VARCHAR(15) NULL,
    error_message TEXT NULL,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (uuid),
    UNIQUE KEY networks_vxid (vxid),
    KEY networks_namespace_name (namespace, name),
    KEY networks_state (state),
    CONSTRAINT networks_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name),
    CONSTRAINT networks_carrier FOREIGN KEY (carrier_node) REFERENCES nodes (name)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS instances (
    uuid CHAR(36) NOT NULL,
    namespace VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    cpus INT UNSIGNED NOT NULL,
    memory_mib BIGINT UNSIGNED NOT NULL,
    disk_spec JSON NOT NULL COMMENT 'ordered disks: base, size (GiB), bus, type',
    video JSON NOT NULL DEFAULT ('{"model":"cirrus","memory":16384,"vdi":"spice"}'),
    uefi TINYINT(1) NOT NULL DEFAULT 0,
    secure_boot TINYINT(1) NOT NULL DEFAULT 0,
    nvram_template VARCHAR(255) NULL,
    configdrive VARCHAR(32) NOT NULL DEFAULT 'openstack-disk',
    ssh_key TEXT NULL,
    user_data MEDIUMTEXT NULL,
    requested_node VARCHAR(255) NULL,
    node VARCHAR(255) NULL COMMENT 'placement, set by the reservation',
    affinity JSON NULL,
    power_state VARCHAR(32) NULL,
    power_state_previous VARCHAR(32) NULL,
    power_state_updated DATETIME(6) NULL,
    console_port INT UNSIGNED NULL,
    vdi_port INT UNSIGNED NULL,
    vsock_cid INT UNSIGNED NULL,
    error_message TEXT NULL,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (uuid),
    KEY instances_namespace_name (namespace, name),
    KEY instances_state (state),
    KEY instances_node (node),
    CONSTRAINT instances_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name),
    CONSTRAINT instances_node FOREIGN KEY (node) REFERENCES nodes (name),
    CONSTRAINT instances_disk_spec_json CHECK (JSON_VALID(disk_spec))
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS network_interfaces (
    uuid CHAR(36) NOT NULL,
    namespace VARCHAR(255) NOT NULL,
    network_uuid CHAR(36) NOT NULL,
    instance_uuid CHAR(36) NOT NULL,
    macaddr CHAR(17) NOT NULL COMMENT 'lower case, colon separated; unique through the allocator pool mac',
    ipv4 VARCHAR(15) NULL,
    iface_order INT UNSIGNED NOT NULL,
    model VARCHAR(32) NOT NULL DEFAULT 'virtio',
    floating VARCHAR(15) NULL,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (uuid),
    KEY network_interfaces_network (network_uuid),
    KEY network_interfaces_instance (instance_uuid, iface_order),
    KEY network_interfaces_state (state),
    CONSTRAINT network_interfaces_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name),
    CONSTRAINT network_interfaces_network FOREIGN KEY (network_uuid) REFERENCES networks (uuid),
    CONSTRAINT network_interfaces_instance FOREIGN KEY (instance_uuid) REFERENCES instances (uuid)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS blobs (
    uuid CHAR(36) NOT NULL,
    size BIGINT UNSIGNED NOT NULL DEFAULT 0,
    sha256 CHAR(64) NULL,
    modified DATETIME(6) NULL,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (uuid),
    KEY blobs_sha256 (sha256),
    KEY blobs_state (state)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS blob_locations (
    blob_uuid CHAR(36) NOT NULL,
    node VARCHAR(255) NOT NULL,
    created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (blob_uuid, node),
    KEY blob_locations_node (node),
    CONSTRAINT blob_locations_blob FOREIGN KEY (blob_uuid) REFERENCES blobs (uuid) ON DELETE CASCADE,
    CONSTRAINT blob_locations_node FOREIGN KEY (node) REFERENCES nodes (name) ON DELETE CASCADE
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS artifacts (
    uuid CHAR(36) NOT NULL,
    namespace VARCHAR(255) NOT NULL,
    artifact_type VARCHAR(32) NOT NULL COMMENT 'image, snapshot, label, other',
    source_url VARCHAR(2048) NOT NULL,
    max_versions INT UNSIGNED NOT NULL DEFAULT 3,
    shared TINYINT(1) NOT NULL DEFAULT 0,
    ${OBJECT_COLUMNS},
    PRIMARY KEY (uuid),
    KEY artifacts_namespace_type (namespace, artifact_type),
    KEY artifacts_state (state),
    CONSTRAINT artifacts_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS artifact_versions (
    artifact_uuid CHAR(36) NOT NULL,
    version_index INT UNSIGNED NOT NULL,
    blob_uuid CHAR(36) NOT NULL,
    created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (artifact_uuid, version_index),
    KEY artifact_versions_blob (blob_uuid),
    CONSTRAINT artifact_versions_artifact FOREIGN KEY (artifact_uuid) REFERENCES artifacts (uuid) ON DELETE CASCADE,
    CONSTRAINT artifact_versions_blob FOREIGN KEY (blob_uuid) REFERENCES blobs (uuid)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS object_metadata (
    object_type VARCHAR(32) NOT NULL,
    object_ref VARCHAR(255) NOT NULL COMMENT 'uuid, or name for namespaces and nodes',
    meta_key VARCHAR(255) NOT NULL,
    value JSON NOT NULL,
    updated DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (object_type, object_ref, meta_key),
    CONSTRAINT object_metadata_value_json CHECK (JSON_VALID(value))
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS events (
    event_uuid CHAR(36) NOT NULL,
    event_type VARCHAR(32) NOT NULL,
    timestamp DOUBLE NOT NULL COMMENT 'seconds since the epoch',
    fqdn VARCHAR(255) NOT NULL,
    duration DOUBLE NULL,
    message TEXT NOT NULL,
    extra JSON NULL,
    request_id VARCHAR(64) NULL,
    PRIMARY KEY (event_uuid),
    KEY events_type_time (event_type, timestamp),
    KEY events_request (request_id)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS event_objects (
    object_type VARCHAR(32) NOT NULL,
    object_uuid VARCHAR(255) NOT NULL,
    event_uuid CHAR(36) NOT NULL,
    timestamp DOUBLE NOT NULL COMMENT 'copied from the event so a per-object read is newest first on the index alone',
    PRIMARY KEY (object_type, object_uuid, event_uuid),
    KEY event_objects_object_time (object_type, object_uuid, timestamp),
    KEY event_objects_event (event_uuid)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS cluster_operations (
    uuid CHAR(36) NOT NULL,
    operation_type VARCHAR(64) NOT NULL,
    namespace VARCHAR(255) NULL,
    target_node VARCHAR(255) NULL COMMENT 'exactly one of target_node and target_role is set',
    target_role VARCHAR(32) NULL,
    priority SMALLINT UNSIGNED NOT NULL DEFAULT 20 COMMENT 'lane: user_waiting 10, user_facing 20, background 30',
    payload JSON NOT NULL DEFAULT ('{}'),
    coalesce_key CHAR(64) NULL COMMENT 'sha256 of type, target and payload while queued; NULL once claimed, so UNIQUE only holds among queued operations',
    ${OBJECT_COLUMNS},
    scheduled_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    claimed_by VARCHAR(255) NULL,
    lease_expires DATETIME(6) NULL,
    attempts INT UNSIGNED NOT NULL DEFAULT 0,
    error JSON NULL COMMENT 'ErrorReport: code, message, details',
    request_id VARCHAR(64) NULL,
    PRIMARY KEY (uuid),
    UNIQUE KEY cluster_operations_coalesce (coalesce_key),
    KEY cluster_operations_node_queue (target_node, state, priority, scheduled_at),
    KEY cluster_operations_role_queue (target_role, state, priority, scheduled_at),
    KEY cluster_operations_state (state),
    CONSTRAINT cluster_operations_one_target CHECK ((target_node IS NULL) <> (target_role IS NULL)),
    CONSTRAINT cluster_operations_payload_json CHECK (JSON_VALID(payload))
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS cluster_operation_targets (
    operation_uuid CHAR(36) NOT NULL,
    object_type VARCHAR(32) NOT NULL,
    object_uuid VARCHAR(255) NOT NULL,
    PRIMARY KEY (operation_uuid, object_type, object_uuid),
    KEY cluster_operation_targets_object (object_type, object_uuid),
    CONSTRAINT cluster_operation_targets_operation FOREIGN KEY (operation_uuid) REFERENCES cluster_operations (uuid) ON DELETE CASCADE
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS node_reservations (
    uuid CHAR(36) NOT NULL,
    instance_uuid VARCHAR(36) NOT NULL COMMENT 'VARCHAR: MariaDB refuses a generated column over CHAR (its value would depend on PAD_CHAR_TO_FULL_LENGTH)',
    node VARCHAR(255) NOT NULL,
    namespace VARCHAR(255) NOT NULL,
    cpus INT UNSIGNED NOT NULL,
    memory_mib BIGINT UNSIGNED NOT NULL,
    disk_gib BIGINT UNSIGNED NOT NULL,
    ${OBJECT_COLUMNS},
    lease_expires DATETIME(6) NULL COMMENT 'a reserved row past this is released by the reaper; NULL once consumed',
    live_instance_uuid VARCHAR(36) AS (IF(state <> 'released', instance_uuid, NULL)) PERSISTENT
      COMMENT 'UNIQUE: an instance holds at most one live reservation',
    PRIMARY KEY (uuid),
    UNIQUE KEY node_reservations_live_instance (live_instance_uuid),
    KEY node_reservations_node_state (node, state),
    KEY node_reservations_state_lease (state, lease_expires),
    CONSTRAINT node_reservations_node FOREIGN KEY (node) REFERENCES nodes (name),
    CONSTRAINT node_reservations_namespace FOREIGN KEY (namespace) REFERENCES namespaces (name)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS resource_pool_allocations (
    pool_name VARCHAR(128) NOT NULL COMMENT 'vxlan, mac, ipv4:<network>, console_port:<node>, vsock_cid:<node>, ...',
    value VARCHAR(64) NOT NULL COMMENT 'canonical text of the value: decimal, lower-case MAC, dotted quad',
    owner_type VARCHAR(32) NOT NULL,
    owner_uuid VARCHAR(255) NOT NULL,
    purpose VARCHAR(64) NOT NULL DEFAULT '',
    allocated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at DATETIME(6) NULL COMMENT 'NULL: permanent until released; else a renewable lease',
    generation BIGINT UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (pool_name, value),
    KEY resource_pool_allocations_owner (owner_type, owner_uuid)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS cluster_locks (
    name VARCHAR(255) NOT NULL,
    holder VARCHAR(255) NOT NULL,
    acquired_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at DATETIME(6) NOT NULL COMMENT 'set from the server clock; no index, it widened gap locks into deadlocks',
    generation BIGINT UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (name)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE IF NOT EXISTS schema_versions (
    component VARCHAR(64) NOT NULL,
    version INT UNSIGNED NOT NULL,
    migration VARCHAR(255) NOT NULL COMMENT 'name of the last migration applied',
    applied_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (component)
  ) ${TABLE_OPTIONS}`,
];

export const initialSchema: Migration = {
  name: '202611261200_initial_schema',
  up: (db) => runAll(db, statements),
};
