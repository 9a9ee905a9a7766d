/**
 * The messages of nominal-point sizing (nominalChecks.ts), each written out in full: which quantities to add
 * when a point is under-specified (the completions enumerated by hand from the rule "each stream needs two of
 * its inlet, outlet and flow, plus the duty or one stream with all three"), which temperature to move at a
 * temperature cross and by how much, and the refusals of impossible solved temperatures. Labels are
 * `--field` so that a message shows which label it used.
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import {
  checkCross,
  fmtW,
  guardTemperature,
  kelvinDiff,
  NOMINAL_FIELDS,
  type NominalField,
  UnderSpecifiedError,
  underSpecified,
} from '../../../src/core/hx/nominalChecks';
import { constantFluid, thrown } from './testFluids';

const K = toKelvin;
const label = (f: NominalField) => `--${f}`;
const known = (...fs: NominalField[]) =>
  Object.fromEntries(NOMINAL_FIELDS.map((f) => [f, fs.includes(f)])) as Record<NominalField, boolean>;
const TAIL =
  ' (each stream needs two of its inlet, outlet and flow, plus the duty or one stream with all three)';

describe('underSpecified: the smallest sets of quantities that would determine the point', () => {
  it('duty and three temperatures: one of the cold outlet or the cold flow (the hot flow alone is not enough)', () => {
    const e = thrown(() => underSpecified(known('duty', 'hotIn', 'hotOut', 'coldIn'), label));
    expect(e).toBeInstanceOf(UnderSpecifiedError);
    expect(e).toBeInstanceOf(InputError);
    expect([(e as InputError).field, (e as InputError).value]).toEqual(['nominal point', 'under-specified']);
    expect(e.message).toBe(`under-specified: give one of --coldOut, --coldFlow${TAIL}`);
    expect((e as UnderSpecifiedError).missing).toEqual([['--coldOut'], ['--coldFlow']]);
  });

  it('duty and the hot temperatures: any two of the cold side’s three (all 3 pairs work)', () => {
    const e = thrown(() => underSpecified(known('duty', 'hotIn', 'hotOut'), label));
    expect(e.message).toBe(`under-specified: give two of --coldIn, --coldOut, --coldFlow${TAIL}`);
    expect((e as UnderSpecifiedError).missing).toEqual([
      ['--coldIn', '--coldOut'],
      ['--coldIn', '--coldFlow'],
      ['--coldOut', '--coldFlow'],
    ]);
  });

  it('duty and the hot inlet: six triples (one hot, two cold), listed since not every triple works', () => {
    const e = thrown(() => underSpecified(known('duty', 'hotIn'), label));
    const sets = [
      ['--hotOut', '--coldIn', '--coldOut'],
      ['--hotOut', '--coldIn', '--coldFlow'],
      ['--hotOut', '--coldOut', '--coldFlow'],
      ['--coldIn', '--coldOut', '--hotFlow'],
      ['--coldIn', '--hotFlow', '--coldFlow'],
      ['--coldOut', '--hotFlow', '--coldFlow'],
    ];
    expect((e as UnderSpecifiedError).missing).toEqual(sets);
    expect(e.message).toBe(
      `under-specified: also give ${sets.map((s) => s.join(' and ')).join('; or ')}${TAIL}`,
    );
  });

  it('the two inlets: 8 of the 10 triples of the other five work, so "three more of" all five', () => {
    // duty + one hot + one cold: 4; all hot + one cold: 2; all cold + one hot: 2
    const e = thrown(() => underSpecified(known('hotIn', 'coldIn'), label));
    expect((e as UnderSpecifiedError).missing).toHaveLength(8);
    expect(e.message).toBe(
      `under-specified: give three more of --duty, --hotOut, --coldOut, --hotFlow, --coldFlow${TAIL}`,
    );
  });

  it('the duty alone: 9 of the 15 quadruples (two per side); nothing: 15 of the 21 quintuples', () => {
    const d = thrown(() => underSpecified(known('duty'), label));
    expect((d as UnderSpecifiedError).missing).toHaveLength(9);
    expect(d.message).toBe(
      `under-specified: give four more of --hotIn, --hotOut, --coldIn, --coldOut, --hotFlow, --coldFlow${TAIL}`,
    );
    const n = thrown(() => underSpecified(known(), label));
    expect((n as UnderSpecifiedError).missing).toHaveLength(15);
    expect(n.message).toBe(
      `under-specified: give five more of --duty, --hotIn, --hotOut, --coldIn, --coldOut, --hotFlow, --coldFlow${TAIL}`,
    );
  });
});

describe('checkCross: which temperature to move and by how much', () => {
  const s = { duty: 1e6, hotCp: 4000, coldCp: 4000, hotFlow: 5, coldFlow: 5 };
  const cross = (arr: 'parallel' | 'counterflow', t: number[], given: Record<NominalField, boolean>) => {
    const [Thi, Tho, Tci, Tco] = t.map(K) as [number, number, number, number];
    return thrown(() => checkCross(arr, { Thi, Tho, Tci, Tco }, given, label, s));
  };

  it('parallel flow: outlets equal is already a cross; each given outlet is named, then counterflow', () => {
    const e = cross('parallel', [80, 60, 20, 60], known('coldOut', 'hotOut'));
    expect(e).toBeInstanceOf(PhysicsError);
    expect(e.message).toBe(
      'parallel flow: cold outlet 60.0 °C is not below hot outlet 60.0 °C: lower --coldOut by more than 0.0 K, ' +
        'raise --hotOut by more than 0.0 K, or use counterflow',
    );
    const b = cross('parallel', [80, 60, 20, 65], known());
    expect(b.message).toBe(
      'parallel flow: cold outlet 65.0 °C (from the energy balance) is not below hot outlet 60.0 °C (from the ' +
        'energy balance): or use counterflow',
    );
    const h = cross('parallel', [80, 60, 20, 60.03], known('hotOut'));
    expect(h.message).toMatch(/: raise --hotOut by more than 0\.030 K, or use counterflow$/);
    expect(() =>
      checkCross('parallel', { Thi: K(80), Tho: K(60), Tci: K(20), Tco: K(59) }, known(), label, s),
    ).not.toThrow();
  });

  it('counterflow, cold outlet at the hot inlet: lower the outlet or raise the inlet, each by the cross', () => {
    const e = cross('counterflow', [80, 60, 20, 80], known('coldOut', 'hotIn'));
    expect(e.message).toBe(
      'cold outlet 80.0 °C is not below hot inlet 80.0 °C (temperature cross): lower --coldOut by more than ' +
        '0.0 K or raise --hotIn by more than 0.0 K',
    );
  });

  it('counterflow, cold outlet from the balance: raise the cold flow above Q/(cp·(T_h,in − T_c,in)), or lower the cold inlet', () => {
    // 1 MW / (4000 J/(kg·K) · 60 K) = 4.1667 kg/s
    const e = cross('counterflow', [80, 60, 20, 85], known('coldFlow', 'coldIn'));
    expect(e.message).toBe(
      'cold outlet 85.0 °C (from the energy balance) is not below hot inlet 80.0 °C (from the energy balance) ' +
        '(temperature cross): raise --coldFlow above 4.167 kg/s or lower --coldIn',
    );
    // neither inlet given: only the outlet to lower
    const o = cross('counterflow', [80, 60, 20, 85], known('coldOut'));
    expect(o.message).toMatch(/\(temperature cross\): lower --coldOut by more than 5\.0 K$/);
    const i = cross('counterflow', [80, 60, 20, 85], known('hotIn'));
    expect(i.message).toMatch(/\(temperature cross\): raise --hotIn by more than 5\.0 K$/);
  });

  it('counterflow, hot outlet at or below the cold inlet: raise the outlet or the hot flow, lower the cold inlet', () => {
    const e = cross('counterflow', [80, 20, 20, 70], known('hotOut', 'coldIn'));
    expect(e.message).toBe(
      'hot outlet 20.0 °C is not above cold inlet 20.0 °C (temperature cross): raise --hotOut by more than ' +
        '0.0 K or lower --coldIn by more than 0.0 K',
    );
    const f = cross('counterflow', [80, 15, 20, 70], known('hotFlow', 'hotIn'));
    expect(f.message).toBe(
      'hot outlet 15.0 °C (from the energy balance) is not above cold inlet 20.0 °C (from the energy balance) ' +
        '(temperature cross): raise --hotFlow above 4.167 kg/s or raise --hotIn',
    );
    const none = cross('counterflow', [80, 15, 20, 70], known('duty'));
    expect(none.message).toMatch(/\(temperature cross\): $/);
    expect(() =>
      checkCross('counterflow', { Thi: K(80), Tho: K(30), Tci: K(20), Tco: K(70) }, known(), label, s),
    ).not.toThrow();
  });
});

describe('guardTemperature: a solved temperature must be finite, above 0 K and inside the fluid’s range', () => {
  const w = () => constantFluid({ cp: 4000, rho: 1000, freezingPoint: 200, maxTemperature: 500 });

  it('not finite or not above 0 K: the balance is wildly off, named by side, end and label', () => {
    expect(thrown(() => guardTemperature(w(), K(20), Number.NaN, 'cold', label)).message).toBe(
      "the energy balance puts the cold stream's outlet at NaN K (--coldOut), which is impossible: check the duty and the cold flow",
    );
    expect(thrown(() => guardTemperature(w(), -12.5, K(20), 'hot', label)).message).toBe(
      "the energy balance puts the hot stream's inlet at -12.5 K (--hotIn), which is impossible: check the duty and the hot flow",
    );
    expect(thrown(() => guardTemperature(w(), K(20), 0, 'hot', label)).message).toMatch(
      /outlet at 0 K \(--hotOut\)/,
    );
  });

  it('outside the fluid’s range: the fluid’s own error under the end and its label; its limits pass', () => {
    expect(thrown(() => guardTemperature(w(), 150, 300, 'cold', label)).message).toBe(
      'the cold inlet (--coldIn): test liquid: 150 K outside 200–500 K',
    );
    expect(thrown(() => guardTemperature(w(), 300, 600, 'hot', label)).message).toBe(
      'the hot outlet (--hotOut): test liquid: 600 K outside 200–500 K',
    );
    expect(() => guardTemperature(w(), 200, 500, 'hot', label)).not.toThrow();
  });
});

describe('the number formats of the messages', () => {
  it('fmtW: MW from 1e6 W, kW from 1e3 W, else W (4 significant digits)', () => {
    expect([2.5e6, 1e6, 999_950, 1500, 1000, 999, -2500].map(fmtW)).toEqual([
      '2.5 MW',
      '1 MW',
      '1000 kW',
      '1.5 kW',
      '1 kW',
      '999 W',
      '-2.5 kW',
    ]);
  });

  it('kelvinDiff: two significant digits below 0.05 K, else one decimal', () => {
    expect([0.03, 0.0049, 0.05, 5, 12.34].map(kelvinDiff)).toEqual([
      '0.030 K',
      '0.0049 K',
      '0.1 K',
      '5.0 K',
      '12.3 K',
    ]);
  });
});
