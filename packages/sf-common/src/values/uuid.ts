const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/**
 * The one uuid form stored, compared and sent: lower case, dashed; undefined
 * when the text is not a uuid. A dashed and an undashed form of the same uuid
 * never match in SQL, which once left Shaken Fist's queue coalescing inert for months.
 */
export function canonicalUuid(text: string): string | undefined {
  if (!UUID.test(text)) return undefined;
  const hex = text.replaceAll('-', '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
