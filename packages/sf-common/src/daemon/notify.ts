import sdNotify from 'sd-notify';

/**
 * The systemd notification protocol (sd_notify(3)). Every call is a no-op
 * when the daemon was not started by systemd (no NOTIFY_SOCKET).
 */
export interface Notifier {
  ready(status?: string): void;
  stopping(status?: string): void;
  /**
   * Call from the main loop after each pass, never from a timer: a wedged
   * loop must stop the pings so systemd restarts the daemon and its leases lapse.
   */
  watchdog(): void;
  status(text: string): void;
  /** Milliseconds between pings systemd expects (half its WatchdogSec), or 0 when not watched. */
  watchdogIntervalMs(): number;
}

type Send = (state: string) => void;

/** Builds a Notifier over a send function; tests pass a recorder, daemons use systemdNotifier(). */
export function notifierFrom(send: Send, intervalMs: () => number = () => 0): Notifier {
  const withStatus = (state: string, status?: string): string => (status === undefined ? state : `${state}\nSTATUS=${status}`);
  return {
    ready: (status) => send(withStatus('READY=1', status)),
    stopping: (status) => send(withStatus('STOPPING=1', status)),
    watchdog: () => send('WATCHDOG=1'),
    status: (text) => send(`STATUS=${text}`),
    watchdogIntervalMs: () => {
      const interval = intervalMs();
      return interval > 0 ? Math.floor(interval / 2) : 0;
    },
  };
}

export function systemdNotifier(): Notifier {
  return notifierFrom(
    (state) => sdNotify.sendState(state),
    () => sdNotify.watchdogInterval(),
  );
}
