import { Command } from '@oclif/core';
import { ConfigError, cliExitCode, cliMessage, isSfError } from '@sf/common';

/**
 * Every sf-ctl command: an error it expects (a typed SfError, invalid
 * configuration) is one line on stderr and the exit code of its class
 * (ARCHITECTURE.md, the error catalogue), so a script can tell "tier
 * unavailable" (7) from a command's own "no" (1). Anything else is left to
 * oclif, which prints it whole.
 */
export abstract class SfCommand extends Command {
  protected override async catch(err: Error & { exitCode?: number }): Promise<unknown> {
    if (!isSfError(err) && !(err instanceof ConfigError)) return super.catch(err);
    this.logToStderr(`${this.config.bin}: ${cliMessage(err)}`);
    return this.exit(cliExitCode(err));
  }
}
