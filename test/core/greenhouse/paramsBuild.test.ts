/**
 * Building a greenhouse model (params.ts): the derived geometry and capacities worked out by hand from Vanthoor
 * (2011) Table 8.1–8.3 (leaf 1200 J/(m²·K) per LAI, floor 0.02 m · 2300 kg/m³ · 880 J/(kg·K), soil layers at
 * 1.73 MJ/(m³·K), half the cover layer per cover node, the pipe rail's steel and water, eq. 21), the leaf-area view
 * factors of Table 8.3 (canopy FIR extinction 0.94, the pipes' 0.49 view share), the refusals of every checked
 * parameter with its field and range, and `setLeafArea`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { VANTHOOR_PIPE_RAIL } from '../../../src/core/components/pipeRail';
import { coverPreset } from '../../../src/core/greenhouse/covers';
import {
  buildGreenhouse,
  coverSolarShares,
  type GreenhouseParams,
  setLeafArea,
} from '../../../src/core/greenhouse/params';
import { solarShares } from '../../../src/core/greenhouse/shortwave';
import {
  SCREEN,
  ETA_GLOB_PAR,
  K1_PAR,
  K_NIR,
  RHO_CAN_NIR,
  RHO_CAN_PAR,
  RHO_FLR_NIR,
  RHO_FLR_PAR,
} from '../../../src/core/greenhouse/constants';
import { GH } from '../../../src/core/greenhouse/state';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { refused } from '../refused';

const params = (o: Partial<GreenhouseParams> = {}): GreenhouseParams => ({
  ...VANTHOOR_HOUSE,
  floorArea: 2500,
  cover: 'single-glass',
  ...o,
});

describe('buildGreenhouse: geometry and settings', () => {
  it('areas, heights, volume, leakage per hour and the settings as given', () => {
    const m = buildGreenhouse(
      params({ coverToFloorRatio: 1.4, height: 5, topHeight: 0.6, leakage: 0.5 / 3600 }),
    );
    expect(m.floorArea).toBe(2500);
    expect(m.coverArea).toBeCloseTo(3500, 9);
    expect(m.coverToFloorRatio).toBe(1.4);
    expect(m.meanHeight).toBe(5);
    expect(m.topHeight).toBe(0.6);
    expect(m.mainHeight).toBeCloseTo(4.4, 12);
    expect(m.volume).toBe(12500);
    expect(m.leakageACH).toBeCloseTo(0.5, 12);
    expect(m.rhMax).toBe(0.87);
    expect(m.ventOffset).toBe(5);
    expect(m.roofVentShare).toBe(0.1);
    expect(m.ventHeight).toBe(0.68);
    expect(m.heatingSetpointDay).toBe(294.15);
    expect(m.heatingSetpointNight).toBe(290.15);
    expect(m.deepSoilT).toBe(276.05);
    expect(m.airPressure).toBe(101325);
    expect(m.thermalScreen).toBe(true);
    expect(m.co2Ppm).toBe(800);
    expect(m.ventBand).toBe(4); // [K] ch. 4 ventHeat band
    expect(m.pipeWaterCp).toBe(4180); // [V] Table 8.1
    expect(m.pipeRail).toBe(VANTHOOR_PIPE_RAIL);
    const glass = coverPreset('single-glass');
    expect(m.cover).toEqual(glass);
    expect(m.coverLayerResistance).toBe(glass.layerResistance);
    expect(m.coverEmissivity).toBe(glass.firEmissivity);
    // nothing computed or guessed yet
    expect(Number.isNaN(m.ratingU)).toBe(true);
    expect(Number.isNaN(m.screenGuess)).toBe(true);
    expect(Number.isNaN(m.demandScreenGuess)).toBe(true);
    expect(m.dry).toBe(false);
    expect(m.coefKey.every(Number.isNaN)).toBe(true);
    expect([m.cap.length, m.A.length, m.b.length, m.x.length, m.w1.length, m.w2.length, m.t1.length]).toEqual(
      [15, 225, 15, 15, 15, 15, 15],
    );
    expect(m.vent.length).toBe(13);
    expect(buildGreenhouse(params({ thermalScreen: false })).thermalScreen).toBe(false);
  });

  it('a parsed cover preset is used as given', () => {
    const c = { ...coverPreset('double-poly'), solarTransmittance: 0.7 };
    expect(buildGreenhouse(params({ cover: c })).cover).toBe(c);
  });
});

describe('buildGreenhouse: fixed heat capacities per m² floor', () => {
  it('canopy, cover halves, screen, floor, five soil layers and the pipe rail; air and vapour rows left to the step', () => {
    const m = buildGreenhouse(params({ leafAreaIndex: 2.5, coverToFloorRatio: 1.5 }));
    const c = m.fixedCap;
    expect(c[GH.canopy]).toBeCloseTo(1200 * 2.5, 9);
    const cov = coverPreset('single-glass').arealHeatCapacity;
    expect(c[GH.coverIn]).toBeCloseTo(0.5 * cov * 1.5, 9);
    expect(c[GH.coverOut]).toBeCloseTo(0.5 * cov * 1.5, 9);
    expect(c[GH.screen]).toBeCloseTo(SCREEN.capacity, 12);
    expect(c[GH.floor]).toBeCloseTo(0.02 * 2300 * 880, 6);
    const layers = [0.04, 0.08, 0.16, 0.32, 0.64];
    const soil = [GH.soil1, GH.soil2, GH.soil3, GH.soil4, GH.soil5];
    for (let i = 0; i < 5; i++) expect(c[soil[i]!]).toBeCloseTo(layers[i]! * 1.73e6, 3);
    // rail: ¼·π·l·((φe² − φi²)·7850·640 + φi²·1000·4180) with φe = 0.051, φi = 0.047, l = 1.875 m/m²
    const rail = 0.25 * Math.PI * 1.875 * ((0.051 ** 2 - 0.047 ** 2) * 7850 * 640 + 0.047 ** 2 * 1000 * 4180);
    expect(c[GH.pipe]).toBeCloseTo(rail, 6);
    for (const k of [GH.air, GH.top, GH.vpAir, GH.vpTop]) expect(c[k]).toBe(0);
  });

  it('an empty house (LAI 0) keeps a 0.01 vestigial canopy', () => {
    const m = buildGreenhouse(params({ leafAreaIndex: 0 }));
    expect(m.lai).toBe(0.01);
    expect(m.fixedCap[GH.canopy]).toBeCloseTo(12, 12);
    expect(m.k.aCan).toBeCloseTo(1 - Math.exp(-0.94 * 0.01), 14);
  });
});

describe('leaf-area factors ([V] Table 8.3)', () => {
  it('canopy FIR area 1 − e^(−0.94·LAI), the pipes’ area π·φ·l and their 0.49 view shares', () => {
    const lai = 2;
    const m = buildGreenhouse(params({ leafAreaIndex: lai }));
    const gap = Math.exp(-0.94 * lai);
    const aPipe = Math.PI * 0.051 * 1.875;
    expect(m.lai).toBe(2);
    expect(m.k.aCan).toBeCloseTo(1 - gap, 14);
    expect(m.k.aPipe).toBeCloseTo(aPipe, 14);
    expect(m.k.fCanFlr).toBeCloseTo(1 - 0.49 * aPipe, 14);
    expect(m.k.fFlrUp).toBeCloseTo((1 - 0.49 * aPipe) * gap, 14);
    expect(m.k.fPipeUp).toBeCloseTo(0.49 * gap, 14);
    expect(m.k.fPipeCan).toBeCloseTo(0.49 * (1 - gap), 14);
  });

  it('light shares: the roof’s reflectance is 1 − τ − α; screen open (u = 0) and closed (u = 1)', () => {
    const cover = coverPreset('single-glass');
    const m = buildGreenhouse(params({ leafAreaIndex: 3 }));
    const roof = {
      tau: cover.solarTransmittance,
      rho: 1 - cover.solarTransmittance - cover.solarAbsorptance,
    };
    const par = { k: K1_PAR, leafRho: RHO_CAN_PAR, floorRho: RHO_FLR_PAR };
    const nir = { k: K_NIR, leafRho: RHO_CAN_NIR, floorRho: RHO_FLR_NIR };
    const blank = () => ({ roof: 0, screen: 0, canopy: 0, floor: 0 });
    expect(m.k.solarOpen).toEqual(solarShares(roof, SCREEN, 0, 3, par, nir, ETA_GLOB_PAR, blank()));
    expect(m.k.solarClosed).toEqual(solarShares(roof, SCREEN, 1, 3, par, nir, ETA_GLOB_PAR, blank()));
    expect(m.k.solarOpen.screen).toBe(0);
    expect(m.k.solarClosed.screen).toBeGreaterThan(0);
    // into a given record, or a new one
    const into = blank();
    expect(coverSolarShares(cover, 3, 0.5, into)).toBe(into);
    expect(coverSolarShares(cover, 3, 0.5)).toEqual(into);
    // the roof absorbs its α of the light at least once, and never more than all of it
    expect(into.roof).toBeGreaterThanOrEqual(cover.solarAbsorptance - 1e-12);
    expect(into.roof + into.screen + into.canopy + into.floor).toBeLessThanOrEqual(1);
  });
});

describe('setLeafArea', () => {
  let m: ReturnType<typeof buildGreenhouse>;
  beforeEach(() => {
    m = buildGreenhouse(params({ leafAreaIndex: 3 }));
  });

  it('a new leaf area: the factors and capacity of a house built with it, and the cached coefficients dropped', () => {
    m.coefKey.fill(1);
    setLeafArea(m, 1.5);
    const built = buildGreenhouse(params({ leafAreaIndex: 1.5 }));
    expect(m.lai).toBe(1.5);
    expect(m.k).toEqual(built.k);
    expect(m.fixedCap[GH.canopy]).toBeCloseTo(1800, 9);
    expect(m.coefKey.every(Number.isNaN)).toBe(true);
  });

  it('the same leaf area changes nothing (the cached coefficients stay valid)', () => {
    const k = m.k;
    m.coefKey.fill(1);
    setLeafArea(m, 3);
    expect(m.k).toBe(k);
    expect(m.coefKey.every((v) => v === 1)).toBe(true);
  });

  it('below 0.01 the vestigial canopy; outside 0–8 refused like the parameter', () => {
    setLeafArea(m, 0);
    expect(m.lai).toBe(0.01);
    expect(m.fixedCap[GH.canopy]).toBeCloseTo(12, 12);
    for (const v of [-0.1, 8.1, Number.NaN]) {
      const e = refused(() => setLeafArea(m, v));
      expect(e.field).toBe('greenhouse.leafAreaIndex');
      expect(e.value).toBe(v);
      expect(e.allowed).toBe('between 0 and 8');
    }
    expect(m.lai).toBe(0.01);
  });
});

describe('buildGreenhouse refusals', () => {
  it.each([
    ['floorArea', 9, 'between 10 and 10000000 m^2'],
    ['coverToFloorRatio', 3.1, 'between 1 and 3'],
    ['height', 1.4, 'between 1.5 and 20 m'],
    ['topHeight', 0.04, 'between 0.05 and 5 m'],
    ['leafAreaIndex', 8.5, 'between 0 and 8'],
    ['daySetpoint', 308.2, 'between 278.15 and 308.15 K'],
    ['nightSetpoint', 278.1, 'between 278.15 and 308.15 K'],
    ['ventOffset', 0.4, 'between 0.5 and 15 K'],
    ['leakage', 11 / 3600, 'between 0 and 0.002777777777777778 s^-1'],
    ['roofVentShare', 0.51, 'between 0 and 0.5'],
    ['ventHeight', 5.1, 'between 0.1 and 5 m'],
    ['indoorRH', 0.99, 'between 0.5 and 0.98'],
    ['deepSoilT', 323.2, 'between 223.15 and 323.15 K'],
    ['airPressure', 4.9e4, 'between 50000 and 120000 Pa'],
  ])('refuses %s = %f: "%s"', (field, value, allowed) => {
    const e = refused(() => buildGreenhouse(params({ [field]: value })));
    expect(e.field).toBe(`greenhouse.${field}`);
    expect(e.value).toBe(value);
    expect(e.allowed).toBe(allowed);
  });

  it('the compartment above the screen is at most half the mean height', () => {
    const e = refused(() => buildGreenhouse(params({ height: 4, topHeight: 2.01 })));
    expect(e.field).toBe('greenhouse.topHeight');
    expect(e.value).toBe(2.01);
    expect(e.allowed).toBe('between 0 and 2 m');
    expect(buildGreenhouse(params({ height: 4, topHeight: 2 })).mainHeight).toBe(2);
  });

  it('the pipe rail is checked under greenhouse.pipeRail', () => {
    const e = refused(() =>
      buildGreenhouse(params({ pipeRail: { ...VANTHOOR_PIPE_RAIL, outerDiameter: 0.3 } })),
    );
    expect(e.field).toBe('greenhouse.pipeRail.outerDiameter');
  });

  it('accepts the edges of the site ranges', () => {
    for (const [deepSoilT, airPressure] of [
      [223.15, 5e4],
      [323.15, 1.2e5],
    ]) {
      const m = buildGreenhouse(params({ deepSoilT, airPressure }));
      expect([m.deepSoilT, m.airPressure]).toEqual([deepSoilT, airPressure]);
    }
  });
});
