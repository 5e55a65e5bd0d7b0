// Original file: proto/sf/database/v1/instance_view.proto


export interface KeyCheck {
  'namespace'?: (string);
  'key_name'?: (string);
  'nonce'?: (string);
}

export interface KeyCheck__Output {
  'namespace': (string);
  'key_name': (string);
  'nonce': (string);
}
