/**
 * Share links: the scenario JSON, deflated (the browser's CompressionStream, RFC 1951 raw deflate) and
 * base64url-encoded, in the URL fragment (the fragment never reaches a server). No dependency.
 *
 * Compact form `#p=<preset>~<diff>&h=<hour>&v=<view>&t=<tab>` (each of h, v, t only when not the default:
 * hour 0, the overview, the Results tab): only the fields that differ from the nearest
 * built-in preset travel (a few hundred characters instead of thousands). The older full form `#s=<json>`
 * still opens.
 */
import { parseScenarioText } from '../../core';
import { PRESETS } from './presets';

const PREFIX = 's=';
// A link is hostile input: its length is capped, the decompression stream is read chunk by chunk and
// cancelled once it inflates past 256 KB (a deflate bomb never reaches memory), and the JSON goes through the
// core's size and depth limits (parseScenarioText).
/** Longest link payload accepted (base64url characters): ≈ 96 KB of deflated JSON. */
export const MAX_LINK_CHARS = 131_072;
/** Largest inflated scenario accepted from a link. */
export const MAX_INFLATED_BYTES = 256 * 1024;
const PRESET_PREFIX = 'p=';

type Json = unknown;

function isObject(x: Json): x is Record<string, Json> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** The changes that turn `base` into `next`: `[path, value]` pairs (value absent = delete); arrays whole. */
export function diffJson(base: Json, next: Json, path: string[] = [], out: [string[], Json?][] = []) {
  if (isObject(base) && isObject(next)) {
    for (const k of Object.keys(base)) if (!(k in next)) out.push([[...path, k]]);
    for (const [k, v] of Object.entries(next)) diffJson(base[k], v, [...path, k], out);
  } else if (JSON.stringify(base) !== JSON.stringify(next)) out.push([path, next]);
  return out;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Apply `diffJson`'s changes to a deep copy of `base`. */
export function patchJson(base: Json, changes: [string[], Json?][]): Json {
  let root = structuredClone(base);
  for (const [path, ...rest] of changes) {
    if (!Array.isArray(path) || path.some((k) => typeof k !== 'string' || FORBIDDEN.has(k)))
      throw new Error('the share link is damaged (bad field path)');
    if (path.length === 0) {
      root = rest[0];
      continue;
    }
    let cur = root as Record<string, Json>;
    for (const k of path.slice(0, -1)) {
      if (!isObject(cur[k])) cur[k] = {};
      cur = cur[k] as Record<string, Json>;
    }
    const last = path[path.length - 1]!;
    if (rest.length === 0) delete cur[last];
    else cur[last] = rest[0];
  }
  return root;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** Inflate `bytes`, stopping (and cancelling the stream) once the output exceeds `limit` bytes. */
async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new Error(
        `the share link is refused: it inflates to more than ${limit / 1024} KB, far more than any scenario`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Compress a scenario to the text that follows `#s=`. */
export async function encodeScenario(input: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(input));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Inverse of `encodeScenario`; throws an Error with a plain message when the text is not a scenario link. */
export async function decodeScenario(text: string): Promise<unknown> {
  if (text.length > MAX_LINK_CHARS)
    throw new Error(
      `the share link is refused: ${text.length.toLocaleString('en-US')} characters, at most ${MAX_LINK_CHARS.toLocaleString('en-US')}`,
    );
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text);
  } catch {
    throw new Error('the share link is damaged (not base64url text)');
  }
  let json: string;
  try {
    json = new TextDecoder().decode(await inflateBounded(bytes, MAX_INFLATED_BYTES));
  } catch (e) {
    if ((e as Error).message.startsWith('the share link is refused')) throw e;
    throw new Error('the share link is damaged (it does not decompress)');
  }
  try {
    return parseScenarioText(json);
  } catch (e) {
    const why = (e as { issues?: { message: string }[] }).issues?.[0]?.message ?? 'not JSON';
    throw new Error(`the share link is damaged (${why.startsWith('not JSON') ? 'not JSON' : why})`);
  }
}

export interface ShareView {
  hour?: number;
  view?: string;
  /** The result tab shown (absent: Results; older links have none). */
  tab?: string;
  /** The unit system it was made in (absent: SI, or a link older than this field: the recipient's own). */
  units?: 'SI' | 'imperial';
}

/**
 * The share URL for a scenario on the page at `base` (its hash replaced): the changes from the nearest
 * preset, and the hour, viewpoint, result tab and (imperial only) unit system shown.
 */
export async function shareUrl(input: unknown, base: string, view: ShareView = {}): Promise<string> {
  const u = new URL(base);
  let best = { id: '', changes: [] as [string[], Json?][], size: Number.POSITIVE_INFINITY };
  for (const p of PRESETS) {
    const changes = diffJson(p.input, input);
    const size = JSON.stringify(changes).length;
    if (size < best.size) best = { id: p.id, changes, size };
  }
  let hash = `${PRESET_PREFIX}${best.id}~${await encodeScenario(best.changes)}`;
  if (view.hour !== undefined && view.hour > 0) hash += `&h=${Math.round(view.hour)}`;
  if (view.view && view.view !== 'overview' && /^[a-z]+$/.test(view.view)) hash += `&v=${view.view}`;
  if (view.tab && view.tab !== 'results' && /^[a-z]+$/.test(view.tab)) hash += `&t=${view.tab}`;
  if (view.units === 'imperial') hash += '&u=imperial';
  u.hash = hash;
  return u.toString();
}

function parts(hash: string): string[] {
  return (hash.startsWith('#') ? hash.slice(1) : hash).split('&');
}

/** The encoded scenario in a location hash ("#p=…" or the older "#s=…"), or undefined. */
export function sharedPayload(hash: string): string | undefined {
  const first = parts(hash)[0] ?? '';
  if (first.startsWith(PREFIX) || first.startsWith(PRESET_PREFIX)) return first;
  return undefined;
}

/** The hour, viewpoint, result tab and unit system in a share link's hash (the tab name unchecked: see resultTabOf). */
export function sharedView(hash: string): ShareView {
  const out: ShareView = {};
  for (const p of parts(hash).slice(1)) {
    const [k, v = ''] = p.split('=');
    if (k === 'h' && /^\d{1,4}$/.test(v)) out.hour = Number(v);
    if (k === 'v' && /^[a-z]{1,20}$/.test(v)) out.view = v;
    if (k === 't' && /^[a-z]{1,20}$/.test(v)) out.tab = v;
    if (k === 'u' && (v === 'imperial' || v === 'SI')) out.units = v;
  }
  return out;
}

/** The scenario JSON a `sharedPayload` stands for. */
export async function decodeShared(payload: string): Promise<unknown> {
  if (payload.startsWith(PREFIX)) return decodeScenario(payload.slice(PREFIX.length));
  const body = payload.slice(PRESET_PREFIX.length);
  const cut = body.indexOf('~');
  const preset = PRESETS.find((p) => p.id === body.slice(0, cut));
  if (cut < 0 || !preset) throw new Error('the share link names a site preset this version does not have');
  const changes = await decodeScenario(body.slice(cut + 1));
  if (!Array.isArray(changes)) throw new Error('the share link is damaged (no list of changes)');
  return patchJson(preset.input, changes as [string[], Json?][]);
}
