import assert from 'node:assert/strict';
import { EXPECTED_SCHEMA_VERSION, migrations } from '@sf/migrations';

describe('migration list', () => {
  it('is named <yyyymmddhhmm>_<slug>, unique, and in order', () => {
    const names = migrations.map((migration) => migration.name);
    for (const name of names) assert.match(name, /^\d{12}_[a-z0-9_]+$/);
    assert.deepEqual([...names].sort(), names);
    assert.equal(new Set(names).size, names.length);
  });

  it('expects the version equal to the number of migrations', () => {
    assert.equal(EXPECTED_SCHEMA_VERSION, migrations.length);
  });
});
