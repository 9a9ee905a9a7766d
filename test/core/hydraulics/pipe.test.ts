import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import {
  craneFrictionFactor,
  fittingK,
  gnielinskiNusselt,
  minorLossCoefficient,
  PIPE_ROUGHNESS,
  petukhovFrictionFactor,
  pipeHeatLoss,
  pipePressureDrop,
  tubeNusselt,
} from '../../../src/core/hydraulics/pipe';
import { fluid } from '../../../src/core/fluids/index';
import { constantFluid, WATER_330K } from './constantFluid';

// TEST DOUBLE: White's oil, ρ = 900 kg/m³, ν = 1e-5 m²/s → μ = 0.009 Pa·s (constant properties).
const OIL = constantFluid('oil (White §6.7 example, test double)', {
  density: 900,
  specificHeat: 2000,
  viscosity: 0.009,
  conductivity: 0.15,
});
const T = 300; // K; the test doubles are temperature independent

describe('pipePressureDrop — Darcy–Weisbach', () => {
  it("White's example: 0.2 m³/s oil, 500 m of 200 mm cast iron → h_f = 117 m", () => {
    // White, Fluid Mechanics 7th ed., §6.7 worked example. Hand calculation:
    //   V = Q/A = 0.2/(π·0.1²) = 6.3662 m/s; Re = V d/ν = 6.3662·0.2/1e-5 = 127 324; ε/d = 0.26/200 = 0.0013
    //   Colebrook → f = 0.022728 (checked by bisection in friction.test.ts); White quotes 0.0227.
    //   h_f = f (L/d) V²/(2g) = 0.022728·2500·6.3662²/(2·9.80665) = 117.4 m (White: 117 m)
    //   Δp = f (L/d) ρV²/2 = 0.022728·2500·(900·6.3662²/2) = 1.0363e6 Pa
    const r = pipePressureDrop({
      length: 500,
      diameter: 0.2,
      roughness: 0.26e-3,
      massFlow: 0.2 * 900,
      fluid: OIL,
      T,
    });
    expect(r.velocity).toBeCloseTo(6.3662, 4);
    expect(r.reynolds).toBeCloseTo(127_324, 0);
    expect(r.frictionFactor).toBeCloseTo(0.0227, 4);
    expect(r.pressureDrop / (900 * 9.80665)).toBeCloseTo(117, 0);
    expect(r.pressureDrop / 1.0363e6).toBeCloseTo(1, 3);
    expect(r.minorPressureDrop).toBe(0);
  });

  it('laminar flow reproduces Hagen–Poiseuille Δp = 128 μ L Q/(π D⁴)', () => {
    // Hand calc: μ = 0.009, L = 10 m, Q = 1e-5 m³/s, D = 0.01 m → Δp = 128·0.009·10·1e-5/(π·1e-8) = 3666.93 Pa;
    // Re = 4ρQ/(π D μ) = 4·900·1e-5/(π·0.01·0.009) = 127.3 (laminar).
    const r = pipePressureDrop({ length: 10, diameter: 0.01, roughness: 0, massFlow: 900e-5, fluid: OIL, T });
    expect(r.reynolds).toBeCloseTo(127.32, 2);
    expect(r.pressureDrop).toBeCloseTo(3666.93, 1);
    expect(r.pressureDrop / ((128 * 0.009 * 10 * 1e-5) / (Math.PI * 1e-8))).toBeCloseTo(1, 12);
  });

  it('adds minor losses ΣK ρv²/2', () => {
    // 10 m of 52.5 mm smooth pipe, water at 330 K (Incropera A.6), ṁ = 2 kg/s, ΣK = 5:
    //   ρ = 984.25, v = 2/(984.25·π·0.02625²) = 0.93866 m/s, ρv²/2 = 433.60 Pa → Δp_minor = 2168.0 Pa.
    const base = { length: 10, diameter: 0.0525, roughness: 0, massFlow: 2, fluid: WATER_330K, T: 330 };
    const r = pipePressureDrop({ ...base, minorLossK: 5 });
    expect(r.velocity).toBeCloseTo(0.93866, 4);
    expect(r.minorPressureDrop).toBeCloseTo(2168.0, 0);
    expect(r.pressureDrop).toBeCloseTo(pipePressureDrop(base).pressureDrop + r.minorPressureDrop, 9);
  });

  it('reverses sign with the flow, is 0 at no flow, and scales ~ṁ² in rough turbulent flow', () => {
    const base = {
      length: 50,
      diameter: 0.1,
      roughness: PIPE_ROUGHNESS.commercialSteel,
      fluid: WATER_330K,
      T: 330,
    };
    const fwd = pipePressureDrop({ ...base, massFlow: 10 });
    const rev = pipePressureDrop({ ...base, massFlow: -10 });
    expect(rev.pressureDrop).toBe(-fwd.pressureDrop);
    expect(rev.velocity).toBe(-fwd.velocity);
    const none = pipePressureDrop({ ...base, massFlow: 0 });
    expect(none.pressureDrop).toBe(0);
    expect(none.reynolds).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        (m, k) => {
          const p1 = pipePressureDrop({ ...base, massFlow: m }).pressureDrop;
          const p2 = pipePressureDrop({ ...base, massFlow: m * k }).pressureDrop;
          // Turbulent: f falls slowly with Re, so 1.6 < exponent ≤ 2.
          return p2 > p1 * k ** 1.6 && p2 <= p1 * k * k * (1 + 1e-12);
        },
      ),
    );
  });

  it('rejects bad input with InputError naming the field', () => {
    const ok = { length: 1, diameter: 0.05, roughness: 1e-5, massFlow: 1, fluid: WATER_330K, T: 330 };
    expect(() => pipePressureDrop({ ...ok, length: -1 })).toThrow(/length/);
    expect(() => pipePressureDrop({ ...ok, diameter: 0 })).toThrow(/diameter/);
    expect(() => pipePressureDrop({ ...ok, roughness: 0.003 })).toThrow(/roughness.*ε\/D ≤ 0\.05/);
    expect(() => pipePressureDrop({ ...ok, massFlow: Number.NaN })).toThrow(InputError);
    expect(() => pipePressureDrop({ ...ok, minorLossK: -1 })).toThrow(/minorLossK/);
    expect(() => pipePressureDrop({ ...ok, T: 250 })).toThrow(PhysicsError); // the fluid is frozen
  });
});

