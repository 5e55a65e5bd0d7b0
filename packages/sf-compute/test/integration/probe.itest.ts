import assert from 'node:assert/strict';
import { execa } from 'execa';
import { probeDomainType } from '../../src/index.js';
import { logger, testConfig, testDomainType } from './helpers/env.js';

describe('compute driver: hypervisor probe', function () {
  this.timeout(120000);

  it('libvirt.type kvm or qemu is used as configured, without probing', async () => {
    for (const type of ['kvm', 'qemu'] as const) {
      const config = testConfig();
      config.libvirt.type = type;
      assert.deepEqual(await probeDomainType(config, logger), { domainType: type, reason: 'configured (libvirt.type)' });
    }
  });

  it('auto picks kvm only when a kernel booted under KVM, and leaves no probe domain behind', async () => {
    const config = testConfig();
    const result = config.libvirt.type === 'auto' ? await testDomainType() : await probeDomainType({ ...config, libvirt: { ...config.libvirt, type: 'auto' } }, logger);
    if (result.domainType === 'kvm') assert.equal(result.reason, 'a kernel booted under KVM');
    else assert.match(result.reason, /\/dev\/kvm is not available|no kernel|KVM probe failed: /);
    const { stdout } = await execa('virsh', ['-c', 'qemu:///system', 'list', '--all', '--name']);
    assert.equal(stdout.split('\n').some((name) => name.startsWith('sfprobe-')), false);
  });

  it('a probe kernel that cannot boot means emulation', async () => {
    const config = testConfig();
    config.libvirt.type = 'auto';
    config.libvirt.probe_kernel = '/nonexistent/vmlinuz';
    const result = await probeDomainType(config, logger);
    assert.equal(result.domainType, 'qemu');
  });
});
