// Original file: proto/sf/database/v1/scheduling.proto


export interface ListCandidatesRequest {
  'namespace'?: (string);
}

export interface ListCandidatesRequest__Output {
  'namespace': (string);
}
