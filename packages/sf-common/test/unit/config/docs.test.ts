import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConfigDocs } from '../../../src/config/render-docs.js';

describe('config reference', () => {
  it('docs/reference/config.md matches the schema (run `npm run docs:config`)', () => {
    const path = fileURLToPath(new URL('../../../../../../docs/reference/config.md', import.meta.url));
    assert.equal(readFileSync(path, 'utf8'), renderConfigDocs());
  });
});
