import assert from 'node:assert/strict';
import { DatabaseUnavailableError } from '@sf/common';
import { hashKey, keyMatches } from '../../src/internal/keys.js';

describe('sf-api key hashing', function () {
  this.timeout(60_000);

  it('matches the key it hashed, and no other', async () => {
    const stored = await hashKey('s3cret');
    assert.match(stored, /^scrypt\$16384\$8\$1\$/);
    assert.equal(await keyMatches('s3cret', stored), true);
    assert.equal(await keyMatches('s3cret!', stored), false);
    assert.equal(await keyMatches('s3cret', 'plain$text'), false, 'a malformed stored hash never matches');
  });

  it('answers a flood of key checks beyond what may wait with 503, and serves the rest', async () => {
    const stored = await hashKey('k');
    const outcomes = await Promise.all(Array.from({ length: 80 }, () => keyMatches('k', stored).then(
      (matched) => (matched ? 'matched' : 'no'),
      (err: unknown) => (err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_BUSY' ? 'busy' : String(err)),
    )));
    assert.equal(outcomes.filter((o) => o === 'matched').length, 50, 'two running and 48 waiting are served');
    assert.equal(outcomes.filter((o) => o === 'busy').length, 30);
    assert.equal(await keyMatches('k', stored), true, 'the slots are all given back');
  });
});
