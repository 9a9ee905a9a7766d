import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  createGreenhouse,
  GH,
  GH_STATES,
  type GreenhouseInputs,
  GreenhouseStepOutput,
  HeatDemandOutput,
  heatDemand,
  initialState,
  steadyState,
  stepGreenhouse,
} from '../../../src/core/greenhouse/model';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';

const AREA = 10000;
const model = createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: 'double-poly' });

function night(overrides: Partial<GreenhouseInputs> = {}): GreenhouseInputs {
  return {
    outdoorT: 263.15,
    skyT: 253.15,
    windSpeed: 4,
    solarOnCover: 0,
    pipeInletT: 333.15,
    pipeMassFlow: 30,
    screenClosed: 0,
    ventOpening: undefined,
    isDay: false,
    ...overrides,
  };
}

describe('createGreenhouse', () => {
  it("reports each cover preset's model U at the rating condition below its catalogue U (the catalogue includes condensation and exposure)", () => {
    for (const id of ['single-glass', 'double-glass', 'double-poly', 'twin-wall-polycarbonate-8mm']) {
      const m = createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: id });
      expect(m.ratingU).toBeGreaterThan(0.4 * m.cover.uValue);
      expect(m.ratingU).toBeLessThan(m.cover.uValue);
    }
    // single glass: Vanthoor's films and radiation alone give ≈ 4.4–4.8 W/(m²K) (Vanthoor 2011 ch. 8 physics),
    // against 5.7–6.8 catalogue values for single glazing
    const g = createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: 'single-glass' });
    expect(g.ratingU).toBeGreaterThan(4.2);
    expect(g.ratingU).toBeLessThan(5.0);
  });

  it('rejects bad parameters with InputErrors naming the field', () => {
    expect(() => createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 0, cover: 'single-glass' })).toThrow(
      /greenhouse\.floorArea/,
    );
    expect(() => createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: 'tent' })).toThrow(InputError);
    expect(() =>
      createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: 'single-glass', leafAreaIndex: -1 }),
    ).toThrow(/greenhouse\.leafAreaIndex/);
    expect(() =>
      createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: 'single-glass', indoorRH: 1.2 }),
    ).toThrow(/greenhouse\.indoorRH/);
    expect(() =>
      createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: AREA, cover: 'single-glass', daySetpoint: 320 }),
    ).toThrow(/greenhouse\.daySetpoint/);
    expect(() =>
      createGreenhouse({
        ...VANTHOOR_HOUSE,
        floorArea: AREA,
        cover: 'single-glass',
        height: 4,
        topHeight: 3,
      }),
    ).toThrow(/topHeight/);
  });

  it('accepts an empty house (LAI 0) without a screen', () => {
    const m = createGreenhouse({
      ...VANTHOOR_HOUSE,
      floorArea: 100,
      cover: 'single-glass',
      leafAreaIndex: 0,
      thermalScreen: false,
    });
    expect(m.thermalScreen).toBe(false);
    const s = initialState(m, 291.15);
    const out = new GreenhouseStepOutput();
    stepGreenhouse(m, s, night({ screenClosed: undefined }), 600, out);
    expect(out.screenClosed).toBe(0);
    expect(out.energyResidualRelative).toBeLessThan(1e-9);
  });
});

describe('initialState', () => {
  it('puts the soil on a monotone profile between T0 and the deep-soil temperature', () => {
    const s = initialState(model, 291.15);
    expect(s.length).toBe(GH_STATES);
    let prev = s[GH.floor]!;
    for (let i = GH.soil1; i <= GH.soil5; i++) {
      expect(s[i]!).toBeLessThan(prev);
      expect(s[i]!).toBeGreaterThan(model.deepSoilT);
      prev = s[i]!;
    }
  });
});

