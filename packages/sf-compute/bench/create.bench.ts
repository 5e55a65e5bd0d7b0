/**
 * `npm run bench -- create`: time from create(spec) to a running domain and to
 * the guest's DHCP marker, against raw `virsh create` of the same domain XML
 * in the same run, plus ten creates at once (and ten raw `virsh create`s at
 * once, for reference). Prints one BENCH line on stdout.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { CachedImage, ComputeDriver, InstanceSpec } from '../src/index.js';
import { createTestBridge, type TestBridge } from '../test/integration/helpers/bridge.js';
import { guestSpec, randomMac, testEnv, testGuestImage, waitForConsole, type TestEnv } from '../test/integration/helpers/env.js';

const ROUNDS = 7;
const DHCP = /SF-TEST-GUEST dhcp-address=\S+/;

class StopBeforeDefine extends Error {}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

interface Timing {
  running: number;
  dhcp: number;
}

function specFor(env: TestEnv, image: CachedImage, bridge: TestBridge): InstanceSpec {
  return guestSpec(env.newUuid(), image.sha256, { interfaces: [{ macAddress: randomMac(), bridge: bridge.name, tap: `tap-${randomBytes(4).toString('hex')}`, model: 'virtio' }] });
}

/** Makes the driver's files for a spec (untimed) and writes the XML the driver would define. */
async function prepareRaw(env: TestEnv, spec: InstanceSpec, prepareOnly: Set<string>): Promise<string> {
  prepareOnly.add(spec.uuid);
  await env.driver.create(spec).catch((err: unknown) => {
    if (!(err instanceof StopBeforeDefine)) throw err;
  });
  const xmlPath = join(env.root, `${spec.uuid}.xml`);
  await writeFile(xmlPath, await env.driver.domainXml(spec));
  return xmlPath;
}

async function rawRound(env: TestEnv, image: CachedImage, bridge: TestBridge, prepareOnly: Set<string>): Promise<Timing> {
  const spec = specFor(env, image, bridge);
  const xmlPath = await prepareRaw(env, spec, prepareOnly);
  const started = process.hrtime.bigint();
  await execa('virsh', ['-c', 'qemu:///system', 'create', xmlPath]);
  const running = seconds(started);
  await waitForConsole(env.driver, spec.uuid, DHCP);
  const dhcp = seconds(started);
  await env.driver.destroy(spec.uuid);
  return { running, dhcp };
}

async function driverRound(driver: ComputeDriver, env: TestEnv, image: CachedImage, bridge: TestBridge): Promise<Timing> {
  const spec = specFor(env, image, bridge);
  const started = process.hrtime.bigint();
  await driver.create(spec);
  const running = seconds(started);
  await waitForConsole(driver, spec.uuid, DHCP);
  const dhcp = seconds(started);
  await driver.destroy(spec.uuid);
  return { running, dhcp };
}

async function main(): Promise<void> {
  const prepareOnly = new Set<string>();
  const env = await testEnv({
    afterCreateStep: (step, uuid) => {
      if (step === 'config-drive' && prepareOnly.delete(uuid)) throw new StopBeforeDefine();
    },
  });
  let bridge: TestBridge | undefined;
  try {
    bridge = await createTestBridge();
    const image = await env.driver.images.import(await testGuestImage());
    const raw: Timing[] = [];
    const ours: Timing[] = [];
    // Interleaved, so drift in the host's load hits both paths alike.
    for (let round = 0; round < ROUNDS; round++) {
      raw.push(await rawRound(env, image, bridge, prepareOnly));
      ours.push(await driverRound(env.driver, env, image, bridge));
    }
    const rawSpecs = Array.from({ length: 10 }, () => specFor(env, image, bridge as TestBridge));
    const xmlPaths: string[] = [];
    for (const spec of rawSpecs) xmlPaths.push(await prepareRaw(env, spec, prepareOnly));
    const rawStarted = process.hrtime.bigint();
    await Promise.all(xmlPaths.map((path) => execa('virsh', ['-c', 'qemu:///system', 'create', path])));
    const rawConcurrent10 = seconds(rawStarted);
    for (const spec of rawSpecs) await env.driver.destroy(spec.uuid);

    const specs = Array.from({ length: 10 }, () => specFor(env, image, bridge as TestBridge));
    const started = process.hrtime.bigint();
    await Promise.all(specs.map((spec) => env.driver.create(spec)));
    const concurrent10 = seconds(started);
    for (const spec of specs) await env.driver.destroy(spec.uuid);

    const rawRunning = median(raw.map((t) => t.running));
    const rawDhcp = median(raw.map((t) => t.dhcp));
    const oursRunning = median(ours.map((t) => t.running));
    const oursDhcp = median(ours.map((t) => t.dhcp));
    process.stderr.write(`create: raw ${JSON.stringify(raw)}\ncreate: driver ${JSON.stringify(ours)}\n`);
    const result = {
      name: 'create',
      overhead_p50_s: round3(oursRunning),
      running_ratio: round3(oursRunning / rawRunning),
      concurrent10_s: round3(concurrent10),
      dhcp_ratio: round3(oursDhcp / rawDhcp),
      baseline: {
        raw_virsh_running_p50_s: round3(rawRunning),
        raw_virsh_dhcp_p50_s: round3(rawDhcp),
        raw_virsh_concurrent10_s: round3(rawConcurrent10),
        driver_dhcp_p50_s: round3(oursDhcp),
      },
      ratio: round3(oursRunning / rawRunning),
    };
    process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
  } finally {
    await env.cleanup();
    await bridge?.cleanup();
  }
}

await main();
