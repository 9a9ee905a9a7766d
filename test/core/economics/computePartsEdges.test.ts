/**
 * The parts of a year's economics, each alone (issue 18): the hourly inputs refused with field, value and
 * words; the energy sums and peaks; the host's backup for each fuel; the capex split by basis and owner. The BTC
 * figures, the AI racks' year and the cash-flow projection: yearPartsEdges.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { capexSplit, checkHourly, energySums, hostBackup } from '../../../src/core/economics/computeParts';
import type { HourlyEnergy } from '../../../src/core/economics/computeTypes';
import { parseEconomics } from '../../../src/core/economics/schema';
import { hourly } from './edgeFixtures';
import { refused } from '../refused';

describe('checkHourly', () => {
  it('hours: a whole number ≥ 1', () => {
    for (const hours of [0, 1.5, Number.NaN, -24]) {
      const e = refused(() => checkHourly({ ...hourly(2), hours }));
      expect([e.field, e.value, e.allowed]).toEqual(['hours', hours, 'a whole number of hours ≥ 1']);
    }
    expect(() => checkHourly(hourly(1))).not.toThrow();
  });

  it('each series: a Float64Array at least `hours` long, named', () => {
    const names = [
      'minerElectricPower',
      'hashrate',
      'heatToGreenhouse',
      'backupHeat',
      'backupInput',
      'auxiliaryPower',
      'greenhouseHeatDemand',
    ] as const;
    for (const n of names) {
      const short = refused(() => checkHourly({ ...hourly(3), [n]: new Float64Array(2) }));
      expect([short.field, short.value, short.allowed]).toEqual([
        n,
        '2 values',
        'a Float64Array of at least 3 hourly values',
      ]);
      const plain = refused(() => checkHourly({ ...hourly(3), [n]: [1, 2, 3] as unknown as Float64Array }));
      expect([plain.field, plain.value]).toEqual([n, [1, 2, 3]]);
      const none = refused(() => checkHourly({ ...hourly(3), [n]: undefined as unknown as Float64Array }));
      expect([none.field, none.value]).toEqual([n, undefined]);
    }
    // Longer than `hours` is fine.
    expect(() => checkHourly({ ...hourly(3), hashrate: new Float64Array(5) })).not.toThrow();
  });

  it('a known backup fuel, and an efficiency in (0, 1.1]', () => {
    const f = refused(() => checkHourly({ ...hourly(2), backupFuel: 'coal' as HourlyEnergy['backupFuel'] }));
    expect([f.field, f.value, f.allowed]).toEqual(['backupFuel', 'coal', 'electric, natural-gas, propane']);
    for (const eta of [0, -0.5, 1.1000001, Number.NaN]) {
      const e = refused(() => checkHourly(hourly(2, { backupEfficiency: eta })));
      expect([e.field, e.value, e.allowed]).toEqual([
        'backupHeater.efficiency',
        eta,
        'between 0 and 1.1 (fraction)',
      ]);
    }
    expect(() => checkHourly(hourly(2, { backupEfficiency: 1.1 }))).not.toThrow();
    expect(() => checkHourly(hourly(2, { backupFuel: 'natural-gas' }))).not.toThrow();
    expect(() => checkHourly(hourly(2, { backupFuel: 'electric' }))).not.toThrow();
  });
});

describe('energySums', () => {
  it('hourly W × 3600 s × f, and the peaks of miner power and hashrate', () => {
    const h = hourly(3, {
      minerElectricPower: Float64Array.from([1e6, 3e6, 2e6]),
      hashrate: Float64Array.from([5, 9, 7, 100]), // the 4th value is past `hours`
    });
    const s = energySums(h, 2);
    // Hand: (1 + 3 + 2) MW × 3600 s × 2 = 4.32e10 J; aux 0.1 MW × 3 h × 3600 × 2 = 2.16e9 J.
    expect(s.minerJ).toBe(6e6 * 7200);
    expect(s.auxJ).toBeCloseTo(3e5 * 7200, 3);
    expect(s.heatJ).toBe(3e6 * 7200);
    expect(s.ghJ).toBeCloseTo(3.9e6 * 7200, 3);
    expect(s.backupHeatJ).toBeCloseTo(0.9e6 * 7200, 3);
    expect(s.backupInJ).toBeCloseTo(1e6 * 7200, 3);
    expect(s.maxP).toBe(3e6);
    expect(s.maxH).toBe(9);
  });

  it('names the series and the first non-finite hour', () => {
    const names = [
      'minerElectricPower',
      'auxiliaryPower',
      'heatToGreenhouse',
      'greenhouseHeatDemand',
      'backupHeat',
      'backupInput',
    ] as const;
    for (const n of names) {
      const h = hourly(4);
      h[n][2] = Number.POSITIVE_INFINITY;
      const e = refused(() => energySums(h, 1));
      expect([e.field, e.value, e.allowed]).toEqual([n, 'hour 2: Infinity', 'finite W in every hour']);
    }
  });
});

describe('hostBackup', () => {
  it('propane: the input the delivered heat avoided, its price and carbon charge, and what remains', () => {
    const e = parseEconomics({ propanePrice: '0.5 USD/L', carbonPrice: '100 USD/t', propaneCo2: '1.5 kg/L' });
    const h = hourly(10);
    const b = hostBackup(e, h, energySums(h, 2), 2);
    // Hand: heat 1 MW × 10 h × 2 = 20 MWh = 7.2e10 J; / 0.9 = 8e10 J = 8e10 / 25.31e6 L = 3160.81 L.
    const litres = 8e10 / 25.31e6;
    expect(b.avoidedInput).toBeCloseTo(8e10, 0);
    expect(b.avoidedPurchase).toBeCloseTo(litres * 0.5, 6);
    expect(b.co2AvoidedKg).toBeCloseTo(litres * 1.5, 6);
    expect(b.avoidedCarbon).toBeCloseTo(litres * 1.5 * 0.1, 6);
    expect(b.avoided).toBeCloseTo(litres * (0.5 + 0.15), 6);
    // Remaining: the backup drew 0.3/0.9 MW × 10 h × 2 = 6.667 MWh = 2.4e10 J.
    const rest = 2.4e10 / 25.31e6;
    expect(b.remainingPurchase).toBeCloseTo(rest * 0.5, 6);
    expect(b.remainingCo2Kg).toBeCloseTo(rest * 1.5, 6);
    expect(b.remainingCarbon).toBeCloseTo(rest * 1.5 * 0.1, 6);
  });

  it('natural gas is priced per m³ of gas', () => {
    const e = parseEconomics({ naturalGasPrice: '10 USD/GJ' });
    const h = hourly(10, { backupFuel: 'natural-gas' });
    const b = hostBackup(e, h, energySums(h, 1), 1);
    // Hand: 36 GJ of heat / 0.9 = 40 GJ × 10 USD/GJ = 400 USD; the backup's 12 GJ → 120 USD.
    expect(b.avoidedPurchase).toBeCloseTo(400, 9);
    expect(b.remainingPurchase).toBeCloseTo(120, 9);
    expect(b.avoidedCarbon).toBe(0); // default carbon price 0
  });

  it('electric: both through the backup tariff hour by hour, no carbon charge whatever its price', () => {
    const e = parseEconomics({
      electricityPrice: '0.2 USD/kWh',
      backupElectricityPrice: [0.1, 0.3],
      carbonPrice: '100 USD/t',
      gridCo2: '0.5 kg/kWh',
    });
    const h = hourly(2, {
      backupFuel: 'electric',
      backupEfficiency: 0.8,
      heatToGreenhouse: Float64Array.from([1e6, 2e6]),
      backupInput: Float64Array.from([0.5e6, 0]),
    });
    const b = hostBackup(e, h, energySums(h, 3), 3);
    // Hand: heat 1000 kWh × 0.1 + 2000 kWh × 0.3 = 700 USD, / 0.8 = 875, × 3 = 2625.
    expect(b.avoidedPurchase).toBeCloseTo(2625, 9);
    // The backup drew 500 kWh in hour 0 at 0.1 → 50 USD × 3 = 150.
    expect(b.remainingPurchase).toBeCloseTo(150, 9);
    expect(b.avoidedCarbon).toBe(0);
    expect(b.remainingCarbon).toBe(0);
    // CO₂: 3000 kWh × 3 / 0.8 = 11 250 kWh × 0.5 kg/kWh = 5625 kg.
    expect(b.co2AvoidedKg).toBeCloseTo(5625, 6);
    expect(b.remainingCo2Kg).toBeCloseTo(500 * 3 * 0.5, 6);
    expect(b.avoided).toBeCloseTo(2625, 9);
  });
});

describe('capexSplit', () => {
  const lines = {
    miners: { perUnit: '1000 USD' },
    containers: '0.5 USD/W',
    plateExchanger: '30000 USD',
    piping: '20000 USD',
    dryCooler: '10 USD/TH',
    pumps: '7000 USD',
    installation: '5000 USD',
    other: '1000 USD',
  };

  it('each basis on the nameplate or the miner count; heat-recovery lines to their owner', () => {
    const e = parseEconomics({ capex: lines });
    const s = capexSplit(e, hourly(1, { minerCount: 10 }), 4e6, 2e17);
    // Hand: 10 × 1000; 0.5 × 4 MW = 2 000 000; 10 USD/TH × 200 000 TH/s = 2 000 000.
    expect(s.capexLines).toEqual({
      miners: 10000,
      containers: 2e6,
      plateExchanger: 30000,
      piping: 20000,
      dryCooler: expect.closeTo(2e6, 6),
      pumps: 7000,
      installation: 5000,
      other: 1000,
    });
    expect(s.heatRecoveryCapex).toBe(55000);
    expect(s.hostCapex).toBe(0);
    expect(s.operatorCapex).toBeCloseTo(10000 + 2e6 + 55000 + 2e6 + 7000 + 1000, 4);
    const host = capexSplit(
      parseEconomics({ capex: { ...lines, heatRecoveryOwner: 'host' } }),
      hourly(1, { minerCount: 10 }),
      4e6,
      2e17,
    );
    expect(host.hostCapex).toBe(55000);
    expect(host.heatRecoveryCapex).toBe(55000);
    expect(host.operatorCapex).toBeCloseTo(10000 + 2e6 + 2e6 + 7000 + 1000, 4);
    // No miners: a per-unit line costs nothing.
    expect(capexSplit(e, hourly(1, { minerCount: 0 }), 4e6, 2e17).capexLines.miners).toBe(0);
  });

  it('a per-unit line without a usable miner count is refused, naming the line', () => {
    const e = parseEconomics({ capex: lines });
    for (const minerCount of [undefined, -1, Number.NaN]) {
      const r = refused(() => capexSplit(e, hourly(1, { minerCount }), 1, 1));
      expect([r.field, r.value, r.allowed]).toEqual([
        'economics.capex.miners',
        { perUnit: 1000 },
        'a per-unit cost needs the miner count (miners.count)',
      ]);
    }
  });
});
