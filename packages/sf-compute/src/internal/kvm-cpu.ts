import { el, type XmlElement } from './xml.js';

// Passed through, it makes guests hang in early boot on our nested hosts; a
// configured list that leaves it out (even []) must not bring that back.
const ALWAYS_DISABLED = ['arch-capabilities'];

/** The CPU a kvm guest gets: the host's, minus the features a nested host cannot virtualise. */
export function kvmCpuElement(configuredDisabled: readonly string[]): XmlElement {
  const disabled = [...new Set([...ALWAYS_DISABLED, ...configuredDisabled])];
  return el('cpu', { mode: 'host-passthrough' }, ...disabled.map((name) => el('feature', { policy: 'disable', name })));
}
