/**
 * The capability tokens of API.md section 2 that sf-api serves. The client
 * only substring-tests GET /, so a token listed here must be backed by a
 * route; one whose capability is not built stays out.
 */
export const CAPABILITIES = [
  'node-get',
  'node-metadata',
  'events-by-type',
  'get-instance-namespace',
  'get-network-namespace',
  'interface-metadata',
] as const;

export function rootPage(): string {
  const tokens = CAPABILITIES.map((c) => `    <li>${c}</li>`).join('\n');
  return `<html>\n  <head><title>Shaken Fist REST API service</title></head>\n  <body>\n  <h1>Shaken Fist REST API service</h1>\n  <p>Capabilities:</p>\n  <ul>\n${tokens}\n  </ul>\n  </body>\n</html>\n`;
}
