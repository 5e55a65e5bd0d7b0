import type { ApiRequest__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

/** sf-api's Idempotency-Key replies; a put is first-wins and returns what is stored, so it is retried freely. */
export class ApiRequestClient {
  private readonly s = databaseServices().apiRequest;

  constructor(private readonly t: Transport) {}

  get(requestKey: string, options?: CallOptions): Promise<ApiRequest__Output> {
    return this.t.call(this.s.GetApiRequest, { request_key: requestKey }, 'read', options);
  }

  /** requestHash (the request body's sha256) lets a later get tell a retry from another request under the same key. */
  put(request: { requestKey: string; namespace: string; requestHash?: string; status: number; responseJson: string; ttlSeconds: number }, options?: CallOptions): Promise<ApiRequest__Output> {
    const wire = {
      request_key: request.requestKey, namespace: request.namespace, request_hash: request.requestHash ?? '', status: request.status,
      response_json: request.responseJson, ttl_seconds: request.ttlSeconds,
    };
    return this.t.call(this.s.PutApiRequest, wire, 'idempotent', options);
  }
}
