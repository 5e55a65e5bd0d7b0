// Original file: proto/sf/database/v1/blob.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Blob as _sf_database_v1_Blob, Blob__Output as _sf_database_v1_Blob__Output } from '../../../sf/database/v1/Blob.js';
import type { BlobLocationRequest as _sf_database_v1_BlobLocationRequest, BlobLocationRequest__Output as _sf_database_v1_BlobLocationRequest__Output } from '../../../sf/database/v1/BlobLocationRequest.js';
import type { CreateBlobRequest as _sf_database_v1_CreateBlobRequest, CreateBlobRequest__Output as _sf_database_v1_CreateBlobRequest__Output } from '../../../sf/database/v1/CreateBlobRequest.js';
import type { DeleteBlobRequest as _sf_database_v1_DeleteBlobRequest, DeleteBlobRequest__Output as _sf_database_v1_DeleteBlobRequest__Output } from '../../../sf/database/v1/DeleteBlobRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { GetBlobRequest as _sf_database_v1_GetBlobRequest, GetBlobRequest__Output as _sf_database_v1_GetBlobRequest__Output } from '../../../sf/database/v1/GetBlobRequest.js';
import type { ListBlobsRequest as _sf_database_v1_ListBlobsRequest, ListBlobsRequest__Output as _sf_database_v1_ListBlobsRequest__Output } from '../../../sf/database/v1/ListBlobsRequest.js';
import type { ListBlobsResponse as _sf_database_v1_ListBlobsResponse, ListBlobsResponse__Output as _sf_database_v1_ListBlobsResponse__Output } from '../../../sf/database/v1/ListBlobsResponse.js';
import type { TransitionBlobStateRequest as _sf_database_v1_TransitionBlobStateRequest, TransitionBlobStateRequest__Output as _sf_database_v1_TransitionBlobStateRequest__Output } from '../../../sf/database/v1/TransitionBlobStateRequest.js';
import type { UpdateBlobRequest as _sf_database_v1_UpdateBlobRequest, UpdateBlobRequest__Output as _sf_database_v1_UpdateBlobRequest__Output } from '../../../sf/database/v1/UpdateBlobRequest.js';

