// Original file: proto/sf/database/v1/common.proto


export interface PageRequest {
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface PageRequest__Output {
  'page_size': (number);
  'page_token': (string);
}
