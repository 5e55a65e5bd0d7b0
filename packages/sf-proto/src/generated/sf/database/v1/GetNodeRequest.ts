// Original file: proto/sf/database/v1/node.proto


export interface GetNodeRequest {
  'name'?: (string);
}

export interface GetNodeRequest__Output {
  'name': (string);
}
