import { pages } from '@sf/database-client';

/** Every page of a keyset-paged tier list, 1,000 rows a call. */
export async function allPages<T>(fetch: (page: { page_size: number; page_token: string }) => Promise<{ items: T[]; next: string }>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages(fetch)) out.push(item);
  return out;
}
