/**
 * Capex from the hardware at its edges (issue 18): the cost curves at and past their range ends, the sizes
 * read from a scenario's hardware and the catalog, the pump count, the lines written into the scenario (kept
 * when given, in CAD at the exchange rate), money in words and the payback sentence.
 */
import { describe, expect, it } from 'vitest';
import {
  AIR_COOLER_CURVE,
  AIR_COOLER_U,
  applyHardwareCapex,
  curveCost,
  type HardwareScenario,
  hardwareCapexUsd,
  hardwareSizes,
  moneyWords,
  PLATE_EXCHANGER_CURVE,
  PUMP_CURVE,
  paybackNote,
} from '../../../src/core/economics/capex';
import { dryCoolerModel, minerModel, plateExchangerModel } from '../../../src/core/models/catalog';

const ESC = 797.9 / 397; // CEPCI 2023 / CEPCI 2001 (Turton's base)
/** Turton eq. A.1 written out: log10 Cp = K1 + K2 log10 A + K3 (log10 A)². */
const turton = (k1: number, k2: number, k3: number, a: number) => {
  const l = Math.log10(a);
  return 10 ** (k1 + k2 * l + k3 * l * l) * ESC;
};

function scenario(over: Partial<HardwareScenario> = {}): HardwareScenario {
  return {
    miners: { model: 'avalon-a1566ha', count: 100 },
    minerLoop: { flowPerMiner: 2e-4, externalPressureDrop: 150e3, pumpEfficiency: 0.6 },
    greenhouseLoop: { flow: 0.05, externalPressureDrop: 100e3, pumpEfficiency: 0.5 },
    heatExchanger: { area: 80 },
    dryCooler: { model: 'dry-cooler-v-3000kw', count: 1 },
    ...over,
  };
}

