/** A keyset-paged tier list, walked a page at a time: every item, in order. */
export async function* pages<T>(
  fetch: (page: { page_size: number; page_token: string }) => Promise<{ items: T[]; next: string }>,
  pageSize = 1000,
): AsyncGenerator<T> {
  let token = '';
  do {
    const { items, next } = await fetch({ page_size: pageSize, page_token: token });
    yield* items;
    token = next;
  } while (token !== '');
}
