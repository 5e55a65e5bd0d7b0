import assert from 'node:assert/strict';
import { compatibilityProblems, type ServerFacts } from '../../src/schema/compat.js';

const good: ServerFacts = {
  version: '10.11.19-MariaDB-0+deb12u1',
  defaultStorageEngine: 'InnoDB',
  characterSetDatabase: 'utf8mb4',
  collationDatabase: 'utf8mb4_unicode_ci',
};

describe('MariaDB compatibility check', () => {
  it('accepts MariaDB 10.11 with InnoDB and utf8mb4 (the control)', () => {
    assert.deepEqual(compatibilityProblems(good), []);
    assert.deepEqual(compatibilityProblems({ ...good, version: '11.4.2-MariaDB' }), []);
  });

  const refusals: Array<[string, Partial<ServerFacts>, RegExp]> = [
    ['MySQL', { version: '8.0.36' }, /not MariaDB/],
    ['an older MariaDB', { version: '10.6.18-MariaDB' }, /older than 10\.11\.0/],
    ['a garbage version', { version: 'MariaDB-banana' }, /cannot be parsed/],
    ['MyISAM', { defaultStorageEngine: 'MyISAM' }, /InnoDB is required/],
    ['latin1', { characterSetDatabase: 'latin1' }, /utf8mb4 is required/],
    ['a latin1 collation', { collationDatabase: 'latin1_swedish_ci' }, /utf8mb4_ collation/],
  ];
  for (const [what, change, message] of refusals) {
    it(`refuses ${what}`, () => {
      const problems = compatibilityProblems({ ...good, ...change });
      assert.equal(problems.length, 1);
      assert.match(problems[0] ?? '', message);
    });
  }

  it('lists every problem at once', () => {
    assert.equal(compatibilityProblems({ version: '8.0.1', defaultStorageEngine: 'MyISAM', characterSetDatabase: 'latin1', collationDatabase: 'latin1_bin' }).length, 4);
  });
});
