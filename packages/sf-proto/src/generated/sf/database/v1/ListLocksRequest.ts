// Original file: proto/sf/database/v1/lock.proto


export interface ListLocksRequest {
}

export interface ListLocksRequest__Output {
}
