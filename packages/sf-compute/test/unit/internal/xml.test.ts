import assert from 'node:assert/strict';
import { el, escapeXml, renderXml } from '../../../src/internal/xml.js';

describe('xml builder', () => {
  it('escapes every markup character in attributes and text', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const xml = renderXml(el('source', { file: `/x/"><evil/>` }, `</source><evil/>`));
    assert.equal(xml, '<source file="/x/&quot;&gt;&lt;evil/&gt;">&lt;/source&gt;&lt;evil/&gt;</source>\n');
  });

  it('renders nested elements, skipping undefined attributes and false children', () => {
    const xml = renderXml(el('a', { x: 1, y: undefined }, el('b'), false, undefined, el('c', {}, 'text')));
    assert.equal(xml, '<a x="1">\n  <b/>\n  <c>text</c>\n</a>\n');
  });

  it('refuses characters XML cannot carry and invalid names', () => {
    assert.throws(() => escapeXml('a\u0000b'), /cannot represent/);
    assert.doesNotThrow(() => escapeXml('tab\tnew\nline\r'));
    assert.throws(() => el('bad name'), /invalid XML name/);
    assert.throws(() => renderXml(el('a', { 'x"y': 1 })), /invalid XML name/);
  });
});
