import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { probeDomainType } from '../../src/index.js';
import { exists, logger, testConfig, testDomainType, virshHasDomain } from './helpers/env.js';

describe('compute driver: hypervisor probe', function () {
  this.timeout(120000);

  it('libvirt.type kvm or qemu is used as configured, without probing', async () => {
    for (const type of ['kvm', 'qemu'] as const) {
      const config = await testConfig();
      config.libvirt.type = type;
      assert.deepEqual(await probeDomainType(config, logger), { domainType: type, reason: 'configured (libvirt.type)' });
    }
  });

  it('auto picks kvm only when a kernel booted under KVM, and leaves no probe domain or folder behind', async () => {
    const config = await testConfig();
    const result = config.libvirt.type === 'auto' ? await testDomainType() : await probeDomainType({ ...config, libvirt: { ...config.libvirt, type: 'auto' } }, logger);
    if (result.domainType === 'kvm') assert.equal(result.reason, 'a kernel booted under KVM');
    else assert.match(result.reason, /\/dev\/kvm is not available|no kernel|KVM probe failed: /);
    assert.equal(await virshHasDomain(`${config.compute.domain_prefix}kvm-probe`), false);
    assert.equal(await exists(join(config.node.state_dir, `${config.compute.domain_prefix}kvm-probe`)), false);
  });

  it('a probe guest left running by a crash mid-probe is destroyed by the next start, whether it probes or not', async () => {
    for (const type of ['auto', 'qemu'] as const) {
      const config = await testConfig();
      // Still this run's prefix, so a kill here leaves nothing the next run's sweep would not find.
      config.compute.domain_prefix = `${config.compute.domain_prefix}${randomBytes(2).toString('hex')}-`;
      config.libvirt.type = type;
      // A kernel that cannot start keeps the auto case quick; the leftover must go before the probe is tried.
      config.libvirt.probe_kernel = '/nonexistent/vmlinuz';
      const name = `${config.compute.domain_prefix}kvm-probe`;
      // What a crash leaves: a transient guest under the probe's name that never stops (no disk: the firmware loops).
      const xml = `<domain type="qemu"><name>${name}</name><memory unit="MiB">32</memory><os><type arch="x86_64" machine="pc">hvm</type></os><devices><video><model type="none"/></video></devices></domain>`;
      const dir = await mkdtemp(join(config.node.state_dir, 'probe-test-'));
      try {
        await writeFile(join(dir, 'leftover.xml'), xml);
        await execa('virsh', ['-c', 'qemu:///system', 'create', join(dir, 'leftover.xml')]);
        assert.equal(await virshHasDomain(name), true);
        assert.equal((await probeDomainType(config, logger)).domainType, type === 'auto' ? 'qemu' : type);
        assert.equal(await virshHasDomain(name), false);
      } finally {
        await execa('virsh', ['-c', 'qemu:///system', 'destroy', name], { reject: false });
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  it('a probe kernel that cannot boot means emulation', async () => {
    const config = await testConfig();
    config.libvirt.type = 'auto';
    config.libvirt.probe_kernel = '/nonexistent/vmlinuz';
    const result = await probeDomainType(config, logger);
    assert.equal(result.domainType, 'qemu');
  });
});
