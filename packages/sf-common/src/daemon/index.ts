export { notifierFrom, systemdNotifier, type Notifier } from './notify.js';
export { handleShutdownSignals, type ShutdownOptions } from './shutdown.js';
export { startDaemon, type DaemonContext } from './start.js';
export { reportFailure } from './report.js';
export { serveMetrics, type MetricsSource } from './metrics-server.js';
