/**
 * The proposal's headline cards on a run with AI racks and a heat pump: the coverage card counts the heat
 * pump's heat (as the KPI does), so the delivered card beside it gives the heat behind it — miners and heat
 * pump — and both say so; without a heat pump the words are the miners' alone.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { docFormat } from '../../src/app/components/proposal/format';
import { Headline } from '../../src/app/components/proposal/Headline';
import { simulate } from '../../src/core/sim/simulate';
import type { RunOutput } from '../../src/worker/engine';

const site = (f: string) => JSON.parse(readFileSync(`models/sites/${f}.json`, 'utf8'));

function headline(input: unknown) {
  const r = simulate(input, { hours: 72 });
  const run = { kpis: r.kpis, economics: undefined } as unknown as RunOutput;
  const f = docFormat('SI', 'USD');
  const html = renderToStaticMarkup(<Headline run={run} f={f} fuel="electric" refs={[]} />);
  // one kind of space: the formatter joins number and unit with a no-break space
  const norm = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  return { k: r.kpis, f, norm, text: norm(html.replace(/<[^>]+>/g, ' ')) };
}

describe('proposal headline', () => {
  it('with a heat pump: the heat delivered is the miners’ and the heat pump’s, as the coverage', () => {
    const { k, f, norm, text } = headline(site('ai-racks-heat-pump'));
    expect(k.heatPumpHeat_MWh).toBeGreaterThan(0);
    expect(text).toContain('comes from the miners and the AI racks’ heat pump');
    expect(text).toContain(
      norm(`${f.energy(k.heatToGreenhouse_MWh + k.heatPumpHeat_MWh)} of heat delivered`),
    );
    expect(text).toContain('(miners and heat pump)');
  });

  it('without one: the miners’ heat and words', () => {
    const { k, f, norm, text } = headline(site('manitoba-pilot'));
    expect(k.heatPumpHeat_MWh).toBe(0);
    expect(text).toContain('comes from the miners ');
    expect(text).not.toContain('heat pump');
    expect(text).toContain(norm(`${f.energy(k.heatToGreenhouse_MWh)} of heat delivered`));
  });
});
