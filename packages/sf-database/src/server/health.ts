import { Metadata, status as GrpcCode, type handleUnaryCall } from '@grpc/grpc-js';
import mysql from 'mysql2';
import type { Logger, MariadbConfig } from '@sf/common';
import { API_REVISION, API_REVISION_KEY, type HealthCheckRequest__Output, type HealthCheckResponse } from '@sf/proto';
import { connectionSettings } from '../internal/connection.js';

/** How often MariaDB is checked, and how long one check may take (it never hangs the loop). */
export const HEALTH_INTERVAL_MS = 10_000;
const CHECK_TIMEOUT_MS = 2_000;

/** The services Check answers for: the server as a whole ('') and each sf.database.v1 service. */
export type ServingStatus = 'SERVING' | 'NOT_SERVING';

/**
 * grpc.health.v1 state of this process. SERVING while MariaDB answers;
 * one failed check flips it (hysteresis is the client's business), and it
 * is NOT_SERVING for good once shutdown starts. Only state changes are logged.
 */
export class HealthState {
  private current: ServingStatus = 'SERVING';
  private stopping = false;

  constructor(
    private readonly log: Logger,
    private readonly onChange: (status: ServingStatus) => void = () => undefined,
  ) {}

  get status(): ServingStatus {
    return this.stopping ? 'NOT_SERVING' : this.current;
  }

  set(status: ServingStatus, reason?: string): void {
    if (status === this.current) return;
    this.current = status;
    if (status === 'SERVING') this.log.info({ health: status }, 'MariaDB answers again: serving');
    else this.log.warn({ health: status, reason }, 'MariaDB does not answer: not serving');
    this.onChange(this.status);
  }

  shutdown(): void {
    this.stopping = true;
    this.onChange(this.status);
  }

  handler(services: ReadonlySet<string>): handleUnaryCall<HealthCheckRequest__Output, HealthCheckResponse> {
    return (call, callback) => {
      if (call.request.service !== '' && !services.has(call.request.service)) {
        callback({ code: GrpcCode.NOT_FOUND, details: `unknown service ${call.request.service}` });
        return;
      }
      const metadata = new Metadata();
      metadata.set(API_REVISION_KEY, String(API_REVISION));
      call.sendMetadata(metadata);
      callback(null, { status: this.status });
    };
  }
}

/**
 * `SELECT 1` on a fresh connection with short timeouts, so a busy or broken
 * pool does not decide the answer and a dead server cannot hang the loop.
 * Resolves to a reason when MariaDB did not answer.
 */
export function checkMariadb(config: MariadbConfig): Promise<string | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (reason: string | undefined, conn?: mysql.Connection): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (conn !== undefined) conn.destroy();
      resolve(reason);
    };
    const conn = mysql.createConnection({ ...(connectionSettings(config) as mysql.ConnectionOptions), connectTimeout: CHECK_TIMEOUT_MS });
    const timer = setTimeout(() => finish(`no answer within ${CHECK_TIMEOUT_MS} ms`, conn), CHECK_TIMEOUT_MS);
    conn.on('error', (err) => finish(err.message, conn));
    conn.query({ sql: 'SELECT 1', timeout: CHECK_TIMEOUT_MS }, (err) => finish(err === null ? undefined : err.message, conn));
  });
}
