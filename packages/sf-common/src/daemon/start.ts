import { ConfigError, loadConfig, redactedConfig, unknownEnvKeys, type SfConfig } from '../config/index.js';
import { journalStream } from '../config/load.js';
import { createLogger, type Logger } from '../log.js';
import { systemdNotifier, type Notifier } from './notify.js';
import { reportFailure, reportUncaught } from './report.js';

export interface DaemonContext {
  config: SfConfig;
  log: Logger;
  notifier: Notifier;
}

/**
 * The common start of every daemon: load and check the configuration (a bad
 * value exits 1 naming the key), then build the logger and notifier. From
 * here on an uncaught exception is reported as reportUncaught says.
 */
export function startDaemon(name: string): DaemonContext {
  reportUncaught(name);
  let config: SfConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      reportFailure(name, err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger({ name, level: config.log.level, journalStream: journalStream() });
  log.info({ config: redactedConfig(config) }, 'configuration loaded');
  for (const variable of unknownEnvKeys()) log.warn({ variable }, 'not a configuration key (misspelt?); ignored');
  return { config, log, notifier: systemdNotifier() };
}
