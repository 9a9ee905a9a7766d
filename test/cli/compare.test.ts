/**
 * `heat-twin compare`'s table (src/cli/compare.ts): money rows labelled with the sites' one currency, and each
 * figure with its own currency where the sites differ (a CLI review found a CAD site's revenue printed under
 * "USD/MW"; nothing converts currencies).
 */
import { describe, expect, it } from 'vitest';
import { compareTable } from '../../src/cli/compare';
import type { PerMwSummary } from '../../src/core';
import { sharedCurrency } from '../../src/core';

const site = (name: string, currency: string, revenue: number): PerMwSummary => ({
  name,
  currency,
  minersMW: 3,
  aiMW: 0,
  nameplateMW: 3,
  perMw: {
    revenue,
    miningRevenue: revenue,
    hostingRevenue: 0,
    margin: 450000,
    electricityCost: 300000,
    capex: 1600000,
    npv: -400000,
    heatDelivered_MWh: 4000,
    backupCostAvoided: 140000,
    backupInputAvoided_MWh: 4040,
    co2Avoided_t: 8.1,
  },
  heatCoverage: 0.8,
  heatPumpCop: null,
});

describe('compare: currencies', () => {
  it('sharedCurrency: the one currency, or undefined when the sites differ', () => {
    expect(sharedCurrency([{ currency: 'USD' }, { currency: 'USD' }])).toBe('USD');
    expect(sharedCurrency([{ currency: 'USD' }, { currency: 'CAD' }])).toBeUndefined();
    expect(sharedCurrency([])).toBeUndefined();
  });

  it('one currency: in the row labels', () => {
    const t = compareTable([site('A — x', 'USD', 800000), site('B — y', 'USD', 900000)]).join('\n');
    expect(t).toMatch(/revenue USD\/MW +800,000 +900,000/);
  });

  it('two currencies: no common label, each money figure with its site’s currency', () => {
    const t = compareTable([site('A — x', 'USD', 825595), site('B — y', 'CAD', 1139321)]).join('\n');
    expect(t).not.toContain('USD/MW');
    expect(t).toMatch(/revenue \/MW +825,595 USD +1,139,321 CAD/);
    expect(t).toMatch(/heat delivered MWh\/MW +4,000 +4,000/);
  });
});
