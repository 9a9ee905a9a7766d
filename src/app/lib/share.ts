/**
 * Share links: the scenario JSON, deflated (the browser's CompressionStream, RFC 1951 raw deflate) and
 * base64url-encoded, in the URL fragment `#s=…` (the fragment never reaches a server). No dependency.
 */
const PREFIX = 's=';

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

/** Compress a scenario to the text that follows `#s=`. */
export async function encodeScenario(input: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(input));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Inverse of `encodeScenario`; throws an Error with a plain message when the text is not a scenario link. */
export async function decodeScenario(text: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text);
  } catch {
    throw new Error('the share link is damaged (not base64url text)');
  }
  let json: string;
  try {
    json = new TextDecoder().decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    throw new Error('the share link is damaged (it does not decompress)');
  }
  try {
    return JSON.parse(json);
  } catch {
    throw new Error('the share link is damaged (not JSON)');
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
