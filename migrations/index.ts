import { initialSchema } from './src/202611261200_initial_schema.js';
import { rpcRequests } from './src/202611261330_rpc_requests.js';
import { scheduling } from './src/202611261400_scheduling.js';
import { allocationPurposeKey } from './src/202611261410_allocation_purpose_key.js';
import { apiRequests } from './src/202611261500_api_requests.js';
import { eventPruneIndex } from './src/202611261510_event_prune_index.js';
import { purgeIndexes } from './src/202611262300_purge_indexes.js';
import { keyNamesExact } from './src/202611262310_key_names_exact.js';
import { apiRequestFingerprint } from './src/202611270100_api_request_fingerprint.js';
import { reviewIndexesAndExactNames } from './src/202611270300_review_indexes_and_exact_names.js';
import { operationAgeIndex } from './src/202611270400_operation_age_index.js';
import { rpcRequestFingerprint } from './src/202611270500_rpc_request_fingerprint.js';
import type { Migration } from './src/migration.js';

export type { Migration, SqlRunner } from './src/migration.js';

/** Every migration, in the order it applies. Forward only: append, never edit or reorder. */
export const migrations: readonly Migration[] = [initialSchema, rpcRequests, scheduling, allocationPurposeKey, apiRequests, eventPruneIndex, purgeIndexes, keyNamesExact, apiRequestFingerprint, reviewIndexesAndExactNames, operationAgeIndex, rpcRequestFingerprint];

/** The schema version this build expects: the number of migrations. */
export const EXPECTED_SCHEMA_VERSION = migrations.length;

/** The schema_versions row this project writes. */
export const SCHEMA_COMPONENT = 'sf';
