import assert from 'node:assert/strict';
import { EndpointPool, endpointAddress } from '../../src/internal/endpoints.js';

describe('endpoint pool', () => {
  it('adds the default port only where none is given', () => {
    assert.equal(endpointAddress('10.0.0.1', 13005), '10.0.0.1:13005');
    assert.equal(endpointAddress(' 10.0.0.1:9 ', 13005), '10.0.0.1:9');
    assert.equal(endpointAddress('db.example.com', 13005), 'db.example.com:13005');
    assert.equal(endpointAddress('fd00::1', 13005), '[fd00::1]:13005');
    assert.equal(endpointAddress('[fd00::1]:7', 13005), '[fd00::1]:7');
  });

  it('goes round robin, skips endpoints out of rotation and those already tried', () => {
    const pool = new EndpointPool(['127.0.0.1:1', '127.0.0.1:2', '127.0.0.1:3'], 60_000, undefined);
    try {
      const [a, b, c] = pool.endpoints;
      const picks = Array.from({ length: 6 }, () => pool.pick(new Set())?.address);
      assert.deepEqual(picks, ['127.0.0.1:1', '127.0.0.1:2', '127.0.0.1:3', '127.0.0.1:1', '127.0.0.1:2', '127.0.0.1:3']);
      pool.markDown(b!, 'test');
      assert.deepEqual(Array.from({ length: 4 }, () => pool.pick(new Set())?.address), ['127.0.0.1:1', '127.0.0.1:3', '127.0.0.1:1', '127.0.0.1:3']);
      assert.equal(pool.pick(new Set([a!, c!]))?.address, '127.0.0.1:2', 'a down endpoint is still tried when nothing else is left');
      assert.equal(pool.pick(new Set([a!, b!, c!])), undefined);
    } finally {
      pool.close();
    }
  });

  it('refuses an empty endpoint list', () => {
    assert.throws(() => new EndpointPool([], 1000, undefined));
  });
});
