/**
 * JSON Schemas of the REST views (API.md sections 4-10). Fastify compiles
 * them into the response serializers and /openapi.json publishes them.
 * Unknown values are `null`, never omitted (API.md section 14, item 10).
 */
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nint = { type: ['integer', 'null'] } as const;
const bool = { type: 'boolean' } as const;
const metadata = { type: 'object', additionalProperties: true } as const;
const anyJson = {} as const;

export const nullReply = { type: 'null', description: 'Shaken Fist answers JSON null when there is nothing to return.' } as const;
export const uuidPattern = '^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$';

/** A {ref}: a UUID or a unique name. Bounded so a huge path never reaches the tier. */
export const refParams = (...names: string[]) =>
  ({
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1, maxLength: 255 }])),
    required: names,
    additionalProperties: false,
  }) as const;

export const interfaceView = {
  type: 'object',
  properties: {
    uuid: str, state: str, metadata, version: int, network_uuid: str, instance_uuid: str,
    macaddr: str, ipv4: nstr, order: int, model: str, floating: nstr,
  },
  required: ['uuid', 'state', 'metadata', 'version', 'network_uuid', 'instance_uuid', 'macaddr', 'ipv4', 'order', 'model', 'floating'],
} as const;

export const instanceView = {
  type: 'object',
  properties: {
    uuid: str, name: str, namespace: str, state: str, metadata, version: int, cpus: int, memory: int,
    disk_spec: { type: 'array', items: { type: 'object', additionalProperties: true } },
    disks: { type: 'array', items: { type: 'object', additionalProperties: true } },
    interfaces: { type: 'array', items: interfaceView },
    ssh_key: nstr, user_data: nstr,
    video: { type: 'object', additionalProperties: true },
    uefi: bool, secure_boot: bool, machine_type: str, nvram_template: nstr, configdrive: str,
    side_channels: { type: ['array', 'null'], items: str },
    power_state: nstr, node: nstr, console_port: nint, vdi_port: nint, vdi_tls_port: nint,
    agent_state: nstr, agent_start_time: { type: ['number', 'null'] }, agent_system_boot_time: { type: ['number', 'null'] },
    error_message: nstr, requested_placement: str,
  },
  required: [
    'uuid', 'name', 'namespace', 'state', 'metadata', 'version', 'cpus', 'memory', 'disk_spec', 'disks', 'interfaces', 'ssh_key',
    'user_data', 'video', 'uefi', 'secure_boot', 'machine_type', 'nvram_template', 'configdrive', 'side_channels', 'power_state',
    'node', 'console_port', 'vdi_port', 'vdi_tls_port', 'agent_state', 'agent_start_time', 'agent_system_boot_time', 'error_message',
  ],
} as const;

export const networkView = {
  type: 'object',
  properties: {
    uuid: str, name: nstr, namespace: str, state: str, metadata, version: int, netblock: str,
    provide_dhcp: bool, provide_nat: bool, provide_dns: bool, floating_gateway: nstr, vxlan_id: int,
  },
  required: ['uuid', 'name', 'namespace', 'state', 'metadata', 'version', 'netblock', 'provide_dhcp', 'provide_nat', 'provide_dns', 'floating_gateway', 'vxlan_id'],
} as const;

export const namespaceView = {
  type: 'object',
  properties: {
    name: str, state: str, metadata, version: int,
    keys: { type: 'array', items: str },
    trust: { type: 'object', properties: { full: { type: 'array', items: str } }, required: ['full'] },
  },
  required: ['name', 'state', 'metadata', 'version', 'keys', 'trust'],
} as const;

export const nodeView = {
  type: 'object',
  properties: {
    uuid: str, name: str, ip: str, state: str, metadata, version: int, lastseen: { type: 'number' }, release: str,
    is_etcd_master: bool, is_hypervisor: bool, is_network_node: bool, is_eventlog_node: bool, is_cluster_maintainer: bool,
  },
  required: ['uuid', 'name', 'ip', 'state', 'metadata', 'version', 'lastseen', 'release', 'is_etcd_master', 'is_hypervisor', 'is_network_node', 'is_eventlog_node'],
} as const;

export const eventView = {
  type: 'object',
  properties: {
    type: str, timestamp: { type: 'number' }, fqdn: str, duration: { type: ['number', 'null'] }, message: str,
    extra: { type: ['object', 'null'], additionalProperties: true },
  },
  required: ['type', 'timestamp', 'fqdn', 'duration', 'message', 'extra'],
} as const;

export const EVENT_TYPES = ['audit', 'mutate', 'status', 'usage', 'resources', 'prune', 'historic'] as const;

/** The optional body of every events endpoint (API.md section 10); limit capped as Shaken Fist's validator does. */
export const eventsBody = {
  type: 'object',
  properties: {
    event_type: { type: ['string', 'null'], enum: [...EVENT_TYPES, null] },
    limit: { type: ['integer', 'null'], minimum: 1, maximum: 1000 },
    namespace: nstr,
  },
  additionalProperties: false,
} as const;

export const listOf = (items: object) => ({ type: 'array', items }) as const;
export { anyJson, metadata };

/** A body that takes only an optional namespace (GET and DELETE of one object). */
export const namespaceOnlyBody = {
  type: 'object',
  properties: { namespace: { type: ['string', 'null'], maxLength: 255 } },
  additionalProperties: false,
} as const;

export const emptyBody = { type: 'object', additionalProperties: false } as const;

/** GET /admin/locks: lock path -> who holds it (see lockViews); Shaken Fist's CLI reads `pid` and `node`. */
export const lockViews = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { node: str, pid: nint, operation: str, holder: nstr, expires_at: { type: ['number', 'null'] } },
    required: ['node', 'pid', 'operation', 'holder', 'expires_at'],
  },
} as const;
