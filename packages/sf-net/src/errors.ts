import { getSystemErrorName } from 'node:util';
import { InternalError, ValidationError } from '@sf/common/errors';

/** Pull the kernel's errno name out of whatever the netlink package threw. */
function errnoName(cause: unknown): string | undefined {
  const message = cause instanceof Error ? cause.message : String(cause);
  return /\b(E[A-Z0-9]+)\b/.exec(message)?.[1];
}

/** A netlink request the kernel refused; names the operation and the link it was about. */
export class NetlinkError extends InternalError {
  readonly operation: string;
  readonly link: string;
  readonly errno: string | undefined;

  constructor(operation: string, link: string, cause: unknown, namespace?: string) {
    const errno = errnoName(cause);
    super(`netlink ${operation} failed for ${link}${namespace === undefined ? '' : ` in netns ${namespace}`}: ${errno ?? String(cause)}`, {
      code: 'SF_ERR_INTERNAL_NETLINK',
      details: { operation, link, errno, namespace },
      cause,
    });
    this.operation = operation;
    this.link = link;
    this.errno = errno;
  }
}

/** Creating, entering or removing a network namespace failed. */
export class NamespaceError extends InternalError {
  constructor(operation: string, namespace: string, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`netns ${operation} failed for ${namespace}: ${message}`, {
      code: 'SF_ERR_INTERNAL_NETNS',
      details: { operation, namespace },
      cause,
    });
  }
}

/** nft refused a ruleset; the whole transaction was rolled back by the kernel. */
export class NftError extends InternalError {
  constructor(operation: string, table: string, namespace: string | undefined, cause: unknown, stderr?: string) {
    super(`nft ${operation} failed for table ${table}${namespace === undefined ? '' : ` in netns ${namespace}`}: ${stderr?.trim() || String(cause)}`, {
      code: 'SF_ERR_INTERNAL_NFT',
      details: { operation, table, namespace, stderr },
      cause,
    });
  }
}

/** dnsmasq could not be configured, started, reloaded or stopped. */
export class DnsmasqError extends InternalError {
  constructor(operation: string, vni: number, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`dnsmasq ${operation} failed for network ${vni}: ${message}`, {
      code: 'SF_ERR_INTERNAL_DNSMASQ',
      details: { operation, vni },
      cause,
    });
  }
}

/** What the native addon's throw_errno attaches: the errno as a number. */
function errnoOf(cause: unknown): string | undefined {
  const errno = (cause as { errno?: unknown } | undefined)?.errno;
  return typeof errno === 'number' && errno > 0 ? getSystemErrorName(-errno) : undefined;
}

/** A pidfd call failed; names the call, the pid it was for and the errno. */
export class PidfdError extends InternalError {
  readonly operation: string;
  readonly pid: number;
  readonly errno: string | undefined;

  constructor(operation: string, pid: number, cause: unknown) {
    const errno = errnoOf(cause);
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`${operation} failed for pid ${pid}: ${errno ?? message}`, {
      code: 'SF_ERR_INTERNAL_PIDFD',
      details: { operation, pid, errno },
      cause,
    });
    this.operation = operation;
    this.pid = pid;
    this.errno = errno;
  }
}

/** Observing the node failed for one or more networks; carries every failure, not only the first. */
export class ObserveError extends InternalError {
  readonly failures: readonly unknown[];

  constructor(failures: readonly unknown[]) {
    const messages = failures.map((f) => (f instanceof Error ? f.message : String(f)));
    super(`observing the dataplane failed (${failures.length}): ${messages.join('; ')}`, {
      code: 'SF_ERR_INTERNAL_OBSERVE',
      details: { failures: messages },
      cause: failures[0],
    });
    this.failures = failures;
  }
}

/** A network specification the dataplane cannot realise. */
export class NetworkSpecError extends ValidationError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, { code: 'SF_ERR_VALIDATION_NETWORK_SPEC', details });
  }
}
