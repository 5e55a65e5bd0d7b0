import assert from 'node:assert/strict';
import type { DataplaneSnapshot, NetworkSpec, ObservedNetwork } from '../../src/index.js';
import { gatewayOf } from '../../src/internal/carrier-spec.js';
import { dnsmasqPaths, renderConfig, renderHosts } from '../../src/internal/dnsmasq-config.js';
import { diffSnapshot } from '../../src/internal/drift.js';
import { tableHash } from '../../src/internal/nft-content.js';
import { natTable } from '../../src/internal/nft-ruleset.js';

const settings = { meshIp: '10.0.0.1', vxlanPort: 4789, mtu: 1450, stateDir: '/srv/sf', dhcpLeaseSeconds: 3600 };
const link = (name: string, index: number, extra: Partial<ObservedNetwork['vxlan']> = {}) => ({
  name,
  index,
  kind: 'bridge',
  mtu: 1450,
  up: true,
  master: undefined,
  vxlanId: undefined,
  learning: undefined,
  port: undefined,
  local: undefined,
  ...extra,
});

function meshOnly(vni: number, fdb: string[], attached: string[] = []): ObservedNetwork {
  return {
    vni,
    bridge: link(`br-vxlan-${vni}`, 10),
    vxlan: link(`vxlan-${vni}`, 11, { kind: 'vxlan', master: 10, vxlanId: vni, learning: 0, port: 4789, local: '10.0.0.1' }),
    fdb,
    gatewayVeth: undefined,
    egressVeth: undefined,
    egressVethAddresses: [],
    egressRoutes: [],
    attached,
    netns: false,
    interior: undefined,
    dnsmasq: undefined,
    natTable: undefined,
  };
}

const snapshot = (networks: ObservedNetwork[], instanceInterfaces: string[] = []): DataplaneSnapshot => ({ networks, instanceInterfaces, nodeTable: undefined, nodeForwarding: false });

describe('drift from a snapshot', () => {
  const spec: NetworkSpec = { vni: 5, peers: ['10.0.0.1', '10.0.0.2'] };

  it('control: a mesh-only network in step lacks only the node table', () => {
    assert.deepEqual(diffSnapshot([spec], snapshot([meshOnly(5, ['10.0.0.2'])]), settings), [{ vni: undefined, what: 'node table differs' }]);
  });

  it('names missing networks, FDB differences and networks that are not desired', () => {
    const drifts = diffSnapshot([spec, { vni: 6, peers: [] }], snapshot([meshOnly(5, ['10.0.0.9']), meshOnly(7, [])]), settings);
    assert.deepEqual(
      drifts.filter((d) => d.vni !== undefined),
      [
        { vni: 5, what: 'fdb missing 10.0.0.2' },
        { vni: 5, what: 'fdb extra 10.0.0.9' },
        { vni: 6, what: 'network missing' },
        { vni: 7, what: 'network not desired' },
      ],
    );
  });

  it('names a desired instance interface that exists off the bridge, and not one that does not exist yet', () => {
    const withTaps: NetworkSpec = { ...spec, interfaces: ['tap-a', 'tap-b', 'tap-c'] };
    const drifts = diffSnapshot([withTaps], snapshot([meshOnly(5, ['10.0.0.2'], ['tap-a'])], ['tap-a', 'tap-b']), settings);
    assert.deepEqual(drifts.filter((d) => d.vni !== undefined), [{ vni: 5, what: 'interface tap-b not on the bridge' }]);
  });

  describe('a NAT carrier', () => {
    const carrierSpec: NetworkSpec = {
      vni: 8,
      peers: ['10.0.0.1'],
      carrier: { netblock: '10.8.0.0/24', dhcpHosts: [{ mac: '02:00:00:00:00:01', ipv4: '10.8.0.5', hostname: 'a' }], nat: { egressAddress: '203.0.113.8', floating: [] } },
    };
    const carrier = carrierSpec.carrier ?? assert.fail();
    const inStep = (): ObservedNetwork => ({
      ...meshOnly(8, []),
      gatewayVeth: link('veth-000008-o', 12, { master: 10 }),
      egressVeth: link('egr-000008-o', 13),
      egressVethAddresses: ['169.254.0.1/32'],
      egressRoutes: ['203.0.113.8'],
      netns: true,
      interior: { gatewayUp: true, gatewayAddresses: ['10.8.0.1/24'], egressUp: true, egressAddresses: ['203.0.113.8/32'], defaultRoute: true, forwarding: true },
      dnsmasq: {
        pid: 99,
        netnsId: '4:4026532000',
        inNetworkNamespace: true,
        hostsFile: renderHosts(carrier),
        hostsLoaded: true,
        configFile: renderConfig(carrier, { paths: dnsmasqPaths('/srv/sf', 8), gateway: gatewayOf(carrier), mtu: 1450, leaseSeconds: 3600 }),
      },
      natTable: { hash: tableHash(natTable(carrierSpec) ?? assert.fail()), rules: 1, chains: [], sets: [] },
    });
    const networkDrift = (seen: ObservedNetwork): string[] => diffSnapshot([carrierSpec], snapshot([seen]), settings).filter((d) => d.vni !== undefined).map((d) => d.what);

    it('control: in step', () => {
      assert.deepEqual(networkDrift(inStep()), []);
    });

    it('names a missing link-local address on the egress veth', () => {
      assert.deepEqual(networkDrift({ ...inStep(), egressVethAddresses: [] }), ['egress link address missing']);
    });

    it('names a dnsmasq left outside the network namespace, and a NAT table whose content changed', () => {
      const seen = inStep();
      assert.deepEqual(networkDrift({ ...seen, dnsmasq: seen.dnsmasq && { ...seen.dnsmasq, inNetworkNamespace: false } }), ['dnsmasq outside the namespace']);
      assert.deepEqual(networkDrift({ ...seen, natTable: { hash: 'another', rules: 1, chains: [], sets: [] } }), ['nat table differs']);
    });
  });

  it('an empty desired state against an empty node is in step', () => {
    assert.deepEqual(diffSnapshot([], snapshot([]), settings), []);
  });
});
