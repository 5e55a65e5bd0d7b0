import { NotImplementedError } from '@sf/common';
import type { HTTPMethods } from 'fastify';
import type { RoutePlugin } from './types.js';

/**
 * Endpoints of API.md whose capability is not built yet: they answer 501 in
 * the error envelope (after authentication, before the body is read, so an
 * upload chunk is not parsed), and their capability tokens stay out of GET /.
 */
const LATER: Array<[HTTPMethods, string, string, 'admin'?]> = [
  ['GET', '/instances/:ref/consoledata', 'serial console reads need the node agent'],
  ['DELETE', '/instances/:ref/consoledata', 'serial console reads need the node agent'],
  ['GET', '/instances/:ref/vdiconsolehelper', 'VDI consoles'],
  ['POST', '/instances/:ref/snapshot', 'snapshots'],
  ['GET', '/instances/:ref/snapshot', 'snapshots'],
  ['GET', '/instances/:ref/screenshot', 'screenshots'],
  ['POST', '/instances/:ref/interfaces', 'interface hot plug'],
  ['POST', '/instances/:ref/agent/execute', 'the in-guest agent'],
  ['POST', '/instances/:ref/agent/put', 'the in-guest agent'],
  ['POST', '/instances/:ref/agent/get', 'the in-guest agent'],
  ['GET', '/instances/:ref/agentoperations', 'the in-guest agent'],
  ['GET', '/agentoperations/:uuid', 'the in-guest agent'],
  ['DELETE', '/agentoperations/:uuid', 'the in-guest agent'],
  ['POST', '/interfaces/:uuid/float', 'floating addresses'],
  ['POST', '/interfaces/:uuid/defloat', 'floating addresses'],
  ['GET', '/networks/:ref/addresses', 'address listings'],
  ['POST', '/networks/:ref/route', 'routed addresses'],
  ['DELETE', '/networks/:ref/route/:address', 'routed addresses'],
  ['POST', '/networks/:ref/dns', 'DNS entries'],
  ['DELETE', '/networks/:ref/dns', 'DNS entries'],
  ['GET', '/networks/:ref/ping/:address', 'network pings'],
  ['GET', '/nodes/:name/processmetrics', 'process metrics', 'admin'],
  ['GET', '/admin/cacert', 'the cluster CA'],
  ['POST', '/artifacts', 'artifacts'],
  ['GET', '/artifacts', 'artifacts'],
  ['DELETE', '/artifacts', 'artifacts'],
  ['GET', '/artifacts/:ref', 'artifacts'],
  ['DELETE', '/artifacts/:ref', 'artifacts'],
  ['GET', '/artifacts/:ref/versions', 'artifacts'],
  ['POST', '/artifacts/:ref/versions', 'artifacts'],
  ['DELETE', '/artifacts/:ref/versions/:index', 'artifacts'],
  ['POST', '/artifacts/:ref/share', 'artifacts'],
  ['POST', '/artifacts/:ref/unshare', 'artifacts'],
  ['GET', '/artifacts/:ref/events', 'artifacts'],
  ['GET', '/artifacts/:ref/metadata', 'artifacts'],
  ['POST', '/artifacts/upload/:name', 'artifacts'],
  ['GET', '/blobs', 'blobs'],
  ['GET', '/blobs/:uuid', 'blobs'],
  ['GET', '/blobs/:uuid/data', 'blobs'],
  ['GET', '/blob_checksums/sha512/:hash', 'blobs'],
  ['POST', '/upload', 'uploads'],
  ['POST', '/upload/:uuid', 'uploads'],
  ['POST', '/upload/:uuid/truncate/:offset', 'uploads'],
  ['GET', '/label/:name', 'labels'],
  ['POST', '/label/:name', 'labels'],
  ['DELETE', '/label/:name', 'labels'],
];

export const NOT_IMPLEMENTED = LATER;

export const notImplementedRoutes: RoutePlugin = (app) => {
  for (const [method, url, what, who] of LATER) {
    const names = [...url.matchAll(/:([^/]+)/g)].map((m) => m[1] as string);
    const params = { type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])), required: names };
    app.route({
      method,
      url,
      // An admin route answers others 401 before it says it is not built (API.md section 3.3).
      config: { admin: who === 'admin' },
      schema: { summary: `Not implemented yet: ${what}`, params, body: {}, response: { 200: {} } },
      onRequest: async () => {
        throw new NotImplementedError(`${what} are not available on this cluster yet`, { code: 'SF_ERR_NOT_IMPLEMENTED' });
      },
      handler: async () => null,
    });
  }
};
