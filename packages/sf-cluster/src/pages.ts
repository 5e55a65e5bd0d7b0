import { pages, type DatabaseClient, type Instance__Output, type Namespace__Output, type Network__Output } from '@sf/database-client';

/** Every instance in one of these states, in every namespace. */
export function instancesIn(db: DatabaseClient, states: string[]): AsyncGenerator<Instance__Output> {
  return pages((page) => db.instances.list({ states, page }).then((r) => ({ items: r.instances, next: r.next_page_token })));
}

/** Every network in one of these states, in every namespace or in one. */
export function networksIn(db: DatabaseClient, states: string[], namespace = ''): AsyncGenerator<Network__Output> {
  return pages((page) => db.networks.list({ namespace, states, page }).then((r) => ({ items: r.networks, next: r.next_page_token })));
}

/** Every namespace in one of these states. */
export function namespacesIn(db: DatabaseClient, states: string[]): AsyncGenerator<Namespace__Output> {
  return pages((page) => db.namespaces.list({ states, page }).then((r) => ({ items: r.namespaces, next: r.next_page_token })));
}
