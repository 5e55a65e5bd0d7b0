import assert from 'node:assert/strict';
import { formatIpv4, formatIpv4Block, ipv4BlockContains, parseIpv4, parseIpv4Block } from '../../../src/values/ipv4.js';
import { canonicalUuid } from '../../../src/values/uuid.js';

describe('ipv4 values', () => {
  it('parses and formats addresses, refusing what is not one', () => {
    assert.equal(parseIpv4('10.1.2.3'), 167838211);
    assert.equal(formatIpv4(167838211), '10.1.2.3');
    for (const bad of ['10.1.2', '10.1.2.256', '10.1.2.x', '1.2.3.4.5', '']) assert.equal(parseIpv4(bad), undefined, bad);
  });

  it('parses netblocks with the host bits cleared, and tests membership', () => {
    const block = parseIpv4Block('10.1.2.77/24');
    assert.deepEqual(block, { network: parseIpv4('10.1.2.0'), prefix: 24, size: 256 });
    assert.equal(formatIpv4Block(block!), '10.1.2.0/24');
    assert.equal(ipv4BlockContains(block!, parseIpv4('10.1.2.255')!), true);
    assert.equal(ipv4BlockContains(block!, parseIpv4('10.1.3.0')!), false);
    for (const bad of ['10.1.2.0', '10.1.2.0/33', '10.1.2.0/x', '10.1.2.0/24/1', 'x/24']) assert.equal(parseIpv4Block(bad), undefined, bad);
  });
});

describe('uuid values', () => {
  it('gives the one canonical form, or undefined', () => {
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    assert.equal(canonicalUuid(uuid.toUpperCase()), uuid);
    assert.equal(canonicalUuid(uuid.replaceAll('-', '')), uuid);
    assert.equal(canonicalUuid('0f8fad5b'), undefined);
  });
});