describe('fittings (Crane TP-410)', () => {
  it('f_T reproduces the Crane A-26 table within 5 %', () => {
    // Crane TP-410 (1976), p. A-26, "pipe friction data for clean commercial steel pipe with flow in zone of
    // complete turbulence": nominal size → f_T. Inner diameters: ASME B36.10 schedule 40.
    const table: [number, number][] = [
      [0.0158, 0.027], // ½"
      [0.02093, 0.025], // ¾"
      [0.02664, 0.023], // 1"
      [0.03505, 0.022], // 1¼"
      [0.04089, 0.021], // 1½"
      [0.0525, 0.019], // 2"
      [0.07793, 0.018], // 3"
      [0.10226, 0.017], // 4"
      [0.15405, 0.015], // 6"
      [0.20272, 0.014], // 8"
      [0.30323, 0.013], // 12"
      [0.42866, 0.012], // 18"
    ];
    for (const [d, ft] of table) expect(Math.abs(craneFrictionFactor(d) / ft - 1)).toBeLessThan(0.05);
  });

  it('K values: 2" elbow = 30 f_T ≈ 0.57, fixed K for entrance/exit, ΣK of a set', () => {
    // 2" schedule 40, D = 52.5 mm: f_T = 1/(−2 log10(45.72e-6/0.0525/3.7))² = 1/7.2564² = 0.018991;
    // Crane: 30 f_T = 30·0.019 = 0.57.
    expect(fittingK('elbow90', 0.0525)).toBeCloseTo(0.5697, 3);
    expect(fittingK('ballValve', 0.0525)).toBeCloseTo(3 * 0.018991, 4);
    expect(fittingK('teeBranch', 0.0525) / fittingK('teeRun', 0.0525)).toBeCloseTo(3, 12); // 60 f_T / 20 f_T
    expect(fittingK('exit', 0.0525)).toBe(1);
    expect(fittingK('entranceSharp', 0.3)).toBe(0.5);
    expect(fittingK('entranceProjecting', 0.3)).toBe(0.78);
    // 4 elbows + gate valve + swing check + exit = (4·30 + 8 + 100) f_T + 1 = 228·0.018991 + 1 = 5.3299
    expect(
      minorLossCoefficient({ elbow90: 4, gateValve: 1, swingCheckValve: 1, exit: 1 }, 0.0525),
    ).toBeCloseTo(5.3299, 3);
    expect(() => minorLossCoefficient({ elbow90: 1.5 }, 0.05)).toThrow(/fittings\.elbow90/);
    expect(() => fittingK('butterfly' as never, 0.05)).toThrow(/fitting/);
  });
});

