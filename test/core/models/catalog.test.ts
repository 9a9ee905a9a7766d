import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { fluid } from '../../../src/core/fluids';
import {
  catalog,
  minerModel,
  parseDryCooler,
  parseMinerModel,
  parsePlateExchanger,
  plateExchangerNominalFlows,
} from '../../../src/core/models/catalog';

const ROOT = 'models/equipment';
const readJson = (dir: string, f: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Record<string, unknown>;
const filesIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json'));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('catalog source convention', () => {
  // Every datum except id/name/manufacturer is { value, source }, and the source starts with one of the
  // documented kinds ([facts] / derived: / assumption: / a named reference).
  const SOURCE = /^(\[facts\] |derived: |assumption: |Modelica Buildings|Incropera|Kakaç)/;
  for (const dir of ['miners', 'dry-coolers', 'plate-exchangers']) {
    for (const f of filesIn(dir)) {
      it(`${dir}/${f}: every datum carries a source`, () => {
        const bad: string[] = [];
        const walk = (node: unknown, path: string): void => {
          if (typeof node !== 'object' || node === null) {
            bad.push(`${path}: bare value ${JSON.stringify(node)}`);
            return;
          }
          const o = node as Record<string, unknown>;
          if ('value' in o) {
            if (typeof o['source'] !== 'string' || !SOURCE.test(o['source']))
              bad.push(`${path}: source ${JSON.stringify(o['source'])}`);
            return;
          }
          for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
        };
        const j = readJson(dir, f);
        for (const [k, v] of Object.entries(j)) if (!['id', 'name', 'manufacturer'].includes(k)) walk(v, k);
        expect(bad).toEqual([]);
        expect(`${j['id']}.json`).toBe(f);
      });
    }
  }

  it('ships every file found on disk', () => {
    expect(Object.keys(catalog.miners).sort()).toEqual(
      filesIn('miners')
        .map((f) => f.slice(0, -5))
        .sort(),
    );
    expect(Object.keys(catalog.dryCoolers).sort()).toEqual(
      filesIn('dry-coolers')
        .map((f) => f.slice(0, -5))
        .sort(),
    );
    expect(Object.keys(catalog.plateExchangers).sort()).toEqual(
      filesIn('plate-exchangers')
        .map((f) => f.slice(0, -5))
        .sort(),
    );
  });
});

