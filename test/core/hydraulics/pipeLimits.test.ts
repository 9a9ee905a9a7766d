/**
 * Pipes, fittings and friction: every argument named with its unit in the message, the exact range ends, and
 * the freezing check of a long cold pipe (issue 18: these survived mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import {
  colebrookFrictionFactor,
  frictionFactor,
  fullyRoughFrictionFactor,
} from '../../../src/core/hydraulics/friction';
import {
  craneFrictionFactor,
  type FittingName,
  fittingK,
  gnielinskiNusselt,
  minorLossCoefficient,
  petukhovFrictionFactor,
  pipeHeatLoss,
  pipePressureDrop,
  tubeNusselt,
} from '../../../src/core/hydraulics/pipe';
import { constantFluid } from './constantFluid';

// Water near 330 K (Incropera Table A.6): ρ 985, cp 4184, μ 489e-6, k 0.65; freezes at 273.15 K.
const water = constantFluid('test water', {
  density: 985,
  specificHeat: 4184,
  viscosity: 489e-6,
  conductivity: 0.65,
  freezingPoint: 273.15,
});

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('fittings', () => {
  it('Crane f_T needs 2 mm ≤ D ≤ 5 m; unknown fittings are listed', () => {
    expect(message(() => craneFrictionFactor(6))).toBe('diameter = 6 is not allowed: between 0.002 and 5 m');
    expect(message(() => fittingK('bend' as FittingName, 0.05))).toBe(
      'fitting = "bend" is not allowed: one of elbow90, elbow45, teeRun, teeBranch, gateValve, ballValve, ' +
        'swingCheckValve, entranceSharp, entranceProjecting, exit',
    );
  });

  it('counts: whole numbers ≥ 0; a zero or absent count adds nothing and is not evaluated', () => {
    // D = 10 m is outside Crane's range, but no elbow is counted: ΣK = 0 without evaluating f_T.
    expect(minorLossCoefficient({ elbow90: 0 }, 10)).toBe(0);
    expect(minorLossCoefficient({ elbow90: undefined }, 10)).toBe(0);
    // K = 0.5 (sharp entrance) + 1.0 (exit), D-independent.
    expect(minorLossCoefficient({ entranceSharp: 1, exit: 1 }, 10)).toBe(1.5);
    for (const n of [-1, 1.5]) {
      expect(message(() => minorLossCoefficient({ elbow90: n }, 0.05))).toBe(
        `fittings.elbow90 = ${n} is not allowed: a whole number ≥ 0 (how many of this fitting)`,
      );
    }
  });
});

describe('friction and Nusselt ranges', () => {
  it('Colebrook accepts Re = 2300 exactly; the fully rough limit needs ε/D > 0', () => {
    // At Re = 2300, smooth: 1/√f = −2 log10(2.51/(Re √f)) → f = 0.0494 (solved by fixed point below).
    let f = 0.05;
    for (let i = 0; i < 50; i++) f = (-2 * Math.log10(2.51 / (2300 * Math.sqrt(f)))) ** -2;
    expect(colebrookFrictionFactor(2300, 0)).toBeCloseTo(f, 10);
    expect(message(() => colebrookFrictionFactor(2299.9, 0))).toContain(
      'reynolds = 2299.9 is not allowed: a finite number ≥ 2300 (Colebrook is a turbulent-flow correlation',
    );
    expect(message(() => fullyRoughFrictionFactor(0))).toBe(
      'relativeRoughness = 0 is not allowed: a number > 0 (a smooth pipe has no fully rough limit)',
    );
    expect(message(() => frictionFactor(0, 0))).toBe('reynolds = 0 is not allowed: a finite number > 0');
  });

  it('Petukhov/Gnielinski range 3000 ≤ Re ≤ 5e6; tubeNusselt needs Re ≥ 0 and Pr > 0', () => {
    expect(message(() => petukhovFrictionFactor(2999))).toBe(
      'reynolds = 2999 is not allowed: between 3000 and 5000000',
    );
    expect(message(() => gnielinskiNusselt(1e7, 3))).toBe(
      'reynolds = 10000000 is not allowed: between 3000 and 5000000',
    );
    expect(message(() => tubeNusselt(-1, 3))).toBe('reynolds = -1 is not allowed: a finite number ≥ 0');
    expect(message(() => tubeNusselt(5000, 0))).toBe('prandtl = 0 is not allowed: a finite number > 0');
    // Laminar 3.66 up to and including 2300.
    expect(tubeNusselt(2300, 3)).toBe(3.66);
  });
});

describe('pipe pressure drop and heat loss: arguments', () => {
  const dp = { length: 10, diameter: 0.0525, roughness: 0, massFlow: 2, fluid: water, T: 330 };
  it('pressure drop names length, diameter and T with units', () => {
    expect(message(() => pipePressureDrop({ ...dp, length: -1 }))).toBe(
      'length = -1 is not allowed: a finite number ≥ 0 m',
    );
    expect(message(() => pipePressureDrop({ ...dp, diameter: 0 }))).toBe(
      'diameter = 0 is not allowed: a finite number > 0 m',
    );
    expect(message(() => pipePressureDrop({ ...dp, massFlow: Number.NaN }))).toBe(
      'massFlow = NaN is not allowed: a finite number',
    );
    expect(message(() => pipePressureDrop({ ...dp, T: 0 }))).toBe(
      'T = 0 is not allowed: a finite number > 0 K',
    );
  });

  const hl = {
    length: 100,
    innerDiameter: 0.0525,
    wallThickness: 0.004,
    wallConductivity: 50,
    insulationThickness: 0.03,
    insulationConductivity: 0.04,
    outsideHeatTransferCoeff: 10,
    insideH: 3000,
    massFlow: 1,
    inletT: 350,
    ambientT: 280,
    fluid: water,
  };
  it('heat loss names every geometric and thermal argument with its unit', () => {
    const cases: [Partial<typeof hl>, string][] = [
      [{ length: -1 }, 'length = -1 is not allowed: a finite number ≥ 0 m'],
      [{ innerDiameter: 0 }, 'innerDiameter = 0 is not allowed: a finite number > 0 m'],
      [{ wallThickness: -1 }, 'wallThickness = -1 is not allowed: a finite number ≥ 0 m'],
      [{ wallConductivity: 0 }, 'wallConductivity = 0 is not allowed: a finite number > 0 W/(m·K)'],
      [{ insulationThickness: -1 }, 'insulationThickness = -1 is not allowed: a finite number ≥ 0 m'],
      [
        { insulationConductivity: 0 },
        'insulationConductivity = 0 is not allowed: a finite number > 0 W/(m·K)',
      ],
      [
        { outsideHeatTransferCoeff: 0 },
        'outsideHeatTransferCoeff = 0 is not allowed: a finite number > 0 W/(m²·K)',
      ],
      [{ insideH: 0 }, 'insideH = 0 is not allowed: a finite number > 0 W/(m²·K)'],
      [{ inletT: 0 }, 'inletT = 0 is not allowed: a finite number > 0 K'],
      [{ ambientT: -1 }, 'ambientT = -1 is not allowed: a finite number > 0 K'],
    ];
    for (const [over, text] of cases) expect(message(() => pipeHeatLoss({ ...hl, ...over }))).toBe(text);
    for (const massFlow of [0, Number.POSITIVE_INFINITY]) {
      expect(message(() => pipeHeatLoss({ ...hl, massFlow }))).toContain(
        'a finite number > 0 kg/s (a stagnant pipe has no steady outlet temperature: it cools to ambient)',
      );
    }
  });

  it('a long pipe in −30 °C air: an outlet below freezing is refused, one just above is not', () => {
    // T_out = T_amb + (T_in − T_amb) e^(−UA'L/(ṁ cp)); with T_in = 10 °C and T_amb = −30 °C the outlet is
    // −1 °C at UA'L/(ṁ cp) = ln(40/29) and +1 °C at ln(40/31). UA' per metre from the resistances of one metre.
    const base = { ...hl, inletT: 283.15, ambientT: 243.15, massFlow: 0.05 };
    const ua = pipeHeatLoss({ ...base, length: 1 }).uaPerMetre;
    const length = (ntu: number) => (ntu * 0.05 * 4184) / ua;
    const ok = pipeHeatLoss({ ...base, length: length(Math.log(40 / 31)) });
    expect(ok.outletT).toBeCloseTo(274.15, 9);
    expect(() => pipeHeatLoss({ ...base, length: length(Math.log(40 / 29)) })).toThrowError(PhysicsError);
    expect(() => pipeHeatLoss({ ...base, length: length(Math.log(40 / 29)) })).toThrowError(
      /^pipe outlet temperature −?-?1\.00 °C is below the freezing point of test water \(0\.00 °C\): raise massFlow \(now 0\.05 kg\/s\), add insulation \(UA' = [0-9.]+ W\/\(m·K\)\) or use more glycol$/,
    );
  });
});
