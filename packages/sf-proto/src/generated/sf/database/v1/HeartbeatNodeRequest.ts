// Original file: proto/sf/database/v1/node.proto


export interface HeartbeatNodeRequest {
  'name'?: (string);
}

export interface HeartbeatNodeRequest__Output {
  'name': (string);
}
