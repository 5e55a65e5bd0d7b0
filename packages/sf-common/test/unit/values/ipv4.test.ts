import assert from 'node:assert/strict';
import { formatIpv4, formatIpv4Block, ipv4BlockContains, ipv4ReservedInBlock, parseIpv4, parseIpv4Block } from '../../../src/values/ipv4.js';
import { isPoolMac } from '../../../src/values/mac.js';
import { instanceTapName, isInstanceTap } from '../../../src/values/tap.js';
import { canonicalUuid } from '../../../src/values/uuid.js';

describe('ipv4 values', () => {
  it('parses and formats addresses, refusing what is not one', () => {
    assert.equal(parseIpv4('10.1.2.3'), 167838211);
    assert.equal(formatIpv4(167838211), '10.1.2.3');
    for (const bad of ['10.1.2', '10.1.2.256', '10.1.2.x', '1.2.3.4.5', '', '10.0.0.010', '010.1.2.3', '10.1.2.00']) assert.equal(parseIpv4(bad), undefined, bad);
  });

  it('parses netblocks with the host bits cleared, and tests membership', () => {
    const block = parseIpv4Block('10.1.2.77/24');
    assert.deepEqual(block, { network: parseIpv4('10.1.2.0'), prefix: 24, size: 256 });
    assert.equal(formatIpv4Block(block!), '10.1.2.0/24');
    assert.equal(ipv4BlockContains(block!, parseIpv4('10.1.2.255')!), true);
    assert.equal(ipv4BlockContains(block!, parseIpv4('10.1.3.0')!), false);
    for (const bad of ['10.1.2.0', '10.1.2.0/33', '10.1.2.0/x', '10.1.2.0/24/1', 'x/24', '10.1.2.0/024', '10.01.2.0/24']) assert.equal(parseIpv4Block(bad), undefined, bad);
  });

  it('names the network, gateway and broadcast addresses of a block as reserved, and only those', () => {
    const block = parseIpv4Block('10.1.2.0/29')!;
    const reserved = ['10.1.2.0', '10.1.2.1', '10.1.2.2', '10.1.2.6', '10.1.2.7'].filter((a) => ipv4ReservedInBlock(block, parseIpv4(a)!));
    assert.deepEqual(reserved, ['10.1.2.0', '10.1.2.1', '10.1.2.7']);
  });
});

describe('mac values', () => {
  it('knows the MACs of the pool (02:00:00:xx:xx:xx, any case) from the rest', () => {
    for (const good of ['02:00:00:00:00:01', '02:00:00:AB:cd:EF']) assert.equal(isPoolMac(good), true, good);
    for (const bad of ['52:54:00:12:34:56', '02:00:00:00:00', '02-00-00-00-00-01', '02:00:00:00:00:0g', '']) assert.equal(isPoolMac(bad), false, bad);
  });
});

describe('instance taps', () => {
  it('names an interface\'s tap from its uuid within IFNAMSIZ, and knows taps from other links', () => {
    const tap = instanceTapName('0F8FAD5B-D9CB-469F-A165-70867728950E');
    assert.equal(tap, 'tap-0f8fad5bd9c');
    assert.ok(tap.length <= 15 && isInstanceTap(tap));
    for (const other of ['vnet0', 'tap-', 'tap-0f8fad5bd9cb', 'br-vxlan-000001', 'tap-a b']) assert.equal(isInstanceTap(other), false, other);
    assert.throws(() => instanceTapName('not-a-uuid'), TypeError);
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
