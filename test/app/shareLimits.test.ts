import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { decodeScenario, encodeScenario, MAX_LINK_CHARS } from '../../src/app/lib/share';

describe('share links are hostile input (issue 11)', () => {
  it('stops inflating a deflate bomb past 256 KB with a clear message', async () => {
    // 5 MB of spaces deflates to ≈ 5 KB; it must be refused without inflating it.
    const bomb = await encodeScenario({ name: ' '.repeat(5_000_000) });
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    await expect(decodeScenario(bomb)).rejects.toThrow(/refused: it inflates to more than 256 KB/);
  });

  it('refuses an overlong link before decoding it', async () => {
    await expect(decodeScenario('A'.repeat(MAX_LINK_CHARS + 1))).rejects.toThrow(/refused: .* characters/);
  });

  it('refuses a link nested deeper than 64 levels (no RangeError)', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { a: deep };
    await expect(decodeScenario(await encodeScenario(deep))).rejects.toThrow(/damaged \(nested more than 64/);
  });

  it('a normal scenario still round-trips', async () => {
    expect(await decodeScenario(await encodeScenario(manitoba))).toEqual(manitoba);
  });
});
