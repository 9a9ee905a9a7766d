// Compare / Pin (issue 15 item 4): the KPI deltas B − A — unit (pp for % cards), sign, better/worse.
import { describe, expect, it } from 'vitest';
import { cardDelta, kpiDeltas } from '../../src/app/lib/compare';
import { kpiCards } from '../../src/app/lib/kpis';
import type { RunOutput } from '../../src/worker/engine';
import { ENERGY_KPIS } from './kpiFixture';

const A = {
  ...ENERGY_KPIS,
  currency: 'USD',
  miningRevenue: 2.4e6,
  backupFuelCostAvoided: 429000,
  co2Avoided_t: 24.5,
  hostNetBenefit: 429000,
  operatorNetBenefit: 1.35e6,
  paybackYears: 3.2,
  hashprice_perPHday: 38,
};
const cards = (k: object, units: 'SI' | 'imperial' = 'SI') =>
  kpiCards({ kpis: k } as unknown as RunOutput, units);

describe('KPI deltas against a pinned result', () => {
  it('reads B − A with its unit, sign and whether it is better or worse', () => {
    const B = {
      ...A,
      heatCoverage: 0.65,
      greenhouseHeatDemand_MWh: 21000,
      backupHeat_MWh: 7350,
      heatToGreenhouse_MWh: 13650,
      hostNetBenefit: 389000,
      paybackYears: 2.9,
    };
    const d = kpiDeltas(cards(A), cards(B));
    expect(d.coverage).toEqual({ text: '−15.0 pp', tone: 'worse', pinned: '80.0 %' });
    expect(d.demand).toEqual({ text: '+6,000 MWh/yr', tone: 'neutral', pinned: '15,000 MWh/yr' });
    expect(d.backup).toMatchObject({ text: '+4,350 MWh/yr', tone: 'worse' });
    expect(d.delivered).toMatchObject({ text: '+1,650 MWh/yr', tone: 'better' });
    expect(d.hostNet).toMatchObject({ text: '−40.0 k USD/yr', tone: 'worse' });
    expect(d.payback).toMatchObject({ text: '−0.300 years', tone: 'better' });
    expect(d.erf).toMatchObject({ text: '±0', tone: 'same' });
  });

  it('follows the unit system (MMBtu in imperial)', () => {
    const d = kpiDeltas(cards(A, 'imperial'), cards({ ...A, backupHeat_MWh: 2000 }, 'imperial'));
    expect(d.backup).toMatchObject({ tone: 'better' });
    expect(d.backup!.text).toBe('−3,410 MMBtu/yr');
  });

  it('has no number to subtract when a payback is missing, and no delta for a card A lacks', () => {
    const none = cards({ ...A, paybackYears: null });
    const some = cards(A);
    expect(
      cardDelta(none.find((c) => c.id === 'payback')!, some.find((c) => c.id === 'payback')!),
    ).toMatchObject({
      text: 'n/a',
      tone: 'neutral',
    });
    const { currency: _c, ...energyOnly } = A;
    expect(kpiDeltas(cards(energyOnly), some).revenue).toBeUndefined();
  });
});
