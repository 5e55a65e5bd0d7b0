/**
 * The cached readiness flag of plans-digest section 3: a check of the
 * database tier every 5 s with a 2 s timeout; 3 failures in a row make it
 * not ready, 1 success ready; a result older than 15 s counts as not ready;
 * not ready at start and once draining. Probes only read the flag, so a
 * burst of them makes no database call. Constants, not configuration.
 */
export interface ReadinessTimings {
  intervalMs: number;
  timeoutMs: number;
  failuresToFail: number;
  staleMs: number;
}

export const READINESS_TIMINGS: ReadinessTimings = { intervalMs: 5000, timeoutMs: 2000, failuresToFail: 3, staleMs: 15000 };

/** What one check found: whether it passed, and what an operator should know even when it did. */
export interface CheckResult {
  passed: boolean;
  warnings: string[];
}

export interface ReadinessState {
  ready: boolean;
  draining: boolean;
  checked: boolean;
  stale: boolean;
  consecutive_failures: number;
  last_check_age_ms: number | null;
  last_error: string | null;
  warnings: string[];
}

export class Readiness {
  private ok = false;
  private draining = false;
  private failures = 0;
  private lastCheck: number | undefined;
  private lastError: string | null = null;
  private warnings: string[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly check: (timeoutMs: number) => Promise<CheckResult>,
    private readonly timings: ReadinessTimings = READINESS_TIMINGS,
    private readonly now: () => number = Date.now,
  ) {}

  /** One check now, then one per interval; the timer never keeps the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    void this.runCheck();
    this.timer = setInterval(() => void this.runCheck(), this.timings.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** SIGTERM: not ready at once and for good. */
  drain(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  async runCheck(): Promise<void> {
    let passed: boolean;
    try {
      const result = await withTimeout(this.check(this.timings.timeoutMs), this.timings.timeoutMs);
      passed = result.passed;
      this.warnings = result.warnings;
      this.lastError = passed ? null : 'database tier not serving';
    } catch (err) {
      passed = false;
      this.warnings = [];
      this.lastError = err instanceof Error ? err.message : String(err);
    }
    this.lastCheck = this.now();
    if (passed) {
      this.failures = 0;
      this.ok = true;
    } else {
      this.failures += 1;
      if (this.failures >= this.timings.failuresToFail) this.ok = false;
    }
  }

  isReady(): boolean {
    return this.state().ready;
  }

  state(): ReadinessState {
    const age = this.lastCheck === undefined ? null : this.now() - this.lastCheck;
    const stale = age === null || age > this.timings.staleMs;
    return {
      ready: this.ok && !stale && !this.draining,
      draining: this.draining,
      checked: this.lastCheck !== undefined,
      stale,
      consecutive_failures: this.failures,
      last_check_age_ms: age,
      last_error: this.lastError,
      warnings: this.warnings,
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`check timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
