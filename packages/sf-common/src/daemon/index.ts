export { notifierFrom, systemdNotifier, type Notifier } from './notify.js';
export { handleShutdownSignals, type ShutdownOptions } from './shutdown.js';
export { startDaemon, type DaemonContext } from './start.js';
