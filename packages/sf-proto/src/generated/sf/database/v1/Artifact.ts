// Original file: proto/sf/database/v1/artifact.proto

import type { ArtifactVersion as _sf_database_v1_ArtifactVersion, ArtifactVersion__Output as _sf_database_v1_ArtifactVersion__Output } from '../../../sf/database/v1/ArtifactVersion.js';
import type { Long } from '@grpc/proto-loader';

export interface Artifact {
  'uuid'?: (string);
  'namespace'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
  'artifact_type'?: (string);
  'source_url'?: (string);
  'max_versions'?: (number);
  'shared'?: (boolean);
  'versions'?: (_sf_database_v1_ArtifactVersion)[];
}

export interface Artifact__Output {
  'uuid': (string);
  'namespace': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
  'artifact_type': (string);
  'source_url': (string);
  'max_versions': (number);
  'shared': (boolean);
  'versions': (_sf_database_v1_ArtifactVersion__Output)[];
}
