/**
 * Aqueous ethylene glycol and propylene glycol, Melinder's polynomial fits:
 *
 *   f(x, T) = Σ_{i=0..5} Σ_{j=0..min(3, 5−i)} c_ij · (x − x_m)^i · (T − T_m)^j          (18 terms)
 *
 * with x the glycol mass fraction in per cent and T in °C; f is, column by column, the freezing point
 * T_f [°C], density ρ [kg/m³], isobaric specific heat cp [J/(kg·K)], thermal conductivity k [W/(m·K)] and
 * ln(μ / 1 mPa·s).
 *
 * Reference: Å. Melinder, "Properties of Secondary Working Fluids for Indirect Systems", 2nd ed., IIR/IIF,
 * Paris 2010. Coefficient tables as transcribed in CoolProp's incompressible-fluid sources (fluids "MEG" and
 * "MPG", dev/incompressible_liquids/CPIncomp/MelinderFluids.py); read there, re-typed here. The Modelica
 * IBPSA/Buildings transcription agrees term by term except three EG viscosity terms (c_21, c_22 signs and
 * c_30 = 1.695e-6); the CoolProp values used here reproduce pure water's viscosity at x = 0 within 1.5 %
 * from 0 to 100 °C, the IBPSA ones do not (12 % off at 80 °C), so CoolProp's transcription is kept.
 *
 * Validity (Melinder 2010 / CoolProp limits): 0 ≤ x ≤ 60 %, freezing point ≤ T ≤ 100 °C.
 * The freezing point column also has tiny T terms (|c_i1·(T − T_m)| < 0.01 K over the range); like
 * CoolProp, only the j = 0 terms are used, so T_f depends on x alone.
 */

/** Coefficient set of one glycol: reference point and the 18 × 5 table in Melinder's row order. */
export interface MelinderTable {
  /** Reference mass fraction x_m, per cent. */
  readonly xm: number;
  /** Reference temperature T_m, °C. */
  readonly tm: number;
  /** 18 rows in the order (i, j) = (0,0) (0,1) (0,2) (0,3) (1,0) … (1,3) (2,0) … (2,3) (3,0) (3,1) (3,2)
   * (4,0) (4,1) (5,0); columns T_f, ρ, cp, k, ln μ. */
  readonly rows: readonly (readonly [number, number, number, number, number])[];
}

/** Ethylene glycol – water, Melinder (2010); x_m = 30.8462 %, T_m = 31.728 °C. */
export const MELINDER_EG: MelinderTable = {
  xm: 30.8462,
  tm: 31.728,
  rows: [
    [-15.25, 1034, 3737, 0.472, 0.4705],
    [-0.000001566, -0.4781, 2.93, 0.0008903, -0.0255],
    [-0.0000002278, -0.002692, -0.004675, -0.000001058, 0.0001782],
    [0.000000002169, 0.000004725, -0.00001389, -0.000000002789, -0.0000007669],
    [-0.808, 1.311, -17.99, -0.004286, 0.02471],
    [-0.000001339, -0.006876, 0.1046, -0.00001473, -0.0001171],
    [0.00000002047, 0.00004805, -0.0004147, 0.0000001059, 0.000001052],
    [-0.00000000002717, 0.0000000169, 0.0000001847, -0.0000000001142, -0.00000001634],
    [-0.01334, 0.0000749, -0.09933, 0.00001747, 0.000003328],
    [0.00000006322, 0.00007855, 0.0003516, 0.00000006814, 0.000001086],
    [0.0000000002373, -0.0000003995, 0.000005109, -0.000000003612, 0.00000001051],
    [-0.000000000002183, 0.000000004982, -0.00000007138, 0.000000000002365, -0.0000000006475],
    [-0.00007293, -0.0001062, 0.00261, 0.00000003017, 0.000001659],
    [0.000000001764, 0.000001229, -0.000001189, -0.000000002412, 0.000000003157],
    [-0.00000000002442, -0.00000001153, -0.0000001643, 0.00000000004004, 0.0000000004063],
    [0.000001006, -0.0000009623, 0.00001537, -0.000000001322, 0.00000003089],
    [-0.00000000007662, -0.00000007211, -0.0000004272, 0.00000000002555, 0.0000000001831],
    [0.00000000114, 0.00000004891, -0.000001618, 0.00000000002678, -0.000000001865],
  ],
};

