/**
 * Share links: the scenario JSON, deflated (the browser's CompressionStream, RFC 1951 raw deflate) and
 * base64url-encoded, in the URL fragment `#s=…` (the fragment never reaches a server). No dependency.
 */
import { parseScenarioText } from '../../core';

const PREFIX = 's=';
// A link is hostile input: its length is capped, the decompression stream is read chunk by chunk and
// cancelled once it inflates past 256 KB (a deflate bomb never reaches memory), and the JSON goes through the
// core's size and depth limits (parseScenarioText).
/** Longest link payload accepted (base64url characters): ≈ 96 KB of deflated JSON. */
export const MAX_LINK_CHARS = 131_072;
/** Largest inflated scenario accepted from a link. */
export const MAX_INFLATED_BYTES = 256 * 1024;

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

/** The full share URL for a scenario on the page at `base` (its hash replaced). */
export async function shareUrl(input: unknown, base: string): Promise<string> {
  const u = new URL(base);
  u.hash = PREFIX + (await encodeScenario(input));
  return u.toString();
}

/** The encoded scenario in a location hash ("#s=…"), or undefined. */
export function sharedPayload(hash: string): string | undefined {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  return h.startsWith(PREFIX) ? h.slice(PREFIX.length) : undefined;
}
