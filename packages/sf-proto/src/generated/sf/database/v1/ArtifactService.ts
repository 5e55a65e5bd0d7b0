// Original file: proto/sf/database/v1/artifact.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddArtifactVersionRequest as _sf_database_v1_AddArtifactVersionRequest, AddArtifactVersionRequest__Output as _sf_database_v1_AddArtifactVersionRequest__Output } from '../../../sf/database/v1/AddArtifactVersionRequest.js';
import type { AddArtifactVersionResponse as _sf_database_v1_AddArtifactVersionResponse, AddArtifactVersionResponse__Output as _sf_database_v1_AddArtifactVersionResponse__Output } from '../../../sf/database/v1/AddArtifactVersionResponse.js';
import type { Artifact as _sf_database_v1_Artifact, Artifact__Output as _sf_database_v1_Artifact__Output } from '../../../sf/database/v1/Artifact.js';
import type { CreateArtifactRequest as _sf_database_v1_CreateArtifactRequest, CreateArtifactRequest__Output as _sf_database_v1_CreateArtifactRequest__Output } from '../../../sf/database/v1/CreateArtifactRequest.js';
import type { DeleteArtifactRequest as _sf_database_v1_DeleteArtifactRequest, DeleteArtifactRequest__Output as _sf_database_v1_DeleteArtifactRequest__Output } from '../../../sf/database/v1/DeleteArtifactRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { GetArtifactRequest as _sf_database_v1_GetArtifactRequest, GetArtifactRequest__Output as _sf_database_v1_GetArtifactRequest__Output } from '../../../sf/database/v1/GetArtifactRequest.js';
import type { ListArtifactsRequest as _sf_database_v1_ListArtifactsRequest, ListArtifactsRequest__Output as _sf_database_v1_ListArtifactsRequest__Output } from '../../../sf/database/v1/ListArtifactsRequest.js';
import type { ListArtifactsResponse as _sf_database_v1_ListArtifactsResponse, ListArtifactsResponse__Output as _sf_database_v1_ListArtifactsResponse__Output } from '../../../sf/database/v1/ListArtifactsResponse.js';
import type { TransitionArtifactStateRequest as _sf_database_v1_TransitionArtifactStateRequest, TransitionArtifactStateRequest__Output as _sf_database_v1_TransitionArtifactStateRequest__Output } from '../../../sf/database/v1/TransitionArtifactStateRequest.js';

export interface ArtifactServiceClient extends grpc.Client {
  AddArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  AddArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  AddArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  AddArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  addArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  addArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  addArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  addArtifactVersion(argument: _sf_database_v1_AddArtifactVersionRequest, callback: grpc.requestCallback<_sf_database_v1_AddArtifactVersionResponse__Output>): grpc.ClientUnaryCall;
  
  CreateArtifact(argument: _sf_database_v1_CreateArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  CreateArtifact(argument: _sf_database_v1_CreateArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  CreateArtifact(argument: _sf_database_v1_CreateArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  CreateArtifact(argument: _sf_database_v1_CreateArtifactRequest, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  createArtifact(argument: _sf_database_v1_CreateArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  createArtifact(argument: _sf_database_v1_CreateArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  createArtifact(argument: _sf_database_v1_CreateArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  createArtifact(argument: _sf_database_v1_CreateArtifactRequest, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  
  DeleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sf_database_v1_DeleteArtifactRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  GetArtifact(argument: _sf_database_v1_GetArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  GetArtifact(argument: _sf_database_v1_GetArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  GetArtifact(argument: _sf_database_v1_GetArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  GetArtifact(argument: _sf_database_v1_GetArtifactRequest, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  getArtifact(argument: _sf_database_v1_GetArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  getArtifact(argument: _sf_database_v1_GetArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  getArtifact(argument: _sf_database_v1_GetArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  getArtifact(argument: _sf_database_v1_GetArtifactRequest, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  
  ListArtifacts(argument: _sf_database_v1_ListArtifactsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  ListArtifacts(argument: _sf_database_v1_ListArtifactsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  ListArtifacts(argument: _sf_database_v1_ListArtifactsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  ListArtifacts(argument: _sf_database_v1_ListArtifactsRequest, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sf_database_v1_ListArtifactsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sf_database_v1_ListArtifactsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sf_database_v1_ListArtifactsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sf_database_v1_ListArtifactsRequest, callback: grpc.requestCallback<_sf_database_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  
  TransitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  TransitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  TransitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  TransitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  transitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  transitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  transitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  transitionArtifactState(argument: _sf_database_v1_TransitionArtifactStateRequest, callback: grpc.requestCallback<_sf_database_v1_Artifact__Output>): grpc.ClientUnaryCall;
  
}

export interface ArtifactServiceHandlers extends grpc.UntypedServiceImplementation {
  AddArtifactVersion: grpc.handleUnaryCall<_sf_database_v1_AddArtifactVersionRequest__Output, _sf_database_v1_AddArtifactVersionResponse>;
  
  CreateArtifact: grpc.handleUnaryCall<_sf_database_v1_CreateArtifactRequest__Output, _sf_database_v1_Artifact>;
  
  DeleteArtifact: grpc.handleUnaryCall<_sf_database_v1_DeleteArtifactRequest__Output, _sf_database_v1_DeleteResponse>;
  
  GetArtifact: grpc.handleUnaryCall<_sf_database_v1_GetArtifactRequest__Output, _sf_database_v1_Artifact>;
  
  ListArtifacts: grpc.handleUnaryCall<_sf_database_v1_ListArtifactsRequest__Output, _sf_database_v1_ListArtifactsResponse>;
  
  TransitionArtifactState: grpc.handleUnaryCall<_sf_database_v1_TransitionArtifactStateRequest__Output, _sf_database_v1_Artifact>;
  
}

export interface ArtifactServiceDefinition extends grpc.ServiceDefinition {
  AddArtifactVersion: MethodDefinition<_sf_database_v1_AddArtifactVersionRequest, _sf_database_v1_AddArtifactVersionResponse, _sf_database_v1_AddArtifactVersionRequest__Output, _sf_database_v1_AddArtifactVersionResponse__Output>
  CreateArtifact: MethodDefinition<_sf_database_v1_CreateArtifactRequest, _sf_database_v1_Artifact, _sf_database_v1_CreateArtifactRequest__Output, _sf_database_v1_Artifact__Output>
  DeleteArtifact: MethodDefinition<_sf_database_v1_DeleteArtifactRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteArtifactRequest__Output, _sf_database_v1_DeleteResponse__Output>
  GetArtifact: MethodDefinition<_sf_database_v1_GetArtifactRequest, _sf_database_v1_Artifact, _sf_database_v1_GetArtifactRequest__Output, _sf_database_v1_Artifact__Output>
  ListArtifacts: MethodDefinition<_sf_database_v1_ListArtifactsRequest, _sf_database_v1_ListArtifactsResponse, _sf_database_v1_ListArtifactsRequest__Output, _sf_database_v1_ListArtifactsResponse__Output>
  TransitionArtifactState: MethodDefinition<_sf_database_v1_TransitionArtifactStateRequest, _sf_database_v1_Artifact, _sf_database_v1_TransitionArtifactStateRequest__Output, _sf_database_v1_Artifact__Output>
}
