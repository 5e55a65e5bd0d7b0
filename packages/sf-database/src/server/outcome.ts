import { toSfError } from '@sf/common';
import type { ItemError } from '@sf/proto';

/**
 * One item of a batched call, settled on its own: its value, or its error as
 * the status of a single call would have carried it.
 */
export async function settle<T>(work: Promise<T>, context: string): Promise<{ value: T; error?: undefined } | { value?: undefined; error: ItemError }> {
  try {
    return { value: await work };
  } catch (err) {
    const sfErr = toSfError(err, context);
    return {
      error: { grpc_code: sfErr.grpcStatus, code: sfErr.code, message: sfErr.message, details_json: sfErr.details === undefined ? '' : JSON.stringify(sfErr.details) },
    };
  }
}