export interface BlobServiceClient extends grpc.Client {
  AddBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  AddBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  AddBlobLocation(argument: _sf_database_v1_BlobLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  AddBlobLocation(argument: _sf_database_v1_BlobLocationRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  addBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  addBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  addBlobLocation(argument: _sf_database_v1_BlobLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  addBlobLocation(argument: _sf_database_v1_BlobLocationRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  
  CreateBlob(argument: _sf_database_v1_CreateBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  CreateBlob(argument: _sf_database_v1_CreateBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  CreateBlob(argument: _sf_database_v1_CreateBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  CreateBlob(argument: _sf_database_v1_CreateBlobRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  createBlob(argument: _sf_database_v1_CreateBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  createBlob(argument: _sf_database_v1_CreateBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  createBlob(argument: _sf_database_v1_CreateBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  createBlob(argument: _sf_database_v1_CreateBlobRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  
  DeleteBlob(argument: _sf_database_v1_DeleteBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteBlob(argument: _sf_database_v1_DeleteBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteBlob(argument: _sf_database_v1_DeleteBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteBlob(argument: _sf_database_v1_DeleteBlobRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteBlob(argument: _sf_database_v1_DeleteBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteBlob(argument: _sf_database_v1_DeleteBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteBlob(argument: _sf_database_v1_DeleteBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteBlob(argument: _sf_database_v1_DeleteBlobRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  GetBlob(argument: _sf_database_v1_GetBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  GetBlob(argument: _sf_database_v1_GetBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  GetBlob(argument: _sf_database_v1_GetBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  GetBlob(argument: _sf_database_v1_GetBlobRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  getBlob(argument: _sf_database_v1_GetBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  getBlob(argument: _sf_database_v1_GetBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  getBlob(argument: _sf_database_v1_GetBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  getBlob(argument: _sf_database_v1_GetBlobRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  
  ListBlobs(argument: _sf_database_v1_ListBlobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  ListBlobs(argument: _sf_database_v1_ListBlobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  ListBlobs(argument: _sf_database_v1_ListBlobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  ListBlobs(argument: _sf_database_v1_ListBlobsRequest, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  listBlobs(argument: _sf_database_v1_ListBlobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  listBlobs(argument: _sf_database_v1_ListBlobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  listBlobs(argument: _sf_database_v1_ListBlobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  listBlobs(argument: _sf_database_v1_ListBlobsRequest, callback: grpc.requestCallback<_sf_database_v1_ListBlobsResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  RemoveBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  RemoveBlobLocation(argument: _sf_database_v1_BlobLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  RemoveBlobLocation(argument: _sf_database_v1_BlobLocationRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  removeBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  removeBlobLocation(argument: _sf_database_v1_BlobLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  removeBlobLocation(argument: _sf_database_v1_BlobLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  removeBlobLocation(argument: _sf_database_v1_BlobLocationRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  
  TransitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  TransitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  TransitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  TransitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  transitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  transitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  transitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  transitionBlobState(argument: _sf_database_v1_TransitionBlobStateRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  
  UpdateBlob(argument: _sf_database_v1_UpdateBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  UpdateBlob(argument: _sf_database_v1_UpdateBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  UpdateBlob(argument: _sf_database_v1_UpdateBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  UpdateBlob(argument: _sf_database_v1_UpdateBlobRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  updateBlob(argument: _sf_database_v1_UpdateBlobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  updateBlob(argument: _sf_database_v1_UpdateBlobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  updateBlob(argument: _sf_database_v1_UpdateBlobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  updateBlob(argument: _sf_database_v1_UpdateBlobRequest, callback: grpc.requestCallback<_sf_database_v1_Blob__Output>): grpc.ClientUnaryCall;
  
}

export interface BlobServiceHandlers extends grpc.UntypedServiceImplementation {
  AddBlobLocation: grpc.handleUnaryCall<_sf_database_v1_BlobLocationRequest__Output, _sf_database_v1_Blob>;
  
  CreateBlob: grpc.handleUnaryCall<_sf_database_v1_CreateBlobRequest__Output, _sf_database_v1_Blob>;
  
  DeleteBlob: grpc.handleUnaryCall<_sf_database_v1_DeleteBlobRequest__Output, _sf_database_v1_DeleteResponse>;
  
  GetBlob: grpc.handleUnaryCall<_sf_database_v1_GetBlobRequest__Output, _sf_database_v1_Blob>;
  
  ListBlobs: grpc.handleUnaryCall<_sf_database_v1_ListBlobsRequest__Output, _sf_database_v1_ListBlobsResponse>;
  
  RemoveBlobLocation: grpc.handleUnaryCall<_sf_database_v1_BlobLocationRequest__Output, _sf_database_v1_Blob>;
  
  TransitionBlobState: grpc.handleUnaryCall<_sf_database_v1_TransitionBlobStateRequest__Output, _sf_database_v1_Blob>;
  
  UpdateBlob: grpc.handleUnaryCall<_sf_database_v1_UpdateBlobRequest__Output, _sf_database_v1_Blob>;
  
}

export interface BlobServiceDefinition extends grpc.ServiceDefinition {
  AddBlobLocation: MethodDefinition<_sf_database_v1_BlobLocationRequest, _sf_database_v1_Blob, _sf_database_v1_BlobLocationRequest__Output, _sf_database_v1_Blob__Output>
  CreateBlob: MethodDefinition<_sf_database_v1_CreateBlobRequest, _sf_database_v1_Blob, _sf_database_v1_CreateBlobRequest__Output, _sf_database_v1_Blob__Output>
  DeleteBlob: MethodDefinition<_sf_database_v1_DeleteBlobRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteBlobRequest__Output, _sf_database_v1_DeleteResponse__Output>
  GetBlob: MethodDefinition<_sf_database_v1_GetBlobRequest, _sf_database_v1_Blob, _sf_database_v1_GetBlobRequest__Output, _sf_database_v1_Blob__Output>
  ListBlobs: MethodDefinition<_sf_database_v1_ListBlobsRequest, _sf_database_v1_ListBlobsResponse, _sf_database_v1_ListBlobsRequest__Output, _sf_database_v1_ListBlobsResponse__Output>
  RemoveBlobLocation: MethodDefinition<_sf_database_v1_BlobLocationRequest, _sf_database_v1_Blob, _sf_database_v1_BlobLocationRequest__Output, _sf_database_v1_Blob__Output>
  TransitionBlobState: MethodDefinition<_sf_database_v1_TransitionBlobStateRequest, _sf_database_v1_Blob, _sf_database_v1_TransitionBlobStateRequest__Output, _sf_database_v1_Blob__Output>
  UpdateBlob: MethodDefinition<_sf_database_v1_UpdateBlobRequest, _sf_database_v1_Blob, _sf_database_v1_UpdateBlobRequest__Output, _sf_database_v1_Blob__Output>
}
