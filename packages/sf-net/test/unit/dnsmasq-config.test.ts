import assert from 'node:assert/strict';
import { NetworkSpecError, type CarrierSpec } from '../../src/index.js';
import { checkCarrier, gatewayOf } from '../../src/internal/carrier-spec.js';
import { checkDhcpHost, dnsmasqPaths, renderConfig, renderHosts } from '../../src/internal/dnsmasq-config.js';

const carrier: CarrierSpec = {
  netblock: '10.9.0.0/24',
  dhcpHosts: [
    { mac: '02:00:00:00:00:0B', ipv4: '10.9.0.11', hostname: 'b' },
    { mac: '02:00:00:00:00:0a', ipv4: '10.9.0.10', hostname: 'a' },
  ],
};

describe('dnsmasq configuration', () => {
  it('hosts file: one sorted line per interface, MACs lower case', () => {
    assert.equal(renderHosts(carrier), '02:00:00:00:00:0a,10.9.0.10,a\n02:00:00:00:00:0b,10.9.0.11,b\n');
    assert.equal(renderHosts({ ...carrier, dhcpHosts: [] }), '');
  });

  it('hostnames dnsmasq would read as something else are left out of their line, the address kept', () => {
    const hosts = ['ignore', 'infinite', '300', '12h', '5', '2W', 'web-1', '1web', 'Ignore', 'h12'].map((hostname, i) => ({
      mac: `02:00:00:00:00:${(16 + i).toString(16)}`,
      ipv4: `10.9.0.${20 + i}`,
      hostname,
    }));
    assert.doesNotThrow(() => checkCarrier({ ...carrier, dhcpHosts: hosts }), 'the network is not refused for them');
    assert.deepEqual(renderHosts({ ...carrier, dhcpHosts: hosts }).trim().split('\n'), [
      '02:00:00:00:00:10,10.9.0.20',
      '02:00:00:00:00:11,10.9.0.21',
      '02:00:00:00:00:12,10.9.0.22',
      '02:00:00:00:00:13,10.9.0.23',
      '02:00:00:00:00:14,10.9.0.24',
      '02:00:00:00:00:15,10.9.0.25',
      '02:00:00:00:00:16,10.9.0.26,web-1',
      '02:00:00:00:00:17,10.9.0.27,1web',
      '02:00:00:00:00:18,10.9.0.28,Ignore',
      '02:00:00:00:00:19,10.9.0.29,h12',
    ]);
  });

  it('config: static DHCP on the gateway interface, DNS only when asked', () => {
    const paths = dnsmasqPaths('/srv/sf', 9);
    const settings = { paths, gateway: '10.9.0.1', mtu: 1450, leaseSeconds: 3600 };
    const config = renderConfig(carrier, settings);
    assert.match(config, /^dhcp-range=10\.9\.0\.0,static,255\.255\.255\.0,3600s$/m);
    assert.match(config, /^dhcp-option=option:router,10\.9\.0\.1$/m);
    assert.match(config, /^dhcp-hostsfile=\/srv\/sf\/dhcp\/9\/hosts$/m);
    assert.match(config, /^port=0$/m);
    assert.match(config, /^quiet-dhcp$/m, 'no log line per DHCP exchange');
    assert.match(renderConfig({ ...carrier, dns: true }, settings), /^port=53$/m);
  });

  it('refuses values that could add a line to a dnsmasq file, and accepts a clean one', () => {
    const host = { mac: '02:00:00:00:00:01', ipv4: '10.9.0.5', hostname: 'ok-name' };
    assert.doesNotThrow(() => checkDhcpHost(carrier, host));
    assert.throws(() => checkDhcpHost(carrier, { ...host, hostname: 'x\ndhcp-script=/bin/sh' }), NetworkSpecError);
    assert.throws(() => checkDhcpHost(carrier, { ...host, mac: '02:00:00:00:00' }), NetworkSpecError);
    assert.throws(() => checkDhcpHost(carrier, { ...host, ipv4: '10.8.0.5' }), NetworkSpecError);
  });
});

describe('carrier spec checks', () => {
  const good: CarrierSpec = { netblock: '10.9.0.0/24', dhcpHosts: [{ mac: '02:00:00:00:00:01', ipv4: '10.9.0.5', hostname: 'a' }] };

  it('control: a plain carrier passes', () => {
    assert.doesNotThrow(() => checkCarrier(good));
    assert.equal(gatewayOf(good), '10.9.0.1');
  });

  it('refuses a gateway or host on the network or broadcast address, a host on the gateway, a MAC twice', () => {
    assert.throws(() => checkCarrier({ ...good, gateway: '10.9.0.0' }), NetworkSpecError);
    assert.throws(() => checkCarrier({ ...good, gateway: '10.9.0.255' }), NetworkSpecError);
    assert.throws(() => checkCarrier({ ...good, dhcpHosts: [{ ...good.dhcpHosts[0]!, ipv4: '10.9.0.1' }] }), NetworkSpecError);
    assert.throws(() => checkCarrier({ ...good, dhcpHosts: [{ ...good.dhcpHosts[0]!, ipv4: '10.9.0.255' }] }), NetworkSpecError);
    const twice = [good.dhcpHosts[0]!, { mac: '02:00:00:00:00:01', ipv4: '10.9.0.6', hostname: 'b' }];
    assert.throws(() => checkCarrier({ ...good, dhcpHosts: twice }), NetworkSpecError);
  });

  it('refuses one address given to two MACs', () => {
    const shared = [good.dhcpHosts[0]!, { mac: '02:00:00:00:00:02', ipv4: '10.9.0.5', hostname: 'b' }];
    assert.throws(() => checkCarrier({ ...good, dhcpHosts: shared }), (err: unknown) => err instanceof NetworkSpecError && /10\.9\.0\.5 is given to both/.test(err.message));
  });

  it('refuses addresses that are not canonical dotted quads, wherever they appear', () => {
    const nat = { egressAddress: '203.0.113.7', floating: [{ address: '203.0.113.70', target: '10.9.0.5' }] };
    assert.doesNotThrow(() => checkCarrier({ ...good, nat }), 'control');
    const bad: CarrierSpec[] = [
      { ...good, netblock: '10.9.0.00/24' },
      { ...good, netblock: '10.9.0.0/024' },
      { ...good, gateway: '10.9.0.01' },
      { ...good, dhcpHosts: [{ ...good.dhcpHosts[0]!, ipv4: '10.9.0.05' }] },
      { ...good, nat: { ...nat, egressAddress: '203.0.113.07' } },
      { ...good, nat: { ...nat, floating: [{ address: '203.000.113.70', target: '10.9.0.5' }] } },
      { ...good, nat: { ...nat, floating: [{ address: '203.0.113.70', target: '010.9.0.5' }] } },
    ];
    for (const spec of bad) assert.throws(() => checkCarrier(spec), NetworkSpecError, JSON.stringify(spec));
  });
});