describe('internal convection', () => {
  it('Gnielinski at Re = 99 191, Pr = 3.15 gives Nu = 411.7 (hand calculation)', () => {
    // f = (0.790 ln 99 191 − 1.64)⁻² = (0.79·11.50479 − 1.64)⁻² = 7.44879⁻² = 0.018023  (Incropera eq. 8.21)
    // Nu = (f/8)(Re − 1000)Pr / (1 + 12.7 √(f/8)(Pr^⅔ − 1))
    //    = 0.0022529·98 191·3.15 / (1 + 12.7·0.047465·(2.14879 − 1)) = 696.83 / 1.69250 = 411.7  (eq. 8.62)
    expect(petukhovFrictionFactor(99_191)).toBeCloseTo(0.018023, 5);
    expect(gnielinskiNusselt(99_191, 3.15)).toBeCloseTo(411.7, 1);
  });

  it('laminar 3.66, continuous at 2300 and 10⁴, rising through the transition', () => {
    expect(tubeNusselt(1000, 5)).toBe(3.66);
    expect(tubeNusselt(2300 * (1 + 1e-9), 5)).toBeCloseTo(3.66, 5);
    expect(tubeNusselt(1e4 * (1 - 1e-12), 5)).toBeCloseTo(gnielinskiNusselt(1e4, 5), 6);
    let prev = 0;
    for (let re = 2300; re <= 2e4; re += 50) {
      const nu = tubeNusselt(re, 5);
      expect(nu).toBeGreaterThanOrEqual(prev);
      prev = nu;
    }
    expect(() => tubeNusselt(5e4, 0.1)).toThrow(/prandtl/);
  });
});

describe('pipeHeatLoss', () => {
  // 4" schedule 40 steel (D_i = 102.3 mm, t = 6.02 mm, k = 50 W/mK), 50 mm mineral wool (k = 0.04),
  // h_o = 20 W/m²K, h_i = 2000 W/m²K given, 100 m, ṁ = 5 kg/s water (cp 4184), 60 °C in, −30 °C outside.
  const base = {
    length: 100,
    innerDiameter: 0.1023,
    wallThickness: 0.00602,
    wallConductivity: 50,
    insulationThickness: 0.05,
    insulationConductivity: 0.04,
    outsideHeatTransferCoeff: 20,
    insideH: 2000,
    massFlow: 5,
    inletT: toKelvin(60),
    ambientT: toKelvin(-30),
    fluid: WATER_330K,
  };

  it('series cylindrical resistances and exponential outlet (hand calculation)', () => {
    // D_o = 0.1023 + 2·0.00602 = 0.11434 m; D_ins = 0.11434 + 0.1 = 0.21434 m
    // R'_in   = 1/(2000·π·0.1023)              = 0.0015558 K·m/W
    // R'_wall = ln(0.11434/0.1023)/(2π·50)     = 0.00035417
    // R'_ins  = ln(0.21434/0.11434)/(2π·0.04)  = 2.50027
    // R'_out  = 1/(20·π·0.21434)               = 0.074253
    // ΣR' = 2.576436 → UA' = 0.388133 W/(m·K); UA = 38.8133 W/K; ṁcp = 20 920 W/K
    // T_out = −30 + 90·exp(−38.8133/20 920) = 59.83318 °C; Q = 20 920·(60 − 59.83318) = 3489.96 W
    const r = pipeHeatLoss(base);
    expect(r.resistances.inside).toBeCloseTo(0.0015558, 7);
    expect(r.resistances.wall).toBeCloseTo(0.00035417, 8);
    expect(r.resistances.insulation).toBeCloseTo(2.50027, 5);
    expect(r.resistances.outside).toBeCloseTo(0.074253, 6);
    expect(r.uaPerMetre).toBeCloseTo(0.388133, 6);
    expect(r.ua).toBeCloseTo(38.8133, 4);
    expect(r.outletT - 273.15).toBeCloseTo(59.83318, 5);
    expect(r.heatLoss).toBeCloseTo(3489.96, 1);
    expect(r.insideH).toBe(2000);
  });

  it('limits: no length → no loss; very long pipe → ambient; small NTU → Q ≈ UA·(T_in − T_amb)', () => {
    expect(pipeHeatLoss({ ...base, length: 0 }).heatLoss).toBe(0);
    const long = pipeHeatLoss({ ...base, ambientT: toKelvin(20), length: 1e7 });
    expect(long.outletT).toBeCloseTo(toKelvin(20), 6);
    const r = pipeHeatLoss(base);
    expect(r.heatLoss / (r.ua * 90)).toBeCloseTo(1, 2); // NTU = 0.0019: within 0.1 %
    // A warmer ambient makes the pipe gain heat.
    expect(pipeHeatLoss({ ...base, ambientT: toKelvin(80) }).heatLoss).toBeLessThan(0);
  });

  it('energy balance Q = ṁ cp (T_in − T_out) and monotonic in insulation thickness', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        (ins, m) => {
          const r = pipeHeatLoss({ ...base, insulationThickness: ins, massFlow: m });
          const thicker = pipeHeatLoss({ ...base, insulationThickness: ins + 0.01, massFlow: m });
          const balance = m * 4184 * (base.inletT - r.outletT);
          // Beyond the critical radius k/h = 2 mm, more insulation always lowers the loss.
          return Math.abs(r.heatLoss - balance) <= 1e-9 * Math.abs(balance) && thicker.heatLoss < r.heatLoss;
        },
      ),
    );
  });

  it('computes h_i from Gnielinski with the fluid when not given', () => {
    // Water 330 K (Incropera A.6), D = 52.5 mm, ṁ = 2 kg/s: Re = 4·2/(π·0.0525·489e-6) = 99 191, Pr = 3.148,
    // Nu ≈ 411.5 (Gnielinski, see above, at Pr = 3.148) → h_i = Nu·k/D = 411.5·0.65/0.0525 ≈ 5095 W/m²K.
    const r = pipeHeatLoss({ ...base, innerDiameter: 0.0525, insideH: undefined, massFlow: 2 });
    expect(r.reynolds).toBeCloseTo(99_191, -1);
    expect(r.insideH / 5095).toBeCloseTo(1, 2);
    // Bare pipe, thin wall: UA' ≈ 1/(1/(h_i π D_i) + 1/(h_o π D_i)) (wall resistance negligible)
    const bare = pipeHeatLoss({ ...base, insulationThickness: 0, wallThickness: 0, insideH: 1000 });
    const hand = 1 / (1 / (1000 * Math.PI * 0.1023) + 1 / (20 * Math.PI * 0.1023));
    expect(bare.uaPerMetre / hand).toBeCloseTo(1, 12);
  });

  it('throws PhysicsError when the outlet would freeze, InputError on bad geometry', () => {
    expect(() =>
      pipeHeatLoss({ ...base, inletT: toKelvin(2), insulationThickness: 0, length: 2000, massFlow: 0.05 }),
    ).toThrow(PhysicsError);
    expect(() => pipeHeatLoss({ ...base, massFlow: 0 })).toThrow(/massFlow.*stagnant/);
    expect(() => pipeHeatLoss({ ...base, insulationConductivity: 0 })).toThrow(/insulationConductivity/);
    expect(() => pipeHeatLoss({ ...base, wallThickness: -0.001 })).toThrow(InputError);
    expect(() => pipeHeatLoss({ ...base, insideH: -5 })).toThrow(/insideH/);
  });
});

