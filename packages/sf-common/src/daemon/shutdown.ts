import type { Logger } from 'pino';
import type { Notifier } from './notify.js';

export interface ShutdownOptions {
  log: Logger;
  notifier: Notifier;
  /** Drains and stops the daemon; resolving means a clean exit. */
  drain: (signal: NodeJS.Signals) => Promise<void>;
  /** Hard limit on the drain, after which the process exits 1. */
  timeoutMs: number;
  /** Injected for tests; defaults to process.exit. */
  exit?: (code: number) => void;
}

/**
 * SIGTERM and SIGINT run the drain once; a second signal does not start a
 * second drain. Returns a function that removes the handlers.
 */
export function handleShutdownSignals(options: ShutdownOptions): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let draining = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (draining) {
      options.log.warn({ signal }, 'shutdown already in progress');
      return;
    }
    draining = true;
    options.log.info({ signal }, 'shutdown requested, draining');
    options.notifier.stopping(`draining after ${signal}`);
    const timer = setTimeout(() => {
      options.log.error({ signal, timeout_ms: options.timeoutMs }, 'drain timed out');
      exit(1);
    }, options.timeoutMs);
    timer.unref();
    options
      .drain(signal)
      .then(() => {
        clearTimeout(timer);
        options.log.info({ signal }, 'drained, exiting');
        exit(0);
      })
      .catch((err: unknown) => {
        clearTimeout(timer);
        options.log.error({ err, signal }, 'drain failed');
        exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
