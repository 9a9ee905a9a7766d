import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../src/app/components/risk/CompareView';
import { RiskView } from '../../src/app/components/risk/RiskView';
import type { PerMwSummary, RiskResult } from '../../src/core';
import { perMwSite } from './perMwSite';

const risk: RiskResult = {
  samples: 4,
  seed: 7,
  currency: 'USD',
  horizonYears: 2,
  weatherYears: ['a.epw'],
  npv: { p10: -300, p50: -100, p90: 200 },
  paybackYears: { p10: 1.5, p50: null, p90: null },
  hostNetBenefit: { p10: 10, p50: 10, p90: 10 },
  operatorNetBenefit: { p10: 1, p50: 2, p90: 3 },
  operatorNpv: { p10: 1, p50: 2, p90: 3 },
  hostNpv: { p10: 1, p50: 2, p90: 3 },
  heatCoverage: { p10: 0.8, p50: 0.85, p90: 0.9 },
  revenueFactor: { p10: 0.5, p50: 0.7, p90: 1.1 },
  probabilityOfPayback: 0.25,
  fan: { years: [0, 1, 2], p10: [-1000, -700, -300], p50: [-1000, -500, -100], p90: [-1000, -300, 200] },
  histogram: { edges: [-300, -50, 200], counts: [3, 1] },
  params: {
    difficultyGrowth: 0.3,
    btcDrift: 0,
    btcVolatility: 0.5,
    availability: 0.95,
    yearsToHalving: 2.25 * 365.25 * 86400,
  } as RiskResult['params'],
};

describe('risk and comparison views', () => {
  it('render the bands, the payback beyond the horizon and the probability of payback', () => {
    const html = renderToStaticMarkup(<RiskView risk={risk} />);
    expect(html).toContain('-100 USD');
    expect(html).toContain('&gt; 2');
    expect(html).toContain('25.0 %');
    expect(html).toContain('<polygon');
    // the year-1 rows say why they differ from the Results cards, in the run's own parameters
    expect(html).toContain('not the Results cards’ year');
    expect(html).toContain('difficulty grows 30 % a year');
    expect(html).toContain('drawn around 95.0 %');
    expect(html).toContain('the next halving is 2.25 years away');
    expect(html).toContain('takes the weather year.');
    expect(
      renderToStaticMarkup(<RiskView risk={{ ...risk, params: {} as RiskResult['params'] }} />),
    ).not.toContain('Results cards');
  });
  it('render one column per site with the margin band', () => {
    const site: PerMwSummary = {
      ...perMwSite('Mining — x', 'USD', 800000),
      bands: { margin: { p10: 100000, p50: 300000, p90: 600000 }, npv: risk.npv, probabilityOfPayback: 0.1 },
    };
    const html = renderToStaticMarkup(<CompareView sites={[site, { ...site, name: 'AI — y' }]} />);
    expect(html).toContain('100,000 … 600,000');
    expect(html).toContain('>AI<');
    expect(html).toContain('>Mining<');
    expect(html).toContain('Revenue, USD/MW·yr');

    // a scenario in CAD beside the USD presets: not converted, so each money figure says its own currency
    const mixed = renderToStaticMarkup(
      <CompareView
        sites={[site, { ...site, name: 'AI — y', currency: 'CAD', perMw: { ...site.perMw, revenue: 1.1e6 } }]}
      />,
    );
    expect(mixed).not.toContain('USD/MW');
    expect(mixed).toContain('Revenue, per MW·yr');
    expect(mixed).toContain('800,000 USD');
    expect(mixed).toContain('1,100,000 CAD');
    expect(mixed).toContain('100,000 … 600,000 CAD');
    expect(mixed).toContain('4,000<'); // heat is not money: no currency
  });
  it('write the heat delivered per MW in MMBtu in imperial (MW of nameplate kept), MWh in SI', () => {
    const site = perMwSite('Mining — x', 'USD', 800000);
    const si = renderToStaticMarkup(<CompareView sites={[site]} />);
    expect(si).toContain('Heat delivered, MWh/MW·yr');
    expect(si).toContain('>4,000<');
    const imp = renderToStaticMarkup(<CompareView sites={[site]} units="imperial" />);
    expect(imp).not.toContain('MWh');
    expect(imp).toContain('Heat delivered, MMBtu/MW·yr');
    expect(imp).toContain('>13,649<'); // 4,000 MWh × 3.412142 MMBtu/MWh
    expect(imp).toContain('Revenue, USD/MW·yr');
  });
});

describe('risk parameters editor', () => {
  it('has one input per declared parameter and reports edits by dotted path', async () => {
    const { RiskParamsEditor } = await import('../../src/app/components/risk/RiskParamsEditor');
    const html = renderToStaticMarkup(
      <RiskParamsEditor
        values={{ btcVolatility: '60 %' }}
        onChange={() => {}}
        errors={{ btcDrift: 'bad' }}
      />,
    );
    expect(html.match(/<input/g)).toHaveLength(11);
    expect(html).toContain('value="60 %"');
    expect(html).toContain('placeholder="2.25 year"');
    expect(html).toContain('bad');
  });
});
