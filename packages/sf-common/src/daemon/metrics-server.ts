import { createServer, type Server } from 'node:http';

/** What a Prometheus registry offers (prom-client's Registry fits): the common package needs no prom-client. */
export interface MetricsSource {
  metrics(): Promise<string>;
  readonly contentType: string;
}

/**
 * Prometheus text at /metrics (anything else 404) on a port of its own,
 * apart from the daemon's service port so it is never load balanced or
 * exposed with it. Rejects (EADDRINUSE, say) when it cannot listen, so a
 * daemon can fail its start before it reports ready.
 */
export function serveMetrics(source: MetricsSource, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    source.metrics().then(
      (text) => res.writeHead(200, { 'content-type': source.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
