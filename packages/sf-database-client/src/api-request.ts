import type { ApiRequest__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

/** sf-api's Idempotency-Key replies; a put is first-wins and returns what is stored, so it is retried freely. */
export class ApiRequestClient {
  private readonly s = databaseServices().apiRequest;

  constructor(private readonly t: Transport) {}

  get(requestKey: string, options?: CallOptions): Promise<ApiRequest__Output> {
    return this.t.call(this.s.GetApiRequest, { request_key: requestKey }, 'idempotent', options);
  }

  put(request: { requestKey: string; namespace: string; status: number; responseJson: string; ttlSeconds: number }, options?: CallOptions): Promise<ApiRequest__Output> {
    const wire = { request_key: request.requestKey, namespace: request.namespace, status: request.status, response_json: request.responseJson, ttl_seconds: request.ttlSeconds };
    return this.t.call(this.s.PutApiRequest, wire, 'idempotent', options);
  }
}
