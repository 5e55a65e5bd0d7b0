import { adminRoutes } from './admin.js';
import { authRoutes } from './auth.js';
import { eventRoutes } from './events.js';
import { healthRoutes } from './health.js';
import { instancePowerRoutes } from './instance-power.js';
import { instanceRoutes } from './instances.js';
import { interfaceRoutes } from './interfaces.js';
import { metadataRoutes } from './metadata.js';
import { namespaceKeyRoutes } from './namespace-keys.js';
import { namespaceRoutes } from './namespaces.js';
import { networkRoutes } from './networks.js';
import { nodeRoutes } from './nodes.js';
import { notImplementedRoutes } from './not-implemented.js';
import { rootRoutes } from './root.js';
import type { RoutePlugin } from './types.js';

/** Every route file, registered in this order; no autoload (STYLE.md section 3). */
export const ROUTES: readonly RoutePlugin[] = [
  rootRoutes,
  healthRoutes,
  authRoutes,
  namespaceRoutes,
  namespaceKeyRoutes,
  instanceRoutes,
  instancePowerRoutes,
  interfaceRoutes,
  networkRoutes,
  nodeRoutes,
  eventRoutes,
  metadataRoutes,
  adminRoutes,
  notImplementedRoutes,
];