describe('with the real fluids module', () => {
  it('IAPWS water at 330 K gives the Incropera-table pressure drop and heat loss within 1 %', () => {
    const water = fluid('water');
    const pipe = {
      length: 200,
      diameter: 0.1023,
      roughness: PIPE_ROUGHNESS.commercialSteel,
      massFlow: 8,
      T: 330,
    };
    const real = pipePressureDrop({ ...pipe, fluid: water });
    const table = pipePressureDrop({ ...pipe, fluid: WATER_330K }); // Incropera A.6 constants
    expect(real.pressureDrop / table.pressureDrop).toBeCloseTo(1, 2);
    const loss = {
      length: 100,
      innerDiameter: 0.1023,
      wallThickness: 0.00602,
      wallConductivity: 50,
      insulationThickness: 0.05,
      insulationConductivity: 0.04,
      outsideHeatTransferCoeff: 20,
      massFlow: 5,
      inletT: 333.15,
      ambientT: 243.15,
    };
    const a = pipeHeatLoss({ ...loss, fluid: water });
    const b = pipeHeatLoss({ ...loss, fluid: WATER_330K });
    expect(a.heatLoss / b.heatLoss).toBeCloseTo(1, 2);
  });

  it('30 % propylene glycol: more viscous (lower Re, higher Δp) than water at the same flow', () => {
    const pipe = {
      length: 100,
      diameter: 0.0525,
      roughness: PIPE_ROUGHNESS.commercialSteel,
      massFlow: 2,
      T: 300,
    };
    const w = pipePressureDrop({ ...pipe, fluid: fluid('water') });
    const g = pipePressureDrop({ ...pipe, fluid: fluid('propylene-glycol', 0.3) });
    expect(g.reynolds).toBeLessThan(w.reynolds);
    expect(g.pressureDrop).toBeGreaterThan(w.pressureDrop);
  });
});
