import type { ErrorDetails } from '@sf/common';

/**
 * The details of an SfError as sent on the wire (JSON). Text that is not a
 * JSON object is left out rather than thrown: the error it came with is still
 * the answer, and a parse failure would replace it with an untyped one.
 */
export function parseErrorDetails(text: string | undefined): ErrorDetails | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as ErrorDetails) : undefined;
  } catch {
    return undefined;
  }
}
