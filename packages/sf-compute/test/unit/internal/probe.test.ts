import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@sf/common';
import { Libvirt, type Binding } from '../../../src/internal/libvirt.js';
import { bootsUnderKvm, chooseDomainType, type ProbeOptions } from '../../../src/internal/probe.js';

const NO_DOMAIN = "Domain not found: no domain with matching name 'sfu-kvm-probe'";

/** A guest that, on the first lookup after it started, does what `behaviour` says and is gone. */
class FakeProbeGuest {
  xml = '';
  dirDuringProbe: boolean | null = null;

  constructor(private readonly behaviour: 'prints-then-vanishes' | 'vanishes') {}

  binding(): Binding {
    return {
      connectOpen: async () => undefined,
      connectClose: async () => undefined,
      domainCreateXML: async (xml: string) => {
        this.xml = xml;
        const log = /<source path="([^"]+)"/.exec(xml)?.[1] ?? '';
        this.dirDuringProbe = await stat(join(log, '..')).then((s) => s.isDirectory());
        return {};
      },
      domainLookupByName: async () => {
        // The guest prints its panic and is destroyed (on_reboot=destroy) after the probe read the log.
        if (this.behaviour === 'prints-then-vanishes') {
          const log = /<source path="([^"]+)"/.exec(this.xml)?.[1] ?? '';
          await writeFile(log, 'Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)\n');
        }
        throw new Error(NO_DOMAIN);
      },
    } as unknown as Binding;
  }
}

describe('KVM probe (fake libvirt)', () => {
  const logger = createLogger({ name: 'sf-compute-test', level: 'silent' });
  let stateDir: string;
  let options: ProbeOptions;

  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'sf-compute-probe-unit-'));
    options = { configured: 'auto', domainPrefix: 'sfu-', stateDir, kernel: '/boot/vmlinuz', timeoutSeconds: 30, kvmDisabledCpuFeatures: [], logger };
  });

  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  async function probe(guest: FakeProbeGuest): Promise<string | null> {
    const libvirt = new Libvirt('test:///fake', () => guest.binding());
    try {
      return await bootsUnderKvm(libvirt, '/boot/vmlinuz', options);
    } finally {
      await libvirt.close();
    }
  }

  it('a guest that prints its panic and vanishes before the lookup booted', async () => {
    assert.equal(await probe(new FakeProbeGuest('prints-then-vanishes')), null);
  });

  it('a guest that vanishes without printing it did not', async () => {
    assert.equal(await probe(new FakeProbeGuest('vanishes')), 'the probe guest stopped before its kernel finished booting');
  });

  it('disables arch-capabilities under kvm even when the configured list is empty', async () => {
    const guest = new FakeProbeGuest('vanishes');
    await probe(guest);
    assert.match(guest.xml, /<cpu mode="host-passthrough">\s*<feature policy="disable" name="arch-capabilities"\/>\s*<\/cpu>/);
  });

  it('logs into <state_dir>/<prefix>kvm-probe and removes the folder afterwards', async () => {
    const guest = new FakeProbeGuest('vanishes');
    await probe(guest);
    assert.match(guest.xml, new RegExp(`<source path="${join(stateDir, 'sfu-kvm-probe', 'console.log')}"/>`));
    assert.equal(guest.dirDuringProbe, true);
    await assert.rejects(stat(join(stateDir, 'sfu-kvm-probe')), { code: 'ENOENT' });
  });

  it('every start removes the folder a killed probe left, whose stale log must not pass for a boot', async () => {
    const leftover = join(stateDir, 'sfu-kvm-probe');
    await mkdir(leftover);
    await writeFile(join(leftover, 'console.log'), 'Kernel panic - not syncing: VFS: Unable to mount root fs\n');
    const libvirt = new Libvirt('test:///fake', () => new FakeProbeGuest('vanishes').binding());
    try {
      assert.equal((await chooseDomainType(libvirt, { ...options, configured: 'qemu' })).domainType, 'qemu');
    } finally {
      await libvirt.close();
    }
    await assert.rejects(stat(leftover), { code: 'ENOENT' });
  });
});
