import type { Event__Output, HeldReservation__Output, Instance__Output, Lock__Output, Network__Output, NetworkInterface__Output, Node__Output } from '@sf/database-client';

/** Shaken Fist's object schema versions (API.md section 1.5); clients ignore them. */
const VERSION = { instance: 14, network: 6, interface: 3, namespace: 5, node: 7 } as const;

const orNull = (s: string): string | null => (s === '' ? null : s);
const numOrNull = (n: number): number | null => (n === 0 ? null : n);

export const DEFAULT_VIDEO = { model: 'cirrus', memory: 16384, vdi: 'spice' };

/** What the instance row keeps in video_json besides the video spec: fields the tier has no column for yet. */
export interface StoredVideo {
  model: string;
  memory: number;
  vdi: string;
  side_channels?: string[] | null;
}

/** Metadata as the tier sends it (key -> JSON text), as the views show it. */
export function parsedMetadata(json: Record<string, string> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(json ?? {}).map(([key, value]) => [key, JSON.parse(value) as unknown]));
}

/** An interface's view; its metadata as read with it, unless given. */
export function interfaceView(i: NetworkInterface__Output, metadata: Record<string, unknown> = parsedMetadata(i.metadata_json)) {
  return {
    uuid: i.uuid, state: i.state, metadata, version: VERSION.interface, network_uuid: i.network_uuid, instance_uuid: i.instance_uuid,
    macaddr: i.macaddr, ipv4: orNull(i.ipv4), order: i.order, model: i.model, floating: orNull(i.floating),
  };
}

export function instanceView(i: Instance__Output, interfaces: NetworkInterface__Output[], metadata: Record<string, unknown>) {
  const stored = (i.video_json === '' ? DEFAULT_VIDEO : JSON.parse(i.video_json)) as StoredVideo;
  const { side_channels: sideChannels, ...video } = stored;
  const view: Record<string, unknown> = {
    uuid: i.uuid, name: i.name, namespace: i.namespace, state: i.state, metadata, version: VERSION.instance,
    cpus: i.cpus, memory: Number(i.memory_mib),
    // As accepted (API.md section 5.2): what the client left unset reads null, not the default the driver applies.
    disk_spec: i.disks.map((d) => ({ size: numOrNull(d.size_gib), base: orNull(d.base), bus: orNull(d.bus), type: orNull(d.type) })),
    disks: [],
    interfaces: [...interfaces].sort((a, b) => a.order - b.order).map((n) => interfaceView(n)),
    ssh_key: orNull(i.ssh_key), user_data: orNull(i.user_data), video,
    uefi: i.uefi, secure_boot: i.secure_boot, machine_type: i.secure_boot ? 'q35' : 'pc',
    nvram_template: orNull(i.nvram_template), configdrive: i.configdrive === '' ? 'openstack-disk' : i.configdrive,
    side_channels: sideChannels ?? ['sf-agent'],
    power_state: orNull(i.power_state), node: orNull(i.node),
    console_port: numOrNull(i.console_port), vdi_port: numOrNull(i.vdi_port), vdi_tls_port: null,
    agent_state: null, agent_start_time: null, agent_system_boot_time: null, error_message: orNull(i.error_message),
  };
  if (i.requested_node !== '') view.requested_placement = i.requested_node;
  return view;
}

export function networkView(n: Network__Output, metadata: Record<string, unknown>) {
  return {
    uuid: n.uuid, name: orNull(n.name), namespace: n.namespace, state: n.state, metadata, version: VERSION.network, netblock: n.netblock,
    provide_dhcp: n.provide_dhcp, provide_nat: n.provide_nat, provide_dns: n.provide_dns,
    floating_gateway: orNull(n.egress_ipv4), vxlan_id: n.vxid,
  };
}

export function namespaceView(name: string, state: string, keys: string[], trusts: string[], metadata: Record<string, unknown>) {
  // Every namespace trusts system, and that trust cannot be removed (API.md section 1.6).
  const full = [...new Set(['system', ...trusts])].sort();
  return { name, state, metadata, version: VERSION.namespace, keys, trust: { full } };
}

export function nodeView(n: Node__Output, metadata: Record<string, unknown> = {}) {
  return {
    uuid: n.name, name: n.name, ip: n.mesh_ip, state: n.state, metadata, version: VERSION.node, lastseen: n.last_seen,
    release: n.software_version, is_etcd_master: false, is_hypervisor: n.roles.includes('hypervisor'),
    is_network_node: n.roles.includes('network'), is_eventlog_node: false, is_cluster_maintainer: n.roles.includes('cluster'),
  };
}

export function eventView(e: Event__Output) {
  return {
    type: e.event_type, timestamp: e.timestamp, fqdn: e.fqdn, duration: e.duration === 0 ? null : e.duration, message: e.message,
    extra: e.extra_json === '' ? null : (JSON.parse(e.extra_json) as Record<string, unknown>),
  };
}

/** A holder named as sf-cluster names itself, `<node>:<pid>:<nonce>`; any other is all node. */
const HOLDER = /^(.+):(\d+):[0-9a-f]+$/;

/**
 * GET /admin/locks (API.md section 9): an object keyed by lock path, each
 * `{node, pid, operation}` as Shaken Fist's CLI reads them, plus who holds it
 * and until when. There is no etcd: the tier's cluster locks (leases) are
 * under `/sflocks/sf/cluster/`, and the capacity creates hold (reservations
 * not yet consumed) under `/sflocks/sf/instance/`, on the node they hold it
 * on; a create's process is not recorded, so their pid is null.
 */
export function lockViews(locks: Lock__Output[], reservations: HeldReservation__Output[]) {
  const views: Record<string, { node: string; pid: number | null; operation: string; holder: string | null; expires_at: number | null }> = {};
  for (const lock of locks) {
    const holder = HOLDER.exec(lock.holder);
    views[`/sflocks/sf/cluster/${lock.name}`] = {
      node: holder?.[1] ?? lock.holder, pid: holder?.[2] === undefined ? null : Number(holder[2]), operation: `Cluster lock ${lock.name}`,
      holder: lock.holder, expires_at: lock.expires_at,
    };
  }
  for (const r of reservations) {
    views[`/sflocks/sf/instance/${r.instance_uuid}`] = {
      node: r.node, pid: null, operation: r.until_consumed ? 'Instance create: capacity kept for its worker' : 'Instance create: capacity reserved',
      holder: null, expires_at: r.until_consumed ? null : r.lease_expires,
    };
  }
  return views;
}
