import { InternalError, errorFromWire } from '@sf/common';
import type { ItemError__Output } from '@sf/proto';
import { parseErrorDetails } from './error-details.js';

/** The value of one item of a batched reply, or its error rebuilt as the class the server threw. */
export function fromOutcome<T>(value: T | null | undefined, error: ItemError__Output | null | undefined): T | Error {
  if (value !== null && value !== undefined) return value;
  if (error === null || error === undefined) return new InternalError('batched outcome has neither a value nor an error');
  return errorFromWire(error.code, error.message, error.grpc_code, parseErrorDetails(error.details_json));
}
