/**
 * Validation cases for the greenhouse climate model (Modelica Buildings style: each case states its
 * reference and why the tolerance is what it is).
 */
import { describe, expect, it } from 'vitest';
import { coverPresets, parseCover } from '../../../src/core/greenhouse/covers';
import {
  COVER_RATING_CONDITION,
  createGreenhouse,
  type GreenhouseInputs,
  type GreenhouseModel,
  GreenhouseStepOutput,
  HeatDemandOutput,
  heatDemand,
  initialState,
  steadyState,
  stepGreenhouse,
} from '../../../src/core/greenhouse/model';
import { thermalScreenRule } from '../../../src/core/greenhouse/physics';

const AREA = 10000;
const IDS = ['single-glass', 'double-glass', 'double-poly', 'twin-wall-polycarbonate-8mm'] as const;

function nightInputs(outdoorT: number, skyT: number, windSpeed: number, screenClosed = 0): GreenhouseInputs {
  return {
    outdoorT,
    skyT,
    windSpeed,
    solarOnCover: 0,
    pipeInletT: 330,
    pipeMassFlow: 0.0025 * AREA, // 2.5 g/s per m² floor: design flow for ~200 W/m² at 20 K water drop
    screenClosed,
    ventOpening: 0,
    isDay: false,
  };
}

/** Run the *dynamic* model with the air held at the set-point (heatDemand → inlet → step) until steady. */
function runToSteady(m: GreenhouseModel, inp: GreenhouseInputs, airT: number): GreenhouseStepOutput {
  const s = initialState(m, airT);
  steadyState(m, { ...inp, outdoorT: 273.15, skyT: 273.15 }, airT, s); // a warm house, then the test night
  const out = new GreenhouseStepOutput();
  const d = new HeatDemandOutput();
  for (let k = 0; k < 400; k++) {
    heatDemand(m, s, inp, airT, 86400, d);
    stepGreenhouse(m, s, { ...inp, pipeInletT: d.pipeInletT }, 86400, out);
  }
  return out;
}

/** Hand formula for the sensible infiltration loss ρ·c_p·ACH·V/3600·ΔT, ρ = p·M/(R·T) at the inside air. */
function infiltration(ach: number, volume: number, airT: number, outdoorT: number): number {
  const rho = (101325 * 0.02896) / (8.314462618 * airT); // ideal gas, dry air
  return (rho * 1006 * ach * volume * (airT - outdoorT)) / 3600; // c_p 1006 J/(kg·K), Incropera Table A.4
}

describe('steady analytic case: heat demand = U·A_cover·ΔT + ρc_p·ACH·V/3600·ΔT', () => {
  // Demand = water heat − ground loss − latent transpiration (both reported separately; the U-value
  // describes the cover only). At the rating condition the model is calibrated to the preset's U, so this
  // checks the dynamic solver's steady state and the infiltration term against the hand formulas.
  it.each(IDS)('%s at the rating condition (20 °C in, 0 °C out, overcast, 4 m/s): within 0.5 %', (id) => {
    const m = createGreenhouse({ floorArea: AREA, cover: id, leakageACH: 1 });
    const r = COVER_RATING_CONDITION;
    const out = runToSteady(m, nightInputs(r.outdoorT, r.skyT, r.windSpeed), r.airT);
    const dT = r.airT - r.outdoorT;
    const expected = m.cover.uValue * m.coverArea * dT + infiltration(1, m.volume, r.airT, r.outdoorT);
    const demand = out.pipeWaterHeat - out.soilToDeep - out.transpirationLatent;
    expect(Math.abs(demand / expected - 1)).toBeLessThan(0.005);
    expect(Math.abs(out.infiltrationLoss / infiltration(1, m.volume, r.airT, r.outdoorT) - 1)).toBeLessThan(
      1e-9,
    );
    expect(Math.abs(out.storedEnergyRate)).toBeLessThan(1e-4 * out.pipeWaterHeat);
  });

  it.each(IDS)(
    '%s at 18 °C in, −10 °C out, overcast: within 3 % (|ΔT|^⅓ films make U grow with ΔT)',
    (id) => {
      const m = createGreenhouse({ floorArea: AREA, cover: id, leakageACH: 0.5 });
      const out = runToSteady(m, nightInputs(263.15, 263.15, 4), 291.15);
      const expected = m.cover.uValue * m.coverArea * 28 + infiltration(0.5, m.volume, 291.15, 263.15);
      const demand = out.pipeWaterHeat - out.soilToDeep - out.transpirationLatent;
      expect(demand / expected).toBeGreaterThan(1);
      expect(demand / expected).toBeLessThan(1.03);
    },
  );
});

