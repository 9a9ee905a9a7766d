import { describe, expect, it } from 'vitest';
import { CARD_DIGITS, figure, kpiCards, money, warningTitle } from '../../src/app/lib/kpis';
import type { RunOutput } from '../../src/worker/engine';
import { ENERGY_KPIS } from './kpiFixture';

const energy = ENERGY_KPIS;

describe('KPI cards', () => {
  it('shows the heat figures in the chosen units and hides missing economics', () => {
    const cards = kpiCards({ kpis: energy } as unknown as RunOutput, 'SI');
    expect(cards.map((c) => c.id)).toEqual([
      'recovered',
      'coverage',
      'delivered',
      'backup',
      'demand',
      'rejected',
      'erf',
    ]);
    // 24 000 / 26 000 MWh = 92.3 % of the electricity recovered as heat.
    expect(cards[0]).toMatchObject({ value: '92.3', unit: '%' });
    expect(cards[1]).toMatchObject({ value: '80.0', unit: '%' });
    expect(cards[2]).toMatchObject({ value: '12,000', unit: 'MWh/yr' });
    // the backup card is the heater's output; its note gives the heater's input
    expect(cards[3]).toMatchObject({ value: '3,000', unit: 'MWh/yr' });
    expect(cards[3]!.note).toContain('3,030 MWh');
    // the demand card: the load at the coldest hours first (what the plant is sized for), the hourly peak after
    expect(cards[4]!.note).toBe('5,000 kW at the coldest hours · hourly peak 7,000 kW');
    // 12 000 MWh × 3.412142 MMBtu/MWh = 40 945.7 MMBtu, to three significant figures like every card
    const imp = kpiCards({ kpis: energy } as unknown as RunOutput, 'imperial');
    expect(imp[2]).toMatchObject({ value: '40,900', unit: 'MMBtu/yr' });
    // Each card carries its definition from the core's OUTPUTS table.
    expect(cards.every((c) => typeof c.definition === 'string' && c.definition.length > 10)).toBe(true);
  });

  it('adds money cards when the economics KPIs exist', () => {
    const kpis = {
      ...energy,
      currency: 'USD',
      miningRevenue: 2.4e6,
      backupFuelCostAvoided: 429000,
      co2Avoided_t: 24.5,
      hostNetBenefit: 429000,
      operatorNetBenefit: 1.35e6,
      paybackYears: null,
      hashprice_perPHday: 38,
    };
    const cards = kpiCards({ kpis } as unknown as RunOutput, 'SI');
    expect(cards.filter((c) => c.group === 'money').map((c) => c.id)).toEqual([
      'costAvoided',
      'co2',
      'revenue',
      'hostNet',
      'operatorNet',
      'payback',
    ]);
    // no payback within the term is not "none": the card says "not in term", and with the run's economics its
    // note is the core's sentence (what the net benefit and the capex are)
    const payback = cards.find((c) => c.id === 'payback')!;
    expect([payback.label, payback.value, payback.unit]).toEqual(['Project payback', 'not in term', '']);
    expect(payback.note).toBe('the project does not pay back within the term of the economics');
    const note = 'no payback within the 2-year term: net benefit 1.62 M USD/yr against 5.18 M USD of capex';
    const withEconomics = kpiCards(
      { kpis, economics: { payback: { project: note, operator: '', host: '' } } } as unknown as RunOutput,
      'SI',
    );
    expect(withEconomics.find((c) => c.id === 'payback')!.note).toBe(note);
    const paid = kpiCards({ kpis: { ...kpis, paybackYears: 3.25 } } as unknown as RunOutput, 'SI');
    expect(paid.find((c) => c.id === 'payback')!.value).toBe('3.25');
    expect(money(2.4e6)).toBe('2.40 M');
    expect(money(429000)).toBe('429 k');
    expect(money(999_700)).toBe('1.00 M'); // rounds before it picks k or M
    expect(money(9_999)).toBe('10.0 k');
  });

  it('gives every card figure one precision: CARD_DIGITS significant figures with thousands separators', () => {
    const kpis = {
      ...energy,
      heatRejected_MWh: 15_899.4,
      energyReuseFactor: 0.2996,
      currency: 'USD',
      miningRevenue: 2_401_000,
      backupFuelCostAvoided: 271_640,
      co2Avoided_t: 15.62,
      hostNetBenefit: 271_640,
      operatorNetBenefit: 1_354_000,
      paybackYears: 12.04,
      hashprice_perPHday: 38,
    };
    const cards = kpiCards({ kpis } as unknown as RunOutput, 'SI');
    const value = (id: string) => cards.find((c) => c.id === id)!.value;
    expect(value('rejected')).toBe('15,900');
    expect(value('erf')).toBe('0.300');
    expect(value('revenue')).toBe('2.40 M');
    expect(value('payback')).toBe('12.0');
    expect(value('co2')).toBe('15.6');
    // every card's figure is its number through the one rule (money with its k / M)
    for (const c of cards) {
      const rule = c.group === 'money' && c.id !== 'co2' && c.id !== 'payback' ? money : figure;
      expect(c.value, c.id).toBe(rule(c.raw!));
    }
    expect(CARD_DIGITS).toBe(3);
  });

  it('titles warnings in plain words', () => {
    expect(warningTitle('unmet-heat')).toBe('The backup heater is too small');
    expect(warningTitle('some-new-code')).toBe('some new code');
  });
});