/** Propylene glycol – water, Melinder (2010); x_m = 30.7031 %, T_m = 32.7083 °C. */
export const MELINDER_PG: MelinderTable = {
  xm: 30.7031,
  tm: 32.7083,
  rows: [
    [-13.25, 1018, 3882, 0.4513, 0.6837],
    [-0.0000382, -0.5406, 2.699, 0.0007955, -0.03045],
    [0.0000007865, -0.002666, -0.001659, 0.00000003482, 0.0002525],
    [-0.000000001733, 0.00001347, -0.00001032, -0.000000005966, -0.000001399],
    [-0.6631, 0.7604, -13.04, -0.004795, 0.03328],
    [0.000006774, -0.00945, 0.0507, -0.00001678, -0.0003984],
    [-0.00000006242, 0.00005541, -0.00004752, 0.00000008941, 0.000004332],
    [-0.0000000007819, -0.0000001343, 0.000001522, 0.0000000001493, -0.0000000186],
    [-0.01094, -0.002498, -0.1598, 0.00002076, 0.00005453],
    [0.00000005332, 0.000027, 0.00009534, 0.0000001563, -0.000000086],
    [-0.000000004169, -0.0000004018, 0.00001167, -0.000000004615, -0.00000001593],
    [0.00000000003288, 0.000000003376, -0.0000000487, 0.000000000009897, -0.00000000004465],
    [-0.0002283, -0.000155, 0.0003539, -0.00000009083, -0.0000039],
    [-0.00000001131, 0.000002829, 0.00003102, -0.000000002518, 0.0000001054],
    [0.0000000001918, -0.000000007175, -0.000000295, 0.00000000006543, -0.000000001589],
    [-0.000003409, -0.000001131, 0.00005, -0.0000000005952, -0.00000001587],
    [0.00000000008035, -0.00000002221, -0.0000007135, -0.00000000003605, 0.0000000004475],
    [0.00000001465, 0.00000002342, -0.0000004959, 0.00000000002104, 0.000000003564],
  ],
};

/** (i, j) exponent pairs in Melinder's row order. */
const IJ: readonly (readonly [number, number])[] = (() => {
  const out: [number, number][] = [];
  for (let i = 0; i <= 5; i++) for (let j = 0; j <= Math.min(3, 5 - i); j++) out.push([i, j]);
  return out;
})();

/** Column index of each property in a MelinderTable row. */
export const MELINDER_COLUMN = {
  freezingPoint: 0,
  density: 1,
  specificHeat: 2,
  conductivity: 3,
  lnViscosity: 4,
} as const;

/**
 * Collapse Melinder's two-variable polynomial at a fixed mass fraction into a cubic in (T − T_m):
 * returns [a0, a1, a2, a3] with f(T) = a0 + a1·dT + a2·dT² + a3·dT³, dT = T − T_m in K.
 * `massFraction` is a fraction (0.3 for 30 %).
 */
export function melinderCubic(table: MelinderTable, column: number, massFraction: number): Float64Array {
  const dx = 100 * massFraction - table.xm;
  const c = new Float64Array(4);
  for (let r = 0; r < 18; r++) {
    const [i, j] = IJ[r]!;
    c[j]! += table.rows[r]![column]! * dx ** i;
  }
  return c;
}

/**
 * Direct evaluation of Melinder's polynomial (for tests and one-off use; the Fluid uses melinderCubic).
 * `massFraction` as a fraction, `celsius` in °C. Returns the raw column value (°C, kg/m³, J/(kg·K),
 * W/(m·K) or ln(mPa·s)).
 */
export function melinderEvaluate(
  table: MelinderTable,
  column: number,
  massFraction: number,
  celsius: number,
): number {
  const dx = 100 * massFraction - table.xm;
  const dT = celsius - table.tm;
  let s = 0;
  for (let r = 0; r < 18; r++) {
    const [i, j] = IJ[r]!;
    s += table.rows[r]![column]! * dx ** i * dT ** j;
  }
  return s;
}
