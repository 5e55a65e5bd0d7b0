import { runAll, type Migration } from './migration.js';

/**
 * From a review of the queries as sent:
 * - lists of one namespace page by uuid, which `(namespace, name)` cannot
 *   give in order: each page sorted the whole namespace;
 * - the work queue takes operations whose lease lapsed by `(state, lease_expires)`
 *   rather than reading every claimed row of a node or role;
 * - metadata keys and key names compare exactly: under the case- and
 *   accent-insensitive collation setting `Role` replaced `role`, and
 *   `utf8mb4_bin` pads, so `deploy ` was `deploy`. No two stored names are
 *   equal under the old collations, so none collide under the exact one;
 * - a pool name holds `console_port:` and a node name of up to 255 characters.
 */
const statements = [
  `ALTER TABLE instances ADD INDEX IF NOT EXISTS instances_namespace_uuid (namespace, uuid), ALGORITHM=INPLACE, LOCK=NONE`,
  `ALTER TABLE networks ADD INDEX IF NOT EXISTS networks_namespace_uuid (namespace, uuid), ALGORITHM=INPLACE, LOCK=NONE`,
  `ALTER TABLE cluster_operations ADD INDEX IF NOT EXISTS cluster_operations_state_lease (state, lease_expires), ALGORITHM=INPLACE, LOCK=NONE`,
  `ALTER TABLE object_metadata MODIFY meta_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL`,
  `ALTER TABLE namespace_keys MODIFY key_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL`,
  `ALTER TABLE resource_pool_allocations MODIFY pool_name VARCHAR(320) NOT NULL
     COMMENT 'vxlan, mac, ipv4:<network>, console_port:<node>, vsock_cid:<node>, ...'`,
];

export const reviewIndexesAndExactNames: Migration = {
  name: '202611270300_review_indexes_and_exact_names',
  up: (db) => runAll(db, statements),
};
