import {
  pages,
  type DatabaseClient,
  type Instance__Output,
  type ListInstancesRequest,
  type ListNamespacesRequest,
  type ListNetworksRequest,
  type Namespace__Output,
  type Network__Output,
} from '@sf/database-client';

/** Every instance the filter lets through, in every namespace unless it names one. */
export function instancesIn(db: DatabaseClient, filter: Omit<ListInstancesRequest, 'page'>): AsyncGenerator<Instance__Output> {
  return pages((page) => db.instances.list({ ...filter, page }).then((r) => ({ items: r.instances, next: r.next_page_token })));
}

/** Every network the filter lets through, in every namespace unless it names one. */
export function networksIn(db: DatabaseClient, filter: Omit<ListNetworksRequest, 'page'>): AsyncGenerator<Network__Output> {
  return pages((page) => db.networks.list({ ...filter, page }).then((r) => ({ items: r.networks, next: r.next_page_token })));
}

/** Every namespace the filter lets through. */
export function namespacesIn(db: DatabaseClient, filter: Omit<ListNamespacesRequest, 'page'>): AsyncGenerator<Namespace__Output> {
  return pages((page) => db.namespaces.list({ ...filter, page }).then((r) => ({ items: r.namespaces, next: r.next_page_token })));
}
