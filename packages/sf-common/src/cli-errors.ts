import { ConfigError } from './config/index.js';
import { isSfError } from './errors.js';

/**
 * How a command-line program (sf-ctl, `sf-database migrate`) ends on an
 * error: an SfError with its class's exit code (errors.ts), invalid
 * configuration with 2 as other bad input, anything unexpected with 1. Scripts
 * can so tell "could not run" from the command's own "no" (its exit 1).
 */
export function cliExitCode(err: unknown): number {
  if (isSfError(err)) return err.exitCode;
  return err instanceof ConfigError ? 2 : 1;
}

/** The line to print: the message of an error the program expects, the stack only of one it does not. */
export function cliMessage(err: unknown): string {
  if (isSfError(err) || err instanceof ConfigError) return err.message;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
