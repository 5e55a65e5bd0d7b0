/** Every page of a keyset-paged tier list, 1,000 rows a call. */
export async function allPages<T>(fetch: (page: { page_size: number; page_token: string }) => Promise<{ items: T[]; next: string }>): Promise<T[]> {
  const out: T[] = [];
  let token = '';
  do {
    const { items, next } = await fetch({ page_size: 1000, page_token: token });
    out.push(...items);
    token = next;
  } while (token !== '');
  return out;
}
