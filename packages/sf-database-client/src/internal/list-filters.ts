import { withRevision, type CallOptions } from './transport.js';

/** The filters revision 7 added to the lists of instances, networks and namespaces (the maintainer's). */
interface MaintenanceFilter {
  min_state_age_seconds?: number;
  never_queued?: boolean;
  idle_since_state_change?: boolean;
}

/** A list that asks for them needs revision 7: an older sf-database would drop them and list everything. */
export function listOptions(filter: MaintenanceFilter, options: CallOptions | undefined): CallOptions | undefined {
  const filtered = (filter.min_state_age_seconds ?? 0) > 0 || filter.never_queued === true || filter.idle_since_state_change === true;
  return filtered ? withRevision(7, options) : options;
}
