/**
 * `heat-twin simulate` explains a payback shown as "–": one sentence per party after the KPI table (issue 12,
 * "payback explained in words when there is none").
 */
import { describe, expect, it } from 'vitest';
import { paybackLines } from '../../src/cli/display';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

const SCENARIO = 'models/sites/manitoba-pilot.json';

describe('paybackLines()', () => {
  it('one sentence per party, with the reason and the money in the currency', () => {
    const lines = paybackLines(
      {
        currency: 'USD',
        parties: {
          // Hand calculation: 5 182 320 / 1 610 000 = 3.22 years > 2 → no payback within the term.
          project: { capex: 5182320, annualNet: 1.61e6, paybackYears: null },
          // A loss: −0.3 M USD/yr never repays the 4.6 M USD.
          operator: { capex: 4.6e6, annualNet: -3e5, paybackYears: null },
          host: { capex: 0, annualNet: 263424, paybackYears: 0 },
        },
      },
      2,
    );
    expect(lines).toEqual([
      'Payback (simple, over the 2-year term):',
      '  project   no payback within the 2-year term: net benefit 1.61 M USD/yr against 5.18 M USD of capex (simple payback would take 3.2 years)',
      '  operator  no payback within the 2-year term: net benefit \u22120.3 M USD/yr against 4.6 M USD of capex, so it never pays back',
      '  host      pays back at once (no capital outlay)',
    ]);
  });
});

describe('heat-twin simulate prints the payback sentences', () => {
  it('after the KPI table, one line per party, none of them a bare "–"', async () => {
    const lines: string[] = [];
    const io: CliIo = { out: (s) => lines.push(s), err: () => {}, isTTY: false };
    const code = await main(['simulate', SCENARIO, '--hours', '48', '--set', 'economics.horizonYears=2'], io);
    expect(code).toBe(0);
    const at = lines.indexOf('Payback (simple, over the 2-year term):');
    expect(at).toBeGreaterThan(lines.indexOf('KPIs:'));
    const party = lines.slice(at + 1, at + 4);
    expect(party.map((l) => l.trim().split(/\s+/)[0])).toEqual(['project', 'operator', 'host']);
    for (const l of party) {
      expect(l).toMatch(/pays back|no payback within the 2-year term: net benefit −?[\d.,]+( M)? USD\/yr/);
    }
  });
});
