/**
 * A tiny XML element builder. Every attribute value and text node goes through
 * escaping, so caller-supplied strings (names, paths, bridge names) can never
 * change the document's structure.
 */

export type XmlAttributes = Record<string, string | number | undefined>;
export type XmlChild = XmlElement | string | undefined | false;

export interface XmlElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlChild[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
// XML 1.0 forbids control characters other than tab, newline and carriage return, even escaped.
function hasForbiddenCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) return true;
  }
  return false;
}

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`invalid XML name ${JSON.stringify(name)}`);
  return name;
}

export function escapeXml(value: string): string {
  if (hasForbiddenCharacter(value)) throw new Error('value holds a character XML cannot represent');
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function el(name: string, attributes: XmlAttributes = {}, ...children: XmlChild[]): XmlElement {
  return { name: checkName(name), attributes, children };
}

function renderAttributes(attributes: XmlAttributes): string {
  let out = '';
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${checkName(key)}="${escapeXml(String(value))}"`;
  }
  return out;
}

function render(node: XmlElement, indent: string, out: string[]): void {
  const open = `${indent}<${node.name}${renderAttributes(node.attributes)}`;
  const children = node.children.filter((child): child is XmlElement | string => child !== undefined && child !== false);
  if (children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  if (children.every((child) => typeof child === 'string')) {
    out.push(`${open}>${children.map((text) => escapeXml(text)).join('')}</${node.name}>`);
    return;
  }
  out.push(`${open}>`);
  for (const child of children) {
    if (typeof child === 'string') out.push(`${indent}  ${escapeXml(child)}`);
    else render(child, `${indent}  `, out);
  }
  out.push(`${indent}</${node.name}>`);
}

export function renderXml(root: XmlElement): string {
  const out: string[] = [];
  render(root, '', out);
  return `${out.join('\n')}\n`;
}
