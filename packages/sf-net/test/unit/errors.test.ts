import assert from 'node:assert/strict';
import { InternalError } from '@sf/common/errors';
import { NetlinkError, ObserveError } from '../../src/index.js';

describe('sf-net errors', () => {
  it('a netlink refusal names the operation, the link and the errno', () => {
    const err = new NetlinkError('create vxlan', 'vxlan-7', new Error('Request rejected: EEXIST'), 'sfnet-7');
    assert.ok(err instanceof InternalError);
    assert.equal(err.code, 'SF_ERR_INTERNAL_NETLINK');
    assert.equal(err.errno, 'EEXIST');
    assert.deepEqual(err.details, { operation: 'create vxlan', link: 'vxlan-7', errno: 'EEXIST', namespace: 'sfnet-7' });
    assert.match(err.message, /create vxlan failed for vxlan-7 in netns sfnet-7: EEXIST/);
  });

  it('an observation that failed for several networks carries every failure', () => {
    const failures = [new NetlinkError('dump links', '*', new Error('ENOBUFS'), 'sfnet-7'), new Error('nft went away')];
    const err = new ObserveError(failures);
    assert.ok(err instanceof InternalError);
    assert.equal(err.code, 'SF_ERR_INTERNAL_OBSERVE');
    assert.deepEqual(err.failures, failures);
    assert.match(err.message, /ENOBUFS.*nft went away/);
  });
});
