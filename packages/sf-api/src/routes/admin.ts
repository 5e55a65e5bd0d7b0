import { emptyBody, lockViews as lockViewsSchema } from '../internal/schemas.js';
import { lockViews } from '../internal/views.js';
import type { RoutePlugin } from './types.js';

/** /admin (API.md section 9): system only, others get 401. */
export const adminRoutes: RoutePlugin = (app, deps) => {
  app.get('/admin/locks', {
    config: { admin: true },
    schema: { summary: 'The locks held in the cluster: its leases, and the capacity creates hold', body: emptyBody, response: { 200: lockViewsSchema } },
  }, async () => {
    const [locks, reservations] = await Promise.all([deps.db.locks.list(), deps.db.scheduling.listHeld()]);
    return lockViews(locks, reservations);
  });
};