describe('design-load sanity (FACTS: Winnipeg −32 °C, 18 °C inside, U 4–6 → 260–390 W/m² floor before infiltration)', () => {
  // FACTS derives 260–390 W/m² from U = 4–6 W/(m²K), cover/floor 1.3, ΔT 50 K. Glass-like covers with
  // U = 4 and U = 6 (otherwise the single-glass preset) must land in that band, allowing up to +10 % for
  // the model's effective U rising with ΔT (convection ∝ |ΔT|^⅓: measured +5–8 % at ΔT 50 K).
  const glass = coverPresets()['single-glass'];
  const withU = (u: number) =>
    parseCover({
      id: `glass-u${u}`,
      name: 'glass with a set U',
      uValue: { value: u, source: 'assumption: test' },
      solarTransmittance: { value: glass.solarTransmittance, source: 'assumption: test' },
      solarAbsorptance: { value: glass.solarAbsorptance, source: 'assumption: test' },
      firEmissivity: { value: glass.firEmissivity, source: 'assumption: test' },
      arealHeatCapacity: { value: glass.arealHeatCapacity, source: 'assumption: test' },
      layerResistance: { value: glass.layerResistance, source: 'assumption: test' },
    });

  it.each([4, 6])('glass with U = %d W/(m²K): cover loss per m² floor in the FACTS band', (u) => {
    const m = createGreenhouse({ floorArea: AREA, cover: withU(u) });
    const s = initialState(m, 291.15);
    const d = steadyState(m, nightInputs(241.15, 241.15, 4), 291.15, s);
    const perFloor = d.coverLoss / AREA;
    const nominal = u * 1.3 * 50; // 260 or 390
    expect(perFloor).toBeGreaterThan(nominal);
    expect(perFloor).toBeLessThan(1.1 * nominal);
    expect(perFloor).toBeGreaterThan(260);
    expect(perFloor).toBeLessThan(390 * 1.1);
  });

  it('every preset: design cover loss = U·1.3·50 K within 0 … +10 %', () => {
    for (const id of IDS) {
      const m = createGreenhouse({ floorArea: AREA, cover: id });
      const d = steadyState(m, nightInputs(241.15, 241.15, 4), 291.15, initialState(m, 291.15));
      const ratio = d.coverLoss / AREA / (m.cover.uValue * 1.3 * 50);
      expect(ratio).toBeGreaterThan(1);
      expect(ratio).toBeLessThan(1.1);
    }
  });
});

describe('thermal screen cuts night cover losses by its stated fraction', () => {
  // Calibrated to exactly `screenSaving` (0.30; FACTS 25–30 %) at the rating condition. Elsewhere the share of
  // the inside films in the total resistance shifts (|ΔT|^⅓ convection, T⁴ radiation, wind on the outside
  // film), so the saving moves by a few points; ±0.03 (10 % of the fraction) covers −32 … 0 °C, clear
  // or overcast skies and 2–6 m/s wind (measured range 0.27–0.305 over the four presets).
  const cases: [string, number, number, number][] = [
    ['rating', 273.15, 273.15, 4],
    ['−10 °C overcast', 263.15, 263.15, 4],
    ['−20 °C clear, 6 m/s', 253.15, 243.15, 6],
    ['design −32 °C', 241.15, 241.15, 4],
  ];
  it.each(IDS)('%s', (id) => {
    const m = createGreenhouse({ floorArea: AREA, cover: id, screenSaving: 0.3 });
    for (const [, Tout, Tsky, u] of cases) {
      const open = steadyState(m, nightInputs(Tout, Tsky, u, 0), 291.15, initialState(m, 291.15)).coverLoss;
      const closed = steadyState(m, nightInputs(Tout, Tsky, u, 1), 291.15, initialState(m, 291.15)).coverLoss;
      expect(Math.abs(1 - closed / open - 0.3)).toBeLessThan(0.03);
    }
    // and exactly at the rating condition
    const r = COVER_RATING_CONDITION;
    const o = steadyState(
      m,
      nightInputs(r.outdoorT, r.skyT, r.windSpeed, 0),
      r.airT,
      initialState(m, r.airT),
    );
    const c = steadyState(
      m,
      nightInputs(r.outdoorT, r.skyT, r.windSpeed, 1),
      r.airT,
      initialState(m, r.airT),
    );
    expect(1 - c.coverLoss / o.coverLoss).toBeCloseTo(0.3, 6);
  });
});

