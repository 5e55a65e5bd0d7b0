/** Malformed request bodies, from a seeded generator so a failure replays. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzBody {
  kind: string;
  payload: Buffer;
  contentType?: string;
}

const WRONG: unknown[] = [1, -1, 1.5, 1e308, true, false, 'x', '', [], [1, 'a'], {}, { a: 1 }, null, '9'.repeat(400)];

function deep(levels: number, leaf: unknown, r: () => number): unknown {
  let v = leaf;
  for (let i = 0; i < levels; i += 1) v = r() < 0.5 ? [v] : { n: v };
  return v;
}

const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));

function jsonTypes(v: unknown): string[] {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['integer', 'number'] : ['number'];
  return [typeof v];
}

export type FieldSchemas = Record<string, { type?: string | readonly string[] }>;

/** A value of a JSON type the field's schema refuses; undefined when it takes anything. */
function wrongFor(schema: FieldSchemas[string] | undefined, r: () => number): unknown {
  if (schema?.type === undefined) return undefined;
  const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
  const candidates = WRONG.filter((v) => !jsonTypes(v).some((t) => allowed.includes(t)));
  return candidates[Math.floor(r() * candidates.length)];
}

/** One malformed body for a route whose valid body is `base` (a required field first) and whose schema is `fields`. */
export function malformed(i: number, r: () => number, base: Record<string, unknown>, fields: FieldSchemas): FuzzBody {
  const names = Object.keys(fields);
  const field = names.length === 0 ? 'zz' : (names[Math.floor(r() * names.length)] as string);
  const wrong = WRONG[Math.floor(r() * WRONG.length)];
  switch (i % 12) {
    case 0: {
      const typed = names.filter((n) => fields[n]?.type !== undefined);
      const target = typed[Math.floor(r() * typed.length)];
      if (target === undefined) return { kind: 'extra field', payload: json({ ...base, zz_unknown: wrong }) };
      return { kind: 'wrong type', payload: json({ ...base, [target]: wrongFor(fields[target], r) }) };
    }
    case 1: return { kind: 'extra field', payload: json({ ...base, [`extra_${Math.floor(r() * 1e6)}`]: wrong }) };
    case 2: {
      if (Object.keys(base).length === 0) return { kind: 'empty array', payload: json([]) };
      // The first key of a base body is a required one: it always goes.
      const missing = { ...base };
      for (const [n, k] of Object.keys(missing).entries()) if (n === 0 || r() < 0.5) delete missing[k];
      return { kind: 'missing fields', payload: json(missing) };
    }
    case 3: return { kind: 'huge string', payload: json({ ...base, [field]: 'A'.repeat(50_000 + Math.floor(r() * 200_000)) }) };
    case 4: return { kind: 'deep nesting', payload: json({ ...base, [field]: deep(40 + Math.floor(r() * 200), 1, r) }) };
    case 5: return { kind: 'invalid UTF-8', payload: Buffer.concat([Buffer.from(`{"${field}": "`), Buffer.from([0xc3, 0x28, 0xff, 0xfe, Math.floor(r() * 256) | 0x80]), Buffer.from('"}')]) };
    case 6: {
      const text = JSON.stringify({ ...base, [field]: wrong });
      return { kind: 'truncated JSON', payload: Buffer.from(text.slice(0, Math.max(1, Math.floor(r() * (text.length - 1))))) };
    }
    case 7: return { kind: 'not JSON', payload: Buffer.from(['hello', '<xml/>', 'NaN', 'undefined', "{'a': 1}", '{"a":1}{"b":2}', '\u0000'][Math.floor(r() * 7)] ?? 'x'), contentType: r() < 0.5 ? 'text/plain' : undefined };
    case 8: return { kind: 'top-level scalar', payload: json([1, 'x', null, true, [], [base]][Math.floor(r() * 6)]) };
    case 9: return { kind: 'prototype keys', payload: Buffer.from(`{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, "${field}": ${JSON.stringify(wrong)}}`) };
    // One body per route over the 1 MiB limit is enough; the others null a field.
    case 10: return i === 10 ? { kind: 'over the body limit', payload: Buffer.alloc(1024 * 1024 + 10, 0x20) } : { kind: 'null field', payload: json({ ...base, [field]: null, [`extra_${i}`]: null }) };
    default: return { kind: 'binary', payload: Buffer.from(Array.from({ length: 64 }, () => Math.floor(r() * 256))), contentType: 'application/octet-stream' };
  }
}