describe('stepGreenhouse', () => {
  it('conserves energy to round-off at every step for random inputs (fast-check)', () => {
    const out = new GreenhouseStepOutput();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            outdoorT: fc.double({ min: 235, max: 305, noNaN: true }),
            sky: fc.double({ min: 0, max: 30, noNaN: true }),
            wind: fc.double({ min: 0, max: 15, noNaN: true }),
            sun: fc.double({ min: 0, max: 900, noNaN: true }),
            inlet: fc.double({ min: 290, max: 360, noNaN: true }),
            flow: fc.double({ min: 0, max: 60, noNaN: true }),
            screen: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
            vent: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
            dew: fc.double({ min: 0, max: 15, noNaN: true }),
            dt: fc.constantFrom(60, 600, 1200, 3600),
          }),
          { minLength: 20, maxLength: 60 },
        ),
        (steps) => {
          const s = initialState(model, 291.15);
          for (const p of steps) {
            const inp = night({
              outdoorT: p.outdoorT,
              skyT: p.outdoorT - p.sky,
              windSpeed: p.wind,
              solarOnCover: p.sun,
              pipeInletT: p.inlet,
              pipeMassFlow: p.flow,
              screenClosed: p.screen,
              ventOpening: p.vent,
              outdoorVapourPressure:
                610.78 *
                Math.exp((17.2694 * (p.outdoorT - p.dew - 273.15)) / (p.outdoorT - p.dew - 273.15 + 238.3)),
              isDay: p.sun > 0,
            });
            stepGreenhouse(model, s, inp, p.dt, out);
            expect(out.energyResidualRelative).toBeLessThan(1e-9);
            expect(out.vapourResidualRelative).toBeLessThan(1e-9);
            expect(out.relativeHumidity).toBeGreaterThan(-1e-6); // dry outdoor air at −38 °C dries the house to ~0
            // the water's heat is ṁ·c_p·(T_in − T_out), written out
            expect(out.pipeWaterHeat).toBeCloseTo(p.flow * 4180 * (p.inlet - out.pipeOutletT), 6);
            for (let i = 0; i < GH_STATES; i++) expect(Number.isFinite(s[i]!)).toBe(true);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('with no flow the water gives no heat and the pipes cool towards the air', () => {
    const s = initialState(model, 291.15);
    s[GH.pipe] = 330;
    const out = new GreenhouseStepOutput();
    stepGreenhouse(model, s, night({ pipeMassFlow: 0 }), 600, out);
    expect(out.pipeWaterHeat).toBe(0);
    expect(out.pipeOutletT).toBe(out.pipeMeanT);
    expect(s[GH.pipe]!).toBeLessThan(330);
    expect(out.pipeDelivered).toBeGreaterThan(0);
  });

  it('is stable for day-long steps (L-stable backward Euler): no overshoot past the equilibrium', () => {
    const s = initialState(model, 291.15);
    s[GH.pipe] = 360;
    const out = new GreenhouseStepOutput();
    const inp = night({ pipeMassFlow: 0, outdoorT: 273.15, skyT: 273.15 });
    let prevPipe = s[GH.pipe]!;
    let step = 0;
    for (let k = 0; k < 60; k++) {
      stepGreenhouse(model, s, inp, 86400, out);
      expect(s[GH.pipe]!).toBeLessThanOrEqual(prevPipe + 1e-9);
      step = prevPipe - s[GH.pipe]!;
      prevPipe = s[GH.pipe]!;
    }
    // settled near the outdoor temperature
    expect(step).toBeLessThan(1e-2); // K per day; the soil keeps creeping
    expect(Math.abs(s[GH.pipe]! - 273.15)).toBeLessThan(3); // soil (deep 2.9 °C) and transpiration pull it off 0 °C
  });

  it('is first-order accurate: 600 s and 30 s steps agree within 0.3 K after 3 h', () => {
    const run = (dt: number) => {
      const s = initialState(model, 288.15);
      const out = new GreenhouseStepOutput();
      for (let t = 0; t < 3 * 3600; t += dt) stepGreenhouse(model, s, night(), dt, out);
      return s;
    };
    const a = run(600);
    const b = run(30);
    expect(Math.abs(a[GH.air]! - b[GH.air]!)).toBeLessThan(0.3);
    expect(Math.abs(a[GH.pipe]! - b[GH.pipe]!)).toBeLessThan(0.3);
  });

  it('opens the vents as the GreenLight controller asks, with the end-of-step air temperature', () => {
    const s = initialState(model, 298.15, 0.5);
    const out = new GreenhouseStepOutput();
    const inp = night({ outdoorT: 295.15, skyT: 285.15, solarOnCover: 600, pipeMassFlow: 0, isDay: true });
    for (let k = 0; k < 12; k++) stepGreenhouse(model, s, inp, 600, out);
    // Katzin (2021) ch. 4: ventHeat = 1/(1 + exp(−2/4·ln 100·(T − (T_sp + 5) − 2))) at the end-of-step air
    const T = s[GH.air]!;
    const heat =
      1 / (1 + Math.exp((-2 / 4) * Math.log(100) * (T - (model.heatingSetpointDay + model.ventOffset) - 2)));
    expect(out.ventOpening).toBeGreaterThan(0.01);
    expect(out.ventOpening).toBeLessThan(1);
    expect(out.ventOpening).toBeGreaterThanOrEqual(heat - 1e-12);
    expect(out.ventilationLoss).toBeGreaterThan(0);
  });

  it('a closed screen lowers the cover loss', () => {
    const a = initialState(model, 291.15);
    const b = initialState(model, 291.15);
    const oa = new GreenhouseStepOutput();
    const ob = new GreenhouseStepOutput();
    for (let k = 0; k < 6; k++) {
      stepGreenhouse(model, a, night({ screenClosed: 0 }), 600, oa);
      stepGreenhouse(model, b, night({ screenClosed: 1 }), 600, ob);
    }
    expect(ob.coverLoss).toBeLessThan(oa.coverLoss);
    expect(b[GH.air]!).toBeGreaterThan(a[GH.air]!);
  });

  it('rejects bad inputs with InputErrors naming the field', () => {
    const s = initialState(model, 291.15);
    const out = new GreenhouseStepOutput();
    expect(() => stepGreenhouse(model, s, night({ windSpeed: -1 }), 600, out)).toThrow(/inputs\.windSpeed/);
    expect(() => stepGreenhouse(model, s, night({ outdoorT: Number.NaN }), 600, out)).toThrow(
      /inputs\.outdoorT/,
    );
    expect(() => stepGreenhouse(model, s, night({ screenClosed: 2 }), 600, out)).toThrow(/screenClosed/);
    expect(() => stepGreenhouse(model, s, night(), 0, out)).toThrow(/dt/);
    expect(() => stepGreenhouse(model, new Float64Array(3), night(), 600, out)).toThrow(/state\.length/);
  });
});

describe('heatDemand', () => {
  it('stepping with the demanded inlet temperature lands on the set-point, and the state is untouched', () => {
    const inp = night({ pipeMassFlow: 25 });
    const s = initialState(model, 290.15);
    steadyState(model, inp, 290.15, s); // a warm, running house at 17 °C
    const before = Float64Array.from(s);
    const d = heatDemand(model, s, inp, 291.15, 900); // 1 K up in 15 min
    expect(Array.from(s)).toEqual(Array.from(before));
    expect(d.waterHeat).toBeGreaterThan(0);
    const out = new GreenhouseStepOutput();
    stepGreenhouse(model, s, { ...inp, pipeInletT: d.pipeInletT }, 900, out);
    expect(s[GH.air]!).toBeCloseTo(291.15, 8);
    expect(out.pipeWaterHeat).toBeCloseTo(d.waterHeat, 3);
    expect(out.pipeDelivered).toBeCloseTo(d.pipeDelivered, 3);
    expect(out.pipeOutletT).toBeCloseTo(d.pipeOutletT, 8);
  });

  it('reports an infinite inlet temperature when heat is needed but there is no flow', () => {
    const s = initialState(model, 289.15);
    const d = heatDemand(model, s, night({ pipeMassFlow: 0 }), 291.15, 900, new HeatDemandOutput());
    expect(d.waterHeat).toBeGreaterThan(0);
    expect(d.pipeInletT).toBe(Number.POSITIVE_INFINITY);
  });

  it('is negative when the sun alone overheats the house', () => {
    const s = initialState(model, 293.15);
    const d = heatDemand(
      model,
      s,
      night({ solarOnCover: 800, outdoorT: 288.15, isDay: true, ventOpening: 0 }),
      291.15,
      900,
    );
    expect(d.waterHeat).toBeLessThan(0);
  });

  it('steady state by Picard iteration equals the end point of a long implicit run', () => {
    const inp = night({ pipeMassFlow: 25 });
    const ss = initialState(model, 291.15);
    const dSteady = steadyState(model, inp, 291.15, ss);
    // start from the steady state of a milder night (0 °C), then run the −10 °C night for 400 days
    const s = initialState(model, 291.15);
    steadyState(model, night({ outdoorT: 273.15, skyT: 263.15 }), 291.15, s);
    const out = new GreenhouseStepOutput();
    for (let k = 0; k < 400; k++) {
      const d = heatDemand(model, s, inp, 291.15, 86400);
      stepGreenhouse(model, s, { ...inp, pipeInletT: d.pipeInletT }, 86400, out);
    }
    expect(out.pipeWaterHeat / dSteady.waterHeat).toBeCloseTo(1, 6);
    for (let i = 0; i < GH_STATES; i++) expect(s[i]!).toBeCloseTo(ss[i]!, 4);
  });
});

describe('edge cases', () => {
  it('a bare (ε = 0) pipe rail at air temperature gives a finite step', () => {
    const m = createGreenhouse({
      ...VANTHOOR_HOUSE,
      floorArea: 1000,
      cover: 'single-glass',
      pipeRail: { outerDiameter: 0.051, innerDiameter: 0.047, lengthPerFloorArea: 1.875, emissivity: 0 },
    });
    const s = initialState(m, 291.15);
    const out = new GreenhouseStepOutput();
    stepGreenhouse(m, s, night({ pipeMassFlow: 3, pipeInletT: 330 }), 600, out);
    expect(Number.isFinite(out.pipeOutletT)).toBe(true);
    expect(out.pipeWaterHeat).toBeGreaterThan(0);
    expect(out.energyResidualRelative).toBeLessThan(1e-9);
  });
});