describe('miner catalog values', () => {
  // [facts] table "Liquid-cooled miners (third-party catalogues)" (models/SOURCES.md): hashrate TH/s, power W.
  const facts: [string, number, number][] = [
    ['avalon-a1566ha', 480, 8064],
    ['antminer-s21-hydro', 335, 5360],
    ['antminer-s21-xp-hydro', 473, 5676],
    ['antminer-s21-plus-hydro', 319, 4785],
    ['antminer-s19-xp-hydro', 257, 5346],
  ];
  it.each(facts)('%s: nameplate matches [facts] (%d TH/s, %d W), converted to SI', (id, th, w) => {
    const m = minerModel(id);
    expect(m.hashrate).toBeCloseTo(th * 1e12, -6); // 1 TH/s = 1e12 hash/s
    expect(m.power).toBe(w);
    expect(m.efficiency).toBeCloseTo(w / (th * 1e12), 13); // J/hash
    // [facts] 80 °C limit; the high-temperature A1566HA is given 90 °C (assumption stated in its JSON:
    // 80 °C cannot coexist with its advertised > 75 °C hot water).
    const limit = id === 'avalon-a1566ha' ? 90 : 80;
    expect(m.thermal.criticalTemperature).toBeCloseTo(limit + 273.15, 10);
    expect(m.sources['hashrate']).toMatch(/^\[facts\] /);
  });

  it('Avalon A1566HA: [facts] size 556 × 482.6 × 86 mm and 16.8 J/TH', () => {
    const m = minerModel('avalon-a1566ha');
    expect(m.physical.depth).toBeCloseTo(0.556, 12);
    expect(m.physical.width).toBeCloseTo(0.4826, 12);
    expect(m.physical.height).toBeCloseTo(0.086, 12);
    expect(m.efficiency).toBeCloseTo(16.8e-12, 15);
  });

  it.each(facts)('%s: nominal flow follows the [facts] sizing rule ṁ = P/(cp ΔT)', (id) => {
    const m = minerModel(id);
    // Hand calculation as in the catalog: water at 40 °C, cp 4179 J/kgK, ρ 992.2 kg/m³ (IAPWS-IF97 tables);
    // volume flow = P / (cp · 10 K) / ρ, stated to 0.1 L/min → within 0.05 L/min.
    const litresPerMin = (m.power / (4179 * 10) / 992.2) * 60000;
    expect(Math.abs(m.coolant.nominalFlow * 60000 - litresPerMin)).toBeLessThan(0.05 + 1e-9);
    // and the same with the project's IAPWS water model at 40 °C: the 0.1 L/min rounding plus 0.1 %.
    const w = fluid('water');
    const q = m.power / (w.specificHeat(313.15) * 10) / w.density(313.15);
    expect(Math.abs(m.coolant.nominalFlow - q) * 60000).toBeLessThan(0.05 + 0.001 * q * 60000);
  });

  it.each(facts)('%s: thermal resistance reproduces its stated derivation', (id) => {
    const m = minerModel(id);
    const c = m.coolant;
    const t = m.thermal;
    // R = (T_crit − (T_maxInlet + φ·ΔT_nominal)) / (φ·P): the chip/board sensor reaches the limit at max
    // inlet, nominal flow, nameplate power (catalog 'derived:' text). Rounded in the file to 2 significant
    // digits → within 1.5 %.
    const rise = t.heatToCoolantFraction * c.nominalDeltaT;
    const r = (t.criticalTemperature - (c.maxInlet + rise)) / (t.heatToCoolantFraction * m.power);
    expect(Math.abs(t.thermalResistance - r) / r).toBeLessThan(0.015);
  });

  it('modes: eco and boost are stated per the assumption text (80 %/87 %, 110 %/106 %)', () => {
    for (const m of Object.values(catalog.miners)) {
      expect(m.modes.normal.power).toBe(m.power);
      expect(Math.abs(m.modes.eco!.power - 0.8 * m.power)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(m.modes.eco!.hashrate - 0.87 * m.hashrate)).toBeLessThanOrEqual(0.5e12);
      expect(Math.abs(m.modes.boost!.power - 1.1 * m.power)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(m.modes.boost!.hashrate - 1.06 * m.hashrate)).toBeLessThanOrEqual(0.5e12);
    }
  });
});

describe('dry-cooler and plate-exchanger catalog values', () => {
  it('dry coolers: UA matches an independent ε-NTU hand calculation at the rating point', () => {
    for (const d of Object.values(catalog.dryCoolers)) {
      const n = d.nominal;
      // Air: ideal gas at 101325 Pa, R = 287.05 J/kgK; cp 1006 J/kgK.
      const rho = 101325 / (287.05 * n.ambient);
      const cAir = rho * n.airFlow * 1006;
      const cFluid = n.capacity / (n.fluidInlet - n.fluidOutlet);
      const cMin = Math.min(cAir, cFluid);
      const cr = cMin / Math.max(cAir, cFluid);
      const eps = n.capacity / (cMin * (n.fluidInlet - n.ambient));
      // Incropera Table 11.4, crossflow with C_max (the fluid here) mixed: NTU = −ln(1 + ln(1 − ε Cr)/Cr).
      expect(cFluid).toBeGreaterThan(cAir);
      const ntu = -Math.log(1 + Math.log(1 - eps * cr) / cr);
      expect(Math.abs(d.ua - ntu * cMin) / (ntu * cMin)).toBeLessThan(0.001);
      // The "≈ 10.2 K air rise" stated in the air-flow source.
      expect(n.capacity / cAir).toBeCloseTo(10.24, 1);
    }
    expect(catalog.dryCoolers['dry-cooler-v-1000kw']!.ua).toBe(120900);
  });

  it('plate exchangers: LMTD and UA = Q/LMTD (counterflow hand calculation), plate count', () => {
    for (const p of Object.values(catalog.plateExchangers)) {
      const n = p.nominal;
      const d1 = n.hotInlet - n.coldOutlet; // 70 − 65 = 5 K
      const d2 = n.hotOutlet - n.coldInlet; // 60 − 50 = 10 K
      const lmtd = (d1 - d2) / Math.log(d1 / d2); // = 5/ln 2 = 7.2135 K
      expect(lmtd).toBeCloseTo(5 / Math.LN2, 9);
      expect(p.lmtd).toBeCloseTo(lmtd, 3);
      expect(Math.abs(p.ua - n.duty / lmtd) / p.ua).toBeLessThan(1e-4);
      expect(Math.abs(p.area - p.ua / p.overallU)).toBeLessThan(0.05 + 1e-9);
      expect(p.plateCount).toBe(Math.ceil(p.area / p.plateArea) + 2);
    }
  });

  it('plateExchangerNominalFlows: ṁ = Q/(cp(T̄)·ΔT) per side', () => {
    const p = catalog.plateExchangers['phe-module-750kw']!;
    const w = fluid('water');
    const pg = fluid('propylene-glycol', 0.4);
    const f = plateExchangerNominalFlows(p, pg, w);
    // Hot: 750 kW / (cp_PG40(65 °C) · 10 K); cold: 750 kW / (cp_w(57.5 °C) · 15 K).
    expect(f.hot).toBeCloseTo(750e3 / (pg.specificHeat(338.15) * 10), 9);
    expect(f.cold).toBeCloseTo(750e3 / (w.specificHeat(330.65) * 15), 9);
    // Sanity against a round hand value: water cp ≈ 4184 J/kgK → 11.95 kg/s (within 0.5 %).
    expect(Math.abs(f.cold - 750e3 / (4184 * 15)) / f.cold).toBeLessThan(0.005);
  });
});

