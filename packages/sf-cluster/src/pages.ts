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
import type { JobRun } from './job-run.js';

/** Work is going on: a job's run, pulsed before each page (see JobRun.pulse). */
type Pulse = Pick<JobRun, 'pulse'>;
type Page = { page_size: number; page_token: string };

function pulsed<T>(run: Pulse, fetch: (page: Page) => Promise<T>): (page: Page) => Promise<T> {
  return (page) => {
    run.pulse();
    return fetch(page);
  };
}

/** Every instance the filter lets through, in every namespace unless it names one. */
export function instancesIn(db: DatabaseClient, run: Pulse, filter: Omit<ListInstancesRequest, 'page'>): AsyncGenerator<Instance__Output> {
  return pages(pulsed(run, (page) => db.instances.list({ ...filter, page }).then((r) => ({ items: r.instances, next: r.next_page_token }))));
}

/** Every network the filter lets through, in every namespace unless it names one. */
export function networksIn(db: DatabaseClient, run: Pulse, filter: Omit<ListNetworksRequest, 'page'>): AsyncGenerator<Network__Output> {
  return pages(pulsed(run, (page) => db.networks.list({ ...filter, page }).then((r) => ({ items: r.networks, next: r.next_page_token }))));
}

/** Every namespace the filter lets through. */
export function namespacesIn(db: DatabaseClient, run: Pulse, filter: Omit<ListNamespacesRequest, 'page'>): AsyncGenerator<Namespace__Output> {
  return pages(pulsed(run, (page) => db.namespaces.list({ ...filter, page }).then((r) => ({ items: r.namespaces, next: r.next_page_token }))));
}
