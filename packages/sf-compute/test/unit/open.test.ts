import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig } from '@sf/common';
import { driverOptionsFromConfig } from '../../src/index.js';

describe('driver options from configuration', () => {
  const logger = createLogger({ name: 'sf-compute-test', level: 'silent' });
  let dir: string;
  let file: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-compute-config-'));
    file = join(dir, 'config.json');
    await writeFile(file, '{}');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('puts the image cache and instances under node.state_dir by default', () => {
    const config = loadConfig({ file, env: { SHAKENFIST_NODE_STATE_DIR: '/var/sf' } });
    const options = driverOptionsFromConfig(config, 'qemu', logger);
    assert.equal(options.imageCacheDir, '/var/sf/image_cache');
    assert.equal(options.instanceDir, '/var/sf/instances');
    assert.equal(options.domainPrefix, 'sf-');
    assert.equal(options.configDriveFormat, 'iso');
    assert.deepEqual(options.kvmDisabledCpuFeatures, ['arch-capabilities']);
  });

  it('honours SHAKENFIST_COMPUTE_* and SHAKENFIST_LIBVIRT_* overrides', () => {
    const config = loadConfig({
      file,
      env: {
        SHAKENFIST_COMPUTE_IMAGE_CACHE_DIR: '/cache',
        SHAKENFIST_COMPUTE_CONFIG_DRIVE_FORMAT: 'vfat',
        SHAKENFIST_LIBVIRT_TYPE: 'qemu',
        SHAKENFIST_LIBVIRT_KVM_DISABLED_CPU_FEATURES: 'arch-capabilities,pdpe1gb',
      },
    });
    assert.equal(config.libvirt.type, 'qemu');
    const options = driverOptionsFromConfig(config, 'kvm', logger);
    assert.equal(options.imageCacheDir, '/cache');
    assert.equal(options.configDriveFormat, 'vfat');
    assert.deepEqual(options.kvmDisabledCpuFeatures, ['arch-capabilities', 'pdpe1gb']);
  });
});
