// Original file: proto/sf/database/v1/metadata.proto


export interface Metadata {
  'values_json'?: ({[key: string]: string});
}

export interface Metadata__Output {
  'values_json': ({[key: string]: string});
}
