/** Milliseconds on a clock that only moves forward. */
export type Clock = () => number;

/**
 * Intervals, budgets and the lease are measured on performance.now(): a
 * step of the wall clock (NTP, an operator) must neither stop every job nor
 * stretch a lease this process believes it holds.
 */
export const monotonic: Clock = () => performance.now();
