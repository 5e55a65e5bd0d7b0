/** Every item of a paged listing, one page at a time. */
export async function* pages<T>(list: (page_token: string) => Promise<{ items: T[]; next: string }>): AsyncGenerator<T> {
  let token = '';
  do {
    const { items, next } = await list(token);
    yield* items;
    token = next;
  } while (token !== '');
}

/** Items per page of the maintainer's listings. */
export const PAGE_SIZE = 200;