describe('catalog parsing errors', () => {
  const avalon = readJson('miners', 'avalon-a1566ha.json');

  function inputError(fn: () => unknown): InputError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    }
    throw new Error('expected an InputError');
  }

  it('a quantity with the wrong dimension names the path, the value and the unit', () => {
    const j = clone(avalon) as { power: { value: string } };
    j.power.value = '8064 kg';
    const e = inputError(() => parseMinerModel(j));
    expect(e.field).toBe('avalon-a1566ha.power');
    expect(e.value).toBe('8064 kg');
    expect(e.message).toMatch(/W/);
  });

  it('a datum without a source is rejected with its path', () => {
    const j = clone(avalon) as { coolant: { maxInlet: unknown } };
    j.coolant.maxInlet = { value: '65 degC' };
    const e = inputError(() => parseMinerModel(j));
    expect(e.field).toBe('avalon-a1566ha.coolant.maxInlet.source');
  });

  it('a bare number instead of { value, source } is rejected', () => {
    const j = clone(avalon) as { hashrate: unknown };
    j.hashrate = 480;
    const e = inputError(() => parseMinerModel(j));
    expect(e.field).toBe('avalon-a1566ha.hashrate');
    expect(e.message).toMatch(/source/);
  });

  it('inconsistent limits are rejected (max inlet above the critical temperature)', () => {
    const j = clone(avalon) as { coolant: { maxInlet: { value: string } } };
    j.coolant.maxInlet.value = '95 degC'; // above the 90 °C critical temperature
    const e = inputError(() => parseMinerModel(j));
    expect(e.field).toBe('avalon-a1566ha.coolant.maxInlet');
    expect(e.message).toMatch(/criticalTemperature/);
  });

  it('"L/min" flows parse (12 L/min = 2e-4 m³/s)', () => {
    const j = clone(avalon) as { coolant: { nominalFlow: { value: string } } };
    j.coolant.nominalFlow.value = '12 L/min';
    expect(parseMinerModel(j).coolant.nominalFlow).toBeCloseTo(12e-3 / 60, 15);
  });

  it('dry cooler with an impossible temperature program, and a plate exchanger with a wrong UA', () => {
    const d = clone(readJson('dry-coolers', 'dry-cooler-v-1000kw.json')) as {
      nominal: { fluidOutlet: { value: string } };
    };
    d.nominal.fluidOutlet.value = '25 degC'; // below the 30 °C ambient
    expect(inputError(() => parseDryCooler(d)).field).toBe('dry-cooler-v-1000kw.nominal.fluidOutlet');
    const p = clone(readJson('plate-exchangers', 'phe-module-750kw.json')) as { ua: { value: string } };
    p.ua.value = '150 kW/K';
    expect(inputError(() => parsePlateExchanger(p)).field).toBe('phe-module-750kw.ua');
  });

  it('unknown model id lists the known ones', () => {
    const e = inputError(() => minerModel('antminer-s9'));
    expect(e.message).toMatch(/avalon-a1566ha/);
  });
});
