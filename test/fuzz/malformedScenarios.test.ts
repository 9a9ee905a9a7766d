// Malformed scenario files through the CLI function (`main(['simulate', file])`, no process spawned): every
// one exits 2 with a one-line-per-field message that names a field (or the file), never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { PARAMS } from '../../src/core/models/params';
import { RUNS, SEED, TIMEOUT } from './config';
import { HOSTILE_QUANTITIES, PROTO_IDS } from './hostile';
import { manitoba } from './scenarios';

const dir = mkdtempSync(join(tmpdir(), 'heat-twin-fuzz-'));
const quantities = [...PARAMS.values()].filter((p) => p.kind === 'quantity').map((p) => p.path);
const idFields = ['miners.model', 'dryCooler.model', 'heatExchanger.model', 'greenhouse.cover'];
const required = ['name', 'site', 'miners', 'minerLoop', 'heatExchanger', 'greenhouse', 'backupHeater'];

const set = (path: string, value: unknown) => {
  const s = structuredClone(manitoba) as Record<string, unknown>;
  const [a, b] = path.split('.') as [string, string | undefined];
  if (b === undefined) s[a] = value;
  else s[a] = { ...(s[a] as object), [b]: value };
  return JSON.stringify(s);
};

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A malformed scenario file (text) and the field its message must name. */
const malformed: fc.Arbitrary<{ text: string; names: RegExp }> = fc.oneof(
  // A quantity field with a hostile string or a non-quantity JSON value.
  fc
    .tuple(
      fc.constantFrom(...quantities),
      fc.oneof(
        fc.constantFrom(...HOSTILE_QUANTITIES),
        fc.constantFrom(true, null, [], {}, [1, 2], { value: 1 }),
      ),
    )
    .map(([p, v]) => ({ text: set(p, v), names: new RegExp(p.replace('.', '\\.')) })),
  // Prototype names as catalog ids.
  fc
    .tuple(fc.constantFrom(...idFields), fc.constantFrom(...PROTO_IDS))
    .map(([p, v]) => ({ text: set(p, v), names: /model|cover/ })),
  // A required section missing, an unknown key, a wrong version.
  fc.constantFrom(...required).map((k) => {
    const s = structuredClone(manitoba) as Record<string, unknown>;
    delete s[k];
    return { text: JSON.stringify(s), names: new RegExp(k) };
  }),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .map((k) => ({ text: set(`extra_${k}`, 1), names: /extra_|\(root\)/ })),
  fc.integer({ min: 2, max: 99 }).map((v) => ({ text: set('schemaVersion', v), names: /schemaVersion/ })),
  // Truncated, deeply nested, oversized or binary text.
  fc.nat({ max: 2000 }).map((n) => ({ text: JSON.stringify(manitoba).slice(0, n), names: /scenario file/ })),
  fc.integer({ min: 65, max: 20_000 }).map((d) => ({ text: nested(d), names: /scenario file|\(file\)/ })),
  fc.constant({ text: `{"name":"${'x'.repeat(1_100_000)}"}`, names: /scenario file/ }),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({
    text: `\u0000${Buffer.from(b).toString('latin1')}`,
    names: /scenario file/,
  })),
);

function capture(): CliIo & { out: (s: string) => void; err: (s: string) => void; errors: string[] } {
  const errors: string[] = [];
  return { out: () => undefined, err: (s) => errors.push(s), errors, isTTY: false };
}

describe('fuzz: malformed scenario files', () => {
  it(
    `${RUNS.malformedScenarios} malformed files: exit 2, a named field, no stack trace`,
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(malformed, async ({ text, names }) => {
          const file = join(dir, `bad-${n++}.json`);
          writeFileSync(file, text);
          const io = capture();
          const code = await main(['simulate', file, '--hours', '24'], io);
          const msg = io.errors.join('\n');
          expect(code, msg).toBe(2);
          expect(msg).toMatch(names);
          expect(msg).not.toMatch(/\n\s+at |internal error|RangeError|TypeError/);
        }),
        { seed: SEED, numRuns: RUNS.malformedScenarios },
      );
    },
    TIMEOUT,
  );
});
