// Original file: proto/sf/database/v1/scheduling.proto


export interface ReconcileCapacityRequest {
}

export interface ReconcileCapacityRequest__Output {
}
