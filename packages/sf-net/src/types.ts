import type { Logger } from '@sf/common/log';

/** One instance interface served by the network's DHCP server. */
export interface DhcpHost {
  /** MAC address of the instance interface, `aa:bb:cc:dd:ee:ff`. */
  mac: string;
  ipv4: string;
  hostname: string;
}

/** A public address DNATed to an instance address (and SNATed on the way out). */
export interface FloatingIp {
  address: string;
  /** The instance's address inside the network's netblock. */
  target: string;
}

export interface NatSpec {
  /** Public address the network's namespace masquerades to; routed to it on this node. */
  egressAddress: string;
  floating: FloatingIp[];
}

/** What only the network's carrier node runs: namespace, gateway, DHCP, NAT. */
export interface CarrierSpec {
  /** IPv4 netblock, e.g. `10.0.0.0/24`. */
  netblock: string;
  /** Gateway address inside the netblock; the first host address when absent. */
  gateway?: string;
  dhcpHosts: DhcpHost[];
  /** Run dnsmasq for DHCP (Shaken Fist's provide_dhcp); on unless false. */
  dhcp?: boolean;
  /** Answer DNS on the gateway address (dnsmasq's port 53), off unless asked. */
  dns?: boolean;
  nat?: NatSpec;
}

/** The desired state of one virtual network on this node. */
export interface NetworkSpec {
  /** VXLAN network identifier, 1..999999 so that `br-vxlan-<vni>` fits IFNAMSIZ. */
  vni: number;
  /** Mesh IPs of the other nodes that carry this network; this node's own is ignored. */
  peers: string[];
  carrier?: CarrierSpec;
  /**
   * This node's instance interfaces on the network (`tap-<id>`): ensure and
   * reconcile keep them on its bridge, so a recreated bridge gets them back.
   * One that does not exist (yet) is skipped.
   */
  interfaces?: string[];
}

export interface DataplaneOptions {
  /** This node's address on the mesh: the VXLAN source address. */
  meshIp: string;
  /**
   * The mesh's (underlay's) netblocks. Tenants' traffic to any address in them
   * is dropped, also to nodes that share no network with this one (the peers
   * of the desired networks and this node are dropped anyway).
   */
  meshNetblocks?: readonly string[];
  underlayMtu: number;
  vxlanPort: number;
  /** dnsmasq configuration, hosts and lease files live under `<stateDir>/dhcp/<vni>/`. */
  stateDir: string;
  /** Network namespaces are named `<netnsPrefix><vni>`. */
  netnsPrefix: string;
  /** Operate inside this named namespace (tests' fake hypervisors); the process's own when absent. */
  nodeNetns?: string;
  dnsmasqPath: string;
  dhcpLeaseSeconds: number;
  log?: Logger;
}

export interface ObservedLink {
  name: string;
  index: number;
  kind: string | undefined;
  mtu: number | undefined;
  up: boolean;
  master: number | undefined;
}

export interface ObservedVxlan extends ObservedLink {
  vxlanId: number | undefined;
  learning: number | undefined;
  port: number | undefined;
  local: string | undefined;
}

/** What is inside the network's namespace, as seen from a socket opened there. */
export interface ObservedInterior {
  gatewayUp: boolean;
  gatewayAddresses: string[];
  egressUp: boolean;
  egressAddresses: string[];
  defaultRoute: boolean;
  forwarding: boolean;
}

/** A chain as nft lists it; hook, type, priority and policy only for a base chain. */
export interface ObservedChain {
  name: string;
  type?: string;
  hook?: string;
  prio?: number;
  policy?: string;
}

export interface ObservedSet {
  name: string;
  type: string | string[];
  flags: string[];
}

export interface ObservedTable {
  /** Hash of the table's content as the kernel lists it: set elements, chain hooks and priorities, rules. */
  hash: string;
  rules: number;
  chains: ObservedChain[];
  sets: ObservedSet[];
}

export interface ObservedDnsmasq {
  pid: number;
  /** The network namespace it runs in (device:inode of its nsfs file). */
  netnsId: string;
  /** Whether that is the network's namespace: one left in a lost or replaced namespace serves nobody. */
  inNetworkNamespace: boolean;
  /** Contents of the hosts file dnsmasq reads, to spot a stale or edited file. */
  hostsFile: string | undefined;
  /** Whether dnsmasq has read the hosts file as it is now (started or SIGHUPed since it was written). */
  hostsLoaded: boolean;
  configFile: string | undefined;
}

export interface ObservedNetwork {
  vni: number;
  vxlan: ObservedVxlan | undefined;
  bridge: ObservedLink | undefined;
  /** Peer mesh IPs with an all-zero FDB entry on the VXLAN device, sorted. */
  fdb: string[];
  gatewayVeth: ObservedLink | undefined;
  egressVeth: ObservedLink | undefined;
  /** Addresses on the node side of the egress veth. */
  egressVethAddresses: string[];
  /** Addresses routed to this network's egress veth on the node. */
  egressRoutes: string[];
  /** Instance interfaces (`tap-<id>`) on this network's bridge, sorted. */
  attached: string[];
  netns: boolean;
  interior: ObservedInterior | undefined;
  dnsmasq: ObservedDnsmasq | undefined;
  natTable: ObservedTable | undefined;
}

export interface DataplaneSnapshot {
  networks: ObservedNetwork[];
  /** Every instance interface (`tap-<id>`) on the node, attached or not, sorted. */
  instanceInterfaces: string[];
  nodeTable: ObservedTable | undefined;
  nodeForwarding: boolean;
}

/** One change the dataplane made to the node (see `Dataplane.drift` for changes it would make). */
export interface DataplaneAction {
  vni: number | undefined;
  kind: string;
  detail?: Record<string, unknown>;
}
