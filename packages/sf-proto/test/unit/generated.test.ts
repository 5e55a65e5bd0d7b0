import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The committed types are what the generator makes from the committed protos, byte for byte. */
describe('generated proto types', function () {
  this.timeout(60_000);

  it('match a fresh generation', () => {
    const out = mkdtempSync(join(tmpdir(), 'sf-proto-gen-'));
    try {
      execFileSync('bash', [join(root, 'scripts/generate.sh'), out], { stdio: 'pipe' });
      const committed = join(root, 'src/generated');
      const fresh = files(out).map((f) => relative(out, f)).sort();
      assert.deepEqual(files(committed).map((f) => relative(committed, f)).sort(), fresh, 'run npm run generate -w packages/sf-proto');
      for (const file of fresh) {
        assert.equal(readFileSync(join(committed, file), 'utf8'), readFileSync(join(out, file), 'utf8'), `${file} is stale: run npm run generate -w packages/sf-proto`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