describe('curveCost', () => {
  it('at both ends of each range, on the fit itself', () => {
    expect(curveCost(PLATE_EXCHANGER_CURVE, 10)).toBeCloseTo(turton(4.6656, -0.1557, 0.1547, 10), 6);
    expect(curveCost(PLATE_EXCHANGER_CURVE, 1000)).toBeCloseTo(turton(4.6656, -0.1557, 0.1547, 1000), 4);
    expect(curveCost(AIR_COOLER_CURVE, 10000)).toBeCloseTo(turton(4.0336, 0.2341, 0.0497, 10000), 4);
    expect(curveCost(PUMP_CURVE, 1)).toBeCloseTo(10 ** 3.3892 * ESC, 6);
    expect(curveCost(PUMP_CURVE, 300)).toBeCloseTo(turton(3.3892, 0.0536, 0.1538, 300), 4);
  });

  it('below the range: the lower end scaled by (s / min)^0.6; above: by (s / max)^0.6', () => {
    expect(curveCost(PUMP_CURVE, 0.5)).toBeCloseTo(10 ** 3.3892 * ESC * 0.5 ** 0.6, 6);
    expect(curveCost(PLATE_EXCHANGER_CURVE, 4000)).toBeCloseTo(
      turton(4.6656, -0.1557, 0.1547, 1000) * 4 ** 0.6,
      3,
    );
  });

  it('no size, a negative or non-finite size costs nothing', () => {
    for (const s of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(curveCost(PUMP_CURVE, s)).toBe(0);
  });
});

describe('hardwareSizes', () => {
  it('the exchanger area: given; else UA / U from the scenario or the catalog; else UA / 4500; else 0', () => {
    expect(hardwareSizes(scenario()).exchangerArea).toBe(80);
    const id = 'phe-site-2700kw';
    const cat = plateExchangerModel(id);
    expect(hardwareSizes(scenario({ heatExchanger: { model: id } })).exchangerArea).toBeCloseTo(
      cat.ua / cat.overallU,
      9,
    );
    expect(
      hardwareSizes(scenario({ heatExchanger: { model: id, overallU: 3000 } })).exchangerArea,
    ).toBeCloseTo(cat.ua / 3000, 9);
    expect(hardwareSizes(scenario({ heatExchanger: { model: id, ua: 9e5 } })).exchangerArea).toBeCloseTo(
      9e5 / cat.overallU,
      9,
    );
    expect(hardwareSizes(scenario({ heatExchanger: { ua: 9e5 } })).exchangerArea).toBeCloseTo(200, 12);
    expect(hardwareSizes(scenario({ heatExchanger: {} })).exchangerArea).toBe(0);
  });

  it('dry coolers: rated capacity and UA × count (none below zero)', () => {
    const dc = dryCoolerModel('dry-cooler-v-3000kw');
    const two = hardwareSizes(scenario({ dryCooler: { model: 'dry-cooler-v-3000kw', count: 2 } }));
    expect(two.dryCoolerCapacity).toBeCloseTo(2 * dc.nominal.capacity, 6);
    expect(two.dryCoolerUa).toBeCloseTo(2 * dc.ua, 6);
    const none = hardwareSizes(scenario({ dryCooler: { model: 'dry-cooler-v-3000kw', count: -1 } }));
    expect(none.dryCoolerCapacity).toBe(0);
    expect(none.dryCoolerUa).toBe(0);
  });

  it('pumps: V̇ · ΔP / η of each loop, the miners’ own drop added on the miner loop', () => {
    const dp = minerModel('avalon-a1566ha').coolant.pressureDrop;
    // Miner loop: 100 × 2e-4 m³/s = 0.02 m³/s × (dp + 150 kPa) / 0.6; greenhouse: 0.05 × 100 kPa / 0.5 = 10 kW.
    expect(hardwareSizes(scenario()).pumpPower).toBeCloseTo((0.02 * (dp + 150e3)) / 0.6 + 10e3, 6);
  });
});

describe('hardwareCapexUsd and applyHardwareCapex', () => {
  const sizes = { exchangerArea: 50, dryCoolerCapacity: 1e6, dryCoolerUa: 70e3, pumpPower: 20e3 };

  it('one pump cost per loop: n × cost(P / n)', () => {
    const two = hardwareCapexUsd(sizes);
    expect(two.plateExchanger).toBeCloseTo(turton(4.6656, -0.1557, 0.1547, 50), 6);
    // 70 kW/K ÷ 700 W/(m²·K) = 100 m².
    expect(AIR_COOLER_U).toBe(700);
    expect(two.dryCooler).toBeCloseTo(turton(4.0336, 0.2341, 0.0497, 100), 6);
    expect(two.pumps).toBeCloseTo(2 * turton(3.3892, 0.0536, 0.1538, 10), 6);
    expect(hardwareCapexUsd(sizes, 1).pumps).toBeCloseTo(turton(3.3892, 0.0536, 0.1538, 20), 6);
    expect(hardwareCapexUsd(sizes, 4).pumps).toBeCloseTo(4 * turton(3.3892, 0.0536, 0.1538, 5), 6);
  });

  it('writes the lines the file leaves out, in CAD at the exchange rate; keeps a given line', () => {
    const make = (currency: string) => ({
      ...scenario(),
      economics: {
        currency,
        exchangeRate: 1.5,
        capex: {
          plateExchanger: { basis: 'total', amount: 1 },
          dryCooler: { basis: 'total', amount: 2 },
          pumps: { basis: 'total', amount: 3 },
        },
      },
    });
    const usd = hardwareCapexUsd(hardwareSizes(scenario()));
    const cad = make('CAD');
    applyHardwareCapex(cad, { economics: { capex: { pumps: '7 CAD' } } });
    expect(cad.economics.capex.plateExchanger).toEqual({
      basis: 'total',
      amount: expect.closeTo(usd.plateExchanger * 1.5, 6),
    });
    expect(cad.economics.capex.dryCooler).toEqual({
      basis: 'total',
      amount: expect.closeTo(usd.dryCooler * 1.5, 6),
    });
    expect(cad.economics.capex.pumps).toEqual({ basis: 'total', amount: 3 });
    const u = make('USD');
    applyHardwareCapex(u, null);
    expect(u.economics.capex.pumps.amount).toBeCloseTo(usd.pumps, 6);
    // A catalog entry missing: the lines are left as they were.
    const missing = { ...make('USD'), dryCooler: { model: 'no-such-cooler', count: 1 } };
    applyHardwareCapex(missing, {});
    expect(missing.economics.capex).toEqual(make('USD').economics.capex);
  });
});

describe('moneyWords and paybackNote', () => {
  it('the 100 000 threshold, rounding, the sign', () => {
    expect(moneyWords(1e5)).toBe('0.1 M');
    expect(moneyWords(99999.4)).toBe('99,999');
    expect(moneyWords(-0.6, 'USD')).toBe('\u22121 USD');
    expect(moneyWords(-2.5e6, 'CAD')).toBe('\u22122.5 M CAD');
    expect(moneyWords(0)).toBe('0');
  });

  it('each sentence, with the years to one decimal', () => {
    expect(paybackNote(0, 5, 0, 10)).toBe('pays back at once (no capital outlay)');
    expect(paybackNote(2.04, 5, 1, 1)).toBe('pays back in 2.0 years, within the 5-year term');
    expect(paybackNote(null, 3, 4e5, 1e5, 'USD')).toBe(
      'no payback within the 3-year term: net benefit 0.1 M USD/yr against 0.4 M USD of capex (simple payback would take 4.0 years)',
    );
    expect(paybackNote(null, 3, 5000, -100)).toBe(
      'no payback within the 3-year term: net benefit \u2212100/yr against 5,000 of capex, so it never pays back',
    );
    expect(paybackNote(null, 3, -1, -100)).toBe(
      'no payback within the 3-year term: net benefit \u2212100/yr, so it never pays back',
    );
  });
});
