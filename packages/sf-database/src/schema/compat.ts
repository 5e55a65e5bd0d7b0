import { GrpcStatus, SfError, type SfErrorOptions } from '@sf/common';

export const MIN_MARIADB_VERSION = [10, 11, 0] as const;

export interface ServerFacts {
  version: string;
  defaultStorageEngine: string;
  characterSetDatabase: string;
  collationDatabase: string;
}

/** The server is not one sf-ts supports; every reason is listed, and there is no override. */
export class MariaDBIncompatibleError extends SfError {
  readonly mapping = { httpStatus: 500, grpcStatus: GrpcStatus.FAILED_PRECONDITION, exitCode: 1 };
  constructor(readonly problems: readonly string[], options?: SfErrorOptions) {
    super(`MariaDB server is not compatible with sf-ts:\n  ${problems.join('\n  ')}`, 'SF_ERR_INTERNAL_MARIADB_INCOMPATIBLE', options);
  }
}

function parseVersion(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match === null ? undefined : match.slice(1, 4).map(Number);
}

function atLeast(actual: number[], wanted: readonly number[]): boolean {
  for (let i = 0; i < wanted.length; i += 1) {
    const a = actual[i] ?? 0;
    const w = wanted[i] ?? 0;
    if (a !== w) return a > w;
  }
  return true;
}

/** Every failed check, so an operator fixes them all in one go. */
export function compatibilityProblems(facts: ServerFacts): string[] {
  const problems: string[] = [];
  const minimum = MIN_MARIADB_VERSION.join('.');
  if (!facts.version.includes('MariaDB')) {
    problems.push(`server version "${facts.version}" is not MariaDB (MySQL and others are not supported)`);
  } else {
    const parsed = parseVersion(facts.version);
    if (parsed === undefined) problems.push(`server version "${facts.version}" cannot be parsed`);
    else if (!atLeast(parsed, MIN_MARIADB_VERSION)) problems.push(`MariaDB ${facts.version} is older than ${minimum}`);
  }
  if (facts.defaultStorageEngine.toLowerCase() !== 'innodb') {
    problems.push(`default storage engine is ${facts.defaultStorageEngine}, InnoDB is required`);
  }
  if (facts.characterSetDatabase !== 'utf8mb4') {
    problems.push(`database character set is ${facts.characterSetDatabase}, utf8mb4 is required`);
  }
  if (!facts.collationDatabase.startsWith('utf8mb4_')) {
    problems.push(`database collation is ${facts.collationDatabase}, a utf8mb4_ collation is required`);
  }
  return problems;
}

export function assertCompatible(facts: ServerFacts): void {
  const problems = compatibilityProblems(facts);
  if (problems.length > 0) throw new MariaDBIncompatibleError(problems);
}