describe('synthetic cold-climate year (sinusoidal Winnipeg-like weather)', () => {
  // Weather from FACTS.md monthly means: annual mean 2.9 °C, July 19.3 °C / January −16.4 °C → amplitude
  // ≈ 17.9 K (coldest mid-January), ±5 K daily swing (coldest 3 a.m.), sky 10 K below the air; daily global
  // radiation 3593 Wh/m² mean (mean of the FACTS monthly values) ± 2670 Wh/m² (Jul 6367 / Dec 1035),
  // spread over a half-sine day of 8–16 h. Heating to 21 °C day / 17 °C night via heatDemand, inlet clipped at
  // 95 °C, flow 2.5 g/(s·m²); screen by the GreenLight rule; vents automatic.
  it('heats in the right order of magnitude (GJ/m² a year), more in January than July, conserving energy', () => {
    const m = createGreenhouse({ floorArea: AREA, cover: 'double-poly' });
    const s = initialState(m, 291.15);
    const out = new GreenhouseStepOutput();
    const d = new HeatDemandOutput();
    const dt = 1200;
    const inp: GreenhouseInputs = {
      outdoorT: 273.15,
      skyT: 263.15,
      windSpeed: 4,
      solarOnCover: 0,
      pipeInletT: 300,
      pipeMassFlow: 0.0025 * AREA,
      screenClosed: 0,
      ventOpening: undefined,
      isDay: false,
    };
    let annual = 0;
    let jan = 0;
    let jul = 0;
    let maxResidual = 0;
    const steps = (365 * 86400) / dt;
    for (let k = 0; k < steps; k++) {
      const t = k * dt;
      const day = t / 86400;
      const hour = (t / 3600) % 24;
      inp.outdoorT =
        273.15 +
        2.9 -
        17.9 * Math.cos((2 * Math.PI * (day - 15)) / 365) -
        5 * Math.cos((2 * Math.PI * (hour - 3)) / 24);
      inp.skyT = inp.outdoorT - 10;
      const dayLength = 12 - 4 * Math.cos((2 * Math.PI * (day + 10)) / 365); // h, 8 in Dec … 16 in Jun
      const daily = 3593 - 2666 * Math.cos((2 * Math.PI * (day + 10)) / 365); // Wh/m²
      const x = (hour - (12 - dayLength / 2)) / dayLength;
      // half-sine profile whose integral over the day is `daily`
      inp.solarOnCover = x > 0 && x < 1 ? ((daily * Math.PI) / (2 * dayLength)) * Math.sin(Math.PI * x) : 0;
      inp.isDay = inp.solarOnCover > 20;
      inp.screenClosed = thermalScreenRule(inp.outdoorT, inp.isDay);
      const sp = inp.isDay ? m.heatingSetpointDay : m.heatingSetpointNight;
      heatDemand(m, s, inp, sp, dt, d);
      if (d.waterHeat > 0) {
        inp.pipeMassFlow = 0.0025 * AREA;
        inp.pipeInletT = Math.min(d.pipeInletT, 368.15);
      } else {
        inp.pipeMassFlow = 0;
      }
      stepGreenhouse(m, s, inp, dt, out);
      const e = (out.pipeWaterHeat * dt) / AREA / 1e9; // GJ/m²
      annual += e;
      if (day < 31) jan += e;
      if (day >= 181 && day < 212) jul += e;
      maxResidual = Math.max(maxResidual, out.energyResidualRelative);
    }
    // FACTS: GreenLight tomato 0.83–1.53 GJ/m² (Amsterdam–Calgary, with lamps); Manitoba double poly
    // ~2.1 GJ/m² Sep–May. "Order of GJ/m²": 0.5–6 GJ/m² here (our sky is clear all year and no lamp heat).
    expect(annual).toBeGreaterThan(0.5);
    expect(annual).toBeLessThan(6);
    expect(jan).toBeGreaterThan(3 * Math.max(jul, 1e-9));
    expect(maxResidual).toBeLessThan(1e-9);
  });
});
