/**
 * `heat-twin compare`'s table (src/cli/compare.ts): money rows labelled with the sites' one currency, and each
 * figure with its own currency where the sites differ (a CLI review found a CAD site's revenue printed under
 * "USD/MW"; nothing converts currencies).
 */
import { describe, expect, it } from 'vitest';
import { compareTable } from '../../src/cli/compare';
import { sharedCurrency } from '../../src/core';
import { perMwSite } from '../app/perMwSite';

const site = perMwSite;

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
