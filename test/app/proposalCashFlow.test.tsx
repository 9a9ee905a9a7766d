/**
 * The proposal's cash-flow table: its caption says that the operator's last year holds the miners' resale
 * value (a UI review read year 2's 2.12 M against year 1's 1.35 M as income); without a resale value it says
 * nothing of it.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CashFlowTable } from '../../src/app/components/proposal/CashFlow';
import { docFormat } from '../../src/app/components/proposal/format';
import { setField } from '../../src/core/models/scenario';
import { simulate } from '../../src/core/sim/simulate';
import type { RunOutput } from '../../src/worker/engine';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const names = { host: 'The greenhouse', operator: 'The miner' };

function caption(input: unknown) {
  const e = simulate(input, { hours: 48 }).economics as RunOutput['economics'];
  const f = docFormat('SI', 'USD');
  const html = renderToStaticMarkup(<CashFlowTable e={e} f={f} names={names} refs={[]} />);
  const text = (/<caption>([\s\S]*?)<\/caption>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
  return { e, f, text: text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ') };
}

describe('proposal cash flow', () => {
  it('names the miners’ resale value in the last year, with its amount and who gets it', () => {
    const { e, f, text } = caption(pilot);
    expect(e.yearOne.salvage).toBeGreaterThan(0);
    const last = e.cashFlows.operator.length - 1;
    expect(text).toContain(
      `years 1–${last}: income less costs; year ${last} includes the miners’ resale value`,
    );
    expect(text).toContain(f.moneyCell(e.yearOne.salvage).replace(/[\u00a0\u202f]/g, ' '));
    expect(text).toContain('to The miner');
  });

  it('without a resale value: no such words', () => {
    const { e, text } = caption(setField(pilot, 'economics.minerSalvage', 0));
    expect(e.yearOne.salvage).toBe(0);
    expect(text).not.toContain('resale');
    expect(text).toMatch(/years 1–\d+: income less costs\)/);
  });
});
