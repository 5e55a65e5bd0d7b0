declare module 'sd-notify' {
  /** Sends one sd_notify(3) state string to $NOTIFY_SOCKET; a no-op without it. */
  export function sendState(state: string): void;
  /** The watchdog interval systemd asked for, in milliseconds; 0 when the watchdog is off. */
  export function watchdogInterval(): number;
}
