import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layering of STYLE.md section 1, checked on every package.json and on
 * every import in the sources: what a package may depend on, and that only
 * sf-database speaks SQL.
 */
const ALLOWED: Record<string, readonly string[]> = {
  '@sf/common': [],
  '@sf/proto': [],
  '@sf/migrations': [],
  '@sf/database-client': ['@sf/proto', '@sf/common'],
  '@sf/client': ['@sf/common'],
  '@sf/scheduler': ['@sf/database-client', '@sf/common'],
  '@sf/database': ['@sf/proto', '@sf/common', '@sf/migrations'],
  '@sf/api': ['@sf/database-client', '@sf/scheduler', '@sf/common'],
  '@sf/net': ['@sf/database-client', '@sf/common'],
  '@sf/compute': ['@sf/database-client', '@sf/common'],
  '@sf/cluster': ['@sf/database-client', '@sf/common'],
  '@sf/ctl': ['@sf/client', '@sf/common'],
  '@sf/tools': ['@sf/database-client'],
};
/** sf-ctl's admin commands run on cluster nodes and may talk to the tier directly. */
const EXTRA_BY_FOLDER: Record<string, { folder: string; allowed: readonly string[] }> = {
  '@sf/ctl': { folder: join('src', 'commands', 'admin'), allowed: ['@sf/database-client'] },
};
const SQL_LIBRARIES = ['knex', 'mysql2'];
const SQL_PACKAGE = '@sf/database';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Manifest {
  name: string;
  dir: string;
  dependencies: string[];
}

function manifests(): Manifest[] {
  const dirs = [...readdirSync(join(root, 'packages')).map((d) => join(root, 'packages', d)), join(root, 'migrations'), join(root, 'tools')];
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
      return { name: pkg.name, dir, dependencies: Object.keys(pkg.dependencies ?? {}) };
    });
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function importedPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]((?:@[^/'"]+\/)?[^/'"]+)/g)) {
    if (match[1] !== undefined) found.add(match[1]);
  }
  return [...found];
}

describe('package dependency rules', () => {
  const all = manifests();

  it('knows every package', () => {
    for (const manifest of all) assert.ok(manifest.name in ALLOWED, `${manifest.name} is not in the dependency table`);
  });

  for (const manifest of all) {
    it(`${manifest.name} depends only on what its layer allows`, () => {
      const allowed = ALLOWED[manifest.name] ?? [];
      const extra = EXTRA_BY_FOLDER[manifest.name];
      for (const dep of manifest.dependencies) {
        if (dep.startsWith('@sf/')) assert.ok(allowed.includes(dep) || extra?.allowed.includes(dep), `${manifest.name} may not depend on ${dep}`);
        if (SQL_LIBRARIES.includes(dep)) assert.equal(manifest.name, SQL_PACKAGE, `${manifest.name} may not depend on ${dep}`);
      }
      for (const file of sourceFiles(join(manifest.dir, 'src'))) {
        const inExtra = extra !== undefined && file.startsWith(join(manifest.dir, extra.folder));
        for (const imported of importedPackages(file)) {
          if (imported.startsWith('@sf/')) assert.ok(allowed.includes(imported) || (inExtra && extra.allowed.includes(imported)), `${file} imports ${imported}`);
          if (SQL_LIBRARIES.includes(imported)) assert.equal(manifest.name, SQL_PACKAGE, `${file} imports ${imported}`);
        }
      }
    });
  }
});
