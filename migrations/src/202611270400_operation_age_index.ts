import { runAll, type Migration } from './migration.js';

/**
 * Finished work is pruned by the age of its state (PruneOperations): without
 * this index each pass read every finished operation to find the old ones.
 */
const statements = [
  `ALTER TABLE cluster_operations ADD INDEX IF NOT EXISTS cluster_operations_state_updated (state, state_updated), ALGORITHM=INPLACE, LOCK=NONE`,
];

export const operationAgeIndex: Migration = {
  name: '202611270400_operation_age_index',
  up: (db) => runAll(db, statements),
};
