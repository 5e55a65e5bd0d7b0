// Original file: proto/sf/database/v1/instance.proto


export interface Disk {
  'base'?: (string);
  'size_gib'?: (number);
  'bus'?: (string);
  'type'?: (string);
}

export interface Disk__Output {
  'base': (string);
  'size_gib': (number);
  'bus': (string);
  'type': (string);
}
