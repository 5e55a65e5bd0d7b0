import assert from 'node:assert/strict';
import { Throttle } from '../../src/internal/throttle.js';

describe('the throttle of cheap work (one pass per key per interval)', () => {
  const T0 = 1_700_000_000_000;

  it('lets a key pass once per interval, each key on its own clock', () => {
    const throttle = new Throttle(10_000, 100);
    assert.equal(throttle.due('a', T0), true);
    assert.equal(throttle.due('a', T0), false);
    assert.equal(throttle.due('a', T0 + 9_999), false);
    assert.equal(throttle.due('b', T0 + 5_000), true, 'another key is not held back');
    assert.equal(throttle.due('a', T0 + 10_000), true, 'due again once the interval is over');
    assert.equal(throttle.due('b', T0 + 10_000), false);
    assert.equal(throttle.due('b', T0 + 15_000), true);
  });

  it('starts the interval again only when a key passes, not when it is refused', () => {
    const throttle = new Throttle(10_000, 100);
    assert.equal(throttle.due('a', T0), true);
    for (let t = T0 + 1_000; t < T0 + 10_000; t += 1_000) assert.equal(throttle.due('a', t), false);
    assert.equal(throttle.due('a', T0 + 10_000), true, 'refusals in between did not push it back');
    assert.equal(throttle.due('a', T0 + 19_999), false);
  });

  it('reads the clock itself when given no time', () => {
    const throttle = new Throttle(60_000, 100);
    assert.equal(throttle.due('a'), true);
    assert.equal(throttle.due('a'), false);
  });

  it('holds at most maxKeys keys: past it, every key is forgotten and passes again', () => {
    const throttle = new Throttle(10_000, 3);
    for (const key of ['a', 'b', 'c']) assert.equal(throttle.due(key, T0), true);
    for (const key of ['a', 'b', 'c']) assert.equal(throttle.due(key, T0 + 1), false, `${key} is still held back`);
    assert.equal(throttle.due('d', T0 + 2), true, 'a fourth key empties the map');
    assert.equal(throttle.due('d', T0 + 3), false, 'and is the one key kept');
    for (const key of ['a', 'b']) assert.equal(throttle.due(key, T0 + 4), true, `${key} was forgotten`);
    assert.equal(throttle.due('e', T0 + 5), true, 'the map is full again (d, a, b): e empties it');
    assert.equal(throttle.due('a', T0 + 6), true);
  });
});
