import type { Sql } from '../../src/internal/sql.js';

/** The same database, showing each text-protocol statement to `seen` before it runs (to count what a path sent). */
export function spySql(inner: Sql, seen: (sql: string) => void): Sql {
  return {
    rows: (q, p) => inner.rows(q, p),
    exec: (q, p) => inner.exec(q, p),
    textExec: (q, p) => inner.textExec(q, p),
    transaction: (work) => inner.transaction(work),
    afterCommit: (fn) => inner.afterCommit(fn),
    textRows: (q, p) => {
      seen(q);
      return inner.textRows(q, p);
    },
  };
}
