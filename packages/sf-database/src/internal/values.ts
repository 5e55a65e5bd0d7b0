import { ValidationError, canonicalUuid as toCanonicalUuid } from '@sf/common';
import type { Param } from './sql.js';

/** Seconds since the epoch from a DATETIME column; 0 stands for NULL on the wire. */
export function epoch(value: Date | null | undefined): number {
  return value === null || value === undefined ? 0 : value.getTime() / 1000;
}

/** Empty wire strings are SQL NULL. */
export function nullable(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

export function nullableNumber(value: number | undefined): number | null {
  return value === undefined || value === 0 ? null : value;
}

export function text(value: string | null | undefined): string {
  return value ?? '';
}

/** Whether the text is a uuid, in any of its accepted forms. */
export function isUuid(value: string): boolean {
  return toCanonicalUuid(value) !== undefined;
}

/** The canonical uuid (see @sf/common canonicalUuid), or a ValidationError naming the field. */
export function canonicalUuid(value: string, field = 'uuid'): string {
  const uuid = toCanonicalUuid(value);
  if (uuid === undefined) throw new ValidationError(`${field}: "${value}" is not a uuid`);
  return uuid;
}

/** Object references are uuids or names (namespaces, nodes): uuids get the canonical form, names stay as they are. */
export function canonicalRef(value: string): string {
  return toCanonicalUuid(value) ?? value;
}

export function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') throw new ValidationError(`${field} is required`);
  return value;
}

/** A JSON document given as text; empty means the default. */
export function jsonText(value: string | undefined, field: string, fallback: string | null): string | null {
  if (value === undefined || value === '') return fallback;
  try {
    JSON.parse(value);
  } catch {
    throw new ValidationError(`${field} is not valid JSON`);
  }
  return value;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface PageInput {
  page_size?: number;
  page_token?: string;
}

/** Page size as an integer literal: it is inlined into LIMIT, so it must be a clamped integer. */
export function pageSize(page: PageInput | null | undefined): number {
  const asked = page?.page_size ?? 0;
  if (!Number.isInteger(asked) || asked <= 0) return DEFAULT_PAGE_SIZE;
  return Math.min(asked, MAX_PAGE_SIZE);
}

/**
 * A list query assembled from optional filters. Filters become WHERE terms
 * with placeholders; paging is keyset on the key column (no OFFSET, so a page
 * costs the same however deep it is).
 */
export class ListQuery {
  private readonly terms: string[] = [];
  readonly params: Param[] = [];

  where(term: string, ...params: Param[]): this {
    this.terms.push(term);
    this.params.push(...params);
    return this;
  }

  whereIf(value: string | undefined, term: string): this {
    if (value !== undefined && value !== '') this.where(term, value);
    return this;
  }

  whereIn(column: string, values: readonly string[] | undefined): this {
    if (values !== undefined && values.length > 0) this.where(`${column} IN (${placeholders(values.length)})`, ...values);
    return this;
  }

  build(select: string, keyColumn: string, page: PageInput | null | undefined): { sql: string; params: Param[]; limit: number } {
    const limit = pageSize(page);
    const token = page?.page_token ?? '';
    if (token !== '') this.where(`${keyColumn} > ?`, token);
    const where = this.terms.length > 0 ? ` WHERE ${this.terms.join(' AND ')}` : '';
    return { sql: `${select}${where} ORDER BY ${keyColumn} LIMIT ${limit + 1}`, params: this.params, limit };
  }
}

/** Splits the extra row a list query fetched into the next page token. */
export function paged<T>(rows: T[], limit: number, key: (row: T) => string): { items: T[]; next: string } {
  if (rows.length <= limit) return { items: rows, next: '' };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: last === undefined ? '' : key(last) };
}

/** A JSON column as read: always text (the pool sets mysql2's jsonStrings), or NULL. */
export type JsonColumn = string | null;

export function jsonColumnText(value: JsonColumn): string {
  return value ?? '';
}

export function jsonColumnValue<T>(value: JsonColumn): T | null {
  return value === null ? null : (JSON.parse(value) as T);
}

/** `?, ?, ?` for n parameters (or n copies of a group such as `(?, ?)`), for IN lists and multi-row inserts. */
export function placeholders(n: number, group = '?'): string {
  return Array.from({ length: n }, () => group).join(', ');
}
