import assert from 'node:assert/strict';
import { ValidationError } from '@sf/common';
import { ListQuery, canonicalRef, canonicalUuid, jsonText, pageSize, paged } from '../../src/internal/values.js';

describe('wire values', () => {
  it('stores one uuid form: lower case and dashed', () => {
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    assert.equal(canonicalUuid(uuid.toUpperCase()), uuid);
    assert.equal(canonicalUuid(uuid.replaceAll('-', '')), uuid);
    assert.throws(() => canonicalUuid('0f8fad5b'), ValidationError);
    assert.equal(canonicalRef('node1'), 'node1');
    assert.equal(canonicalRef(uuid.replaceAll('-', '')), uuid);
  });

  it('clamps the page size it inlines into LIMIT', () => {
    assert.equal(pageSize(undefined), 100);
    assert.equal(pageSize({ page_size: 0 }), 100);
    assert.equal(pageSize({ page_size: 5 }), 5);
    assert.equal(pageSize({ page_size: 1e9 }), 1000);
    assert.equal(pageSize({ page_size: 2.5 }), 100);
  });

  it('builds filters with placeholders and keyset paging', () => {
    const q = new ListQuery().whereIf('ns', 'namespace = ?').whereIf('', 'name = ?').whereIn('state', ['a', 'b']);
    const built = q.build('SELECT uuid FROM instances', 'uuid', { page_size: 10, page_token: 'k' });
    assert.equal(built.sql, 'SELECT uuid FROM instances WHERE namespace = ? AND state IN (?, ?) AND uuid > ? ORDER BY uuid LIMIT 11');
    assert.deepEqual(built.params, ['ns', 'a', 'b', 'k']);
    assert.equal(built.limit, 10);
  });

  it('turns the extra row into the next page token', () => {
    assert.deepEqual(paged([1, 2, 3], 2, String), { items: [1, 2], next: '2' });
    assert.deepEqual(paged([1, 2], 2, String), { items: [1, 2], next: '' });
  });

  it('accepts JSON text or the default, and refuses anything else', () => {
    assert.equal(jsonText('', 'x', '{}'), '{}');
    assert.equal(jsonText('[1]', 'x', null), '[1]');
    assert.throws(() => jsonText('{', 'x', null), ValidationError);
  });
});
