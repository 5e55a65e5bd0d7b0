// Original file: proto/sf/database/v1/scheduling.proto

import type { NodeCandidate as _sf_database_v1_NodeCandidate, NodeCandidate__Output as _sf_database_v1_NodeCandidate__Output } from '../../../sf/database/v1/NodeCandidate.js';

export interface ListCandidatesResponse {
  'nodes'?: (_sf_database_v1_NodeCandidate)[];
}

export interface ListCandidatesResponse__Output {
  'nodes': (_sf_database_v1_NodeCandidate__Output)[];
}
