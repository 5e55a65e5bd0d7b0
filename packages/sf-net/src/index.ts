export { Dataplane } from './dataplane.js';
export { DnsmasqError, NamespaceError, NetlinkError, NetworkSpecError, NftError, ObserveError, PidfdError } from './errors.js';
export { MAX_VNI, VXLAN_OVERHEAD, bridgeName, vxlanName } from './internal/names.js';
export { dataplaneOptionsFromConfig } from './options.js';
export type { Drift } from './internal/drift.js';
export type * from './types.js';
