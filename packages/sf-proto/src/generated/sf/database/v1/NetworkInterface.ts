// Original file: proto/sf/database/v1/network_interface.proto

import type { Long } from '@grpc/proto-loader';

export interface NetworkInterface {
  'uuid'?: (string);
  'namespace'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
  'network_uuid'?: (string);
  'instance_uuid'?: (string);
  'macaddr'?: (string);
  'ipv4'?: (string);
  'order'?: (number);
  'model'?: (string);
  'floating'?: (string);
  'metadata_json'?: ({[key: string]: string});
}

export interface NetworkInterface__Output {
  'uuid': (string);
  'namespace': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
  'network_uuid': (string);
  'instance_uuid': (string);
  'macaddr': (string);
  'ipv4': (string);
  'order': (number);
  'model': (string);
  'floating': (string);
  'metadata_json': ({[key: string]: string});
}
