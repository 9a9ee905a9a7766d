/**
 * Heating pipe rail ("buisrail") of a greenhouse: steel pipes along the crop rows that carry the heating water
 * and also serve as trolley rails. Geometry, convection and radiation follow Vanthoor (2011, PhD thesis
 * ch. 8 = Biosyst. Eng. 110:363–377, Tables 2–4, eqs. 21, 37) as implemented in GreenLight (Katzin et al.
 * 2020, Biosyst. Eng. 194:61–81).
 *
 * Everything here is **per m² of greenhouse floor** (W/m², W/(m²·K), J/(m²·K)) unless a name says
 * otherwise; multiply by the floor area for a whole greenhouse. Temperatures in kelvin.
 *
 * Water side (`pipeRailOutlet`): the water cools along the pipe, ṁ·c_p·dT/dξ = −A_floor·q(T) with ξ the
 * fraction of the pipe length travelled and q(T) the non-linear output per m² floor at water temperature T.
 * This ODE is integrated with the classical 4th-order Runge–Kutta method (not an ε-NTU shortcut), so the
 * 1.32-power convection and T⁴ radiation are kept exactly; for convection alone it has the closed form
 * θ_out^-0.32 = θ_in^-0.32 + 0.32·c·A/(ṁ·c_p) (θ = T − T_air), which the tests use as a reference.
 * The greenhouse model instead uses `exponentialProfile` (a linear-output profile with the secant
 * conductance at the start of a step) so that its implicit step stays linear.
 */
import { InputError, requireFinite } from '../errors';
import { firConductance } from '../greenhouse/physics';
import { fastPow } from '../numerics/fastPow';

export interface PipeRailGeometry {
  /** Outer pipe diameter, m (Vanthoor 2011 Table 2: φ_Pipe,e = 0.051 m; [facts]). */
  readonly outerDiameter: number;
  /** Inner pipe diameter, m (Vanthoor 2011 Table 2: φ_Pipe,i = 0.047 m; [facts]). */
  readonly innerDiameter: number;
  /** Pipe length per m² of floor, m/m² (Vanthoor 2011 Table 2: l_Pipe = 1.875 m/m²; [facts]). */
  readonly lengthPerFloorArea: number;
  /** Far-infrared emissivity of the pipe surface, – (Vanthoor 2011 Table 2: ε_Pipe = 0.88; [facts]). */
  readonly emissivity: number;
}

/** The Dutch Venlo pipe rail of Vanthoor (2011) / GreenLight ([facts], Greenhouse: heating pipe rail). */
export const VANTHOOR_PIPE_RAIL: Readonly<PipeRailGeometry> = Object.freeze({
  outerDiameter: 0.051,
  innerDiameter: 0.047,
  lengthPerFloorArea: 1.875,
  emissivity: 0.88,
});

/** Convection constant of a horizontal heating pipe, W/(m²·K^1.32) (Vanthoor 2011 Table 4, after de Zwart 1996). */
export const PIPE_CONVECTION_CONSTANT = 1.99;
/** Exponent of |ΔT| in the pipe convection coefficient (Vanthoor 2011 Table 4): output ∝ ΔT^1.32. */
export const PIPE_CONVECTION_EXPONENT = 0.32;
/** FIR extinction coefficient of the canopy, – (Vanthoor 2011 Table 1: K_FIR = 0.94). */
export const CANOPY_FIR_EXTINCTION = 0.94;
/** Share of the pipe's hemisphere seen downwards/upwards in Vanthoor's view factors (Table 3: 0.49). */
export const PIPE_VIEW_SHARE = 0.49;

/** Throws InputError unless the geometry is physical (0 < d_i < d_e ≤ 0.2 m, 0 < L ≤ 20 m/m², 0 ≤ ε ≤ 1). */
export function validatePipeRail(g: PipeRailGeometry, field = 'pipeRail'): void {
  requireFinite(`${field}.outerDiameter`, g.outerDiameter, 1e-3, 0.2, 'm');
  requireFinite(`${field}.innerDiameter`, g.innerDiameter, 1e-4, 0.2, 'm');
  if (g.innerDiameter >= g.outerDiameter) {
    throw new InputError(
      `${field}.innerDiameter`,
      g.innerDiameter,
      `smaller than the outer diameter ${g.outerDiameter} m`,
    );
  }
  requireFinite(`${field}.lengthPerFloorArea`, g.lengthPerFloorArea, 1e-3, 20, 'm/m²');
  requireFinite(`${field}.emissivity`, g.emissivity, 0, 1);
}

/** Outer pipe surface per m² floor, m²/m²: A_Pipe = π·φ_e·l_Pipe (Vanthoor 2011 Table 3). 0.3004 for the default. */
export function pipeSurfaceArea(g: PipeRailGeometry): number {
  return Math.PI * g.outerDiameter * g.lengthPerFloorArea;
}

/**
 * Heat capacity of the rail (steel + water inside) per m² floor, J/(m²·K) (Vanthoor 2011 eq. 21):
 *   C = ¼·π·l·((φ_e² − φ_i²)·ρ_steel·c_steel + φ_i²·ρ_w·c_w)
 * with ρ_steel = 7850 kg/m³, c_steel = 640 J/(kg·K) (Vanthoor Table 1). ≈ 16.5 kJ/(m²·K) for the default rail.
 */
export function pipeRailHeatCapacity(g: PipeRailGeometry, waterCp = 4180, waterDensity = 1000): number {
  const de2 = g.outerDiameter * g.outerDiameter;
  const di2 = g.innerDiameter * g.innerDiameter;
  return 0.25 * Math.PI * g.lengthPerFloorArea * ((de2 - di2) * 7850 * 640 + di2 * waterDensity * waterCp);
}

/**
 * Secant convective coefficient pipe → air per m² floor, W/(m²·K):
 *   h = 1.99·π·φ_e·l_Pipe·|T_pipe − T_air|^0.32   (Vanthoor 2011 Table 4, H_PipeAir)
 * so that the convective output h·ΔT grows as |ΔT|^1.32 (free convection from horizontal cylinders,
 * turbulent regime). Valid for the 0–80 K pipe–air differences of greenhouse heating.
 */
export function pipeConvectionCoefficient(g: PipeRailGeometry, dT: number): number {
  return (
    PIPE_CONVECTION_CONSTANT *
    Math.PI *
    g.outerDiameter *
    g.lengthPerFloorArea *
    fastPow(Math.abs(dT), PIPE_CONVECTION_EXPONENT)
  );
}

/** Convective output pipe → air per m² floor, W/m² (Vanthoor 2011 Table 4). Negative when the pipe is colder. */
export function pipeConvection(g: PipeRailGeometry, pipeT: number, airT: number): number {
  return pipeConvectionCoefficient(g, pipeT - airT) * (pipeT - airT);
}

/** View factors from the pipes (Vanthoor 2011 Table 3), canopy FIR cover fraction taken from the LAI. */
export interface PipeViewFactors {
  /** Pipe → canopy: 0.49·(1 − exp(−K_FIR·LAI)). */
  canopy: number;
  /** Pipe → floor: 0.49. */
  floor: number;
  /** Pipe → cover (through the canopy gaps): 0.49·exp(−K_FIR·LAI). */
  cover: number;
}

export function pipeViewFactors(lai: number, kFir = CANOPY_FIR_EXTINCTION): PipeViewFactors {
  const gap = Math.exp(-kFir * lai);
  return { canopy: PIPE_VIEW_SHARE * (1 - gap), floor: PIPE_VIEW_SHARE, cover: PIPE_VIEW_SHARE * gap };
}

/** What the pipes see. Defaults: canopy and floor ε = 1, cover ε = 0.85 (Vanthoor 2011 Table 1–2). */
export interface PipeRailSurroundings {
  airT: number;
  canopyT: number;
  floorT: number;
  /** Inner cover (or closed screen) surface temperature, K. */
  coverT: number;
  /** Leaf area index, m² leaf / m² floor. */
  lai: number;
  coverEmissivity?: number;
  canopyEmissivity?: number;
  floorEmissivity?: number;
  /** Multiplier on the pipe → cover exchange (1 = no screen); the greenhouse model passes its screen factor. */
  coverFactor?: number;
}

/** Heat output of the rail per m² floor, W/m², split by path. */
export interface PipeHeatOutput {
  convection: number;
  toCanopy: number;
  toFloor: number;
  toCover: number;
  radiation: number;
  total: number;
}

/**
 * Output of the rail at a (mean) water temperature `pipeT`, per m² floor: convection to air plus FIR
 * radiation to canopy, floor and cover (Vanthoor 2011 eq. 37 with Table 3 view factors). The pipe wall
 * is taken at the water temperature (steel wall resistance ≈ 2e-4 m²K/W and the water-side film are
 * negligible against the ≈ 0.1 m²K/W outside resistance).
 */
export function pipeHeatOutput(g: PipeRailGeometry, pipeT: number, s: PipeRailSurroundings): PipeHeatOutput {
  const a = pipeSurfaceArea(g);
  const f = pipeViewFactors(s.lai);
  const eCov = s.coverEmissivity ?? 0.85;
  const eCan = s.canopyEmissivity ?? 1;
  const eFlr = s.floorEmissivity ?? 1;
  const cf = s.coverFactor ?? 1;
  const e = g.emissivity;
  const convection = pipeConvection(g, pipeT, s.airT);
  const toCanopy = firConductance(a, e, eCan, f.canopy, pipeT, s.canopyT) * (pipeT - s.canopyT);
  const toFloor = firConductance(a, e, eFlr, f.floor, pipeT, s.floorT) * (pipeT - s.floorT);
  const toCover = firConductance(a, e, eCov, f.cover * cf, pipeT, s.coverT) * (pipeT - s.coverT);
  const radiation = toCanopy + toFloor + toCover;
  return { convection, toCanopy, toFloor, toCover, radiation, total: convection + radiation };
}

/**
 * Rating-style characteristic: output per m² floor when canopy, floor and cover are all at the air
 * temperature (like a radiator rated against room temperature, EN 442). Useful to read the effective
 * exponent n of Q ∝ ΔT^n: 1.32 for the convective part alone, ≈ 1.25 with radiation at 40–60 K.
 */
export function pipeRailCharacteristic(
  g: PipeRailGeometry,
  meanWaterT: number,
  airT: number,
  lai = 3,
): PipeHeatOutput {
  return pipeHeatOutput(g, meanWaterT, { airT, canopyT: airT, floorT: airT, coverT: airT, lai });
}

export interface PipeRailOutletInput {
  /** Water inlet temperature, K. */
  inletT: number;
  /** Total water mass flow through the rail, kg/s (> 0; parallel loops share it, which does not change the result). */
  massFlow: number;
  /** Water (or glycol) specific heat, J/(kg·K). */
  cp: number;
  /** Greenhouse floor area served, m². */
  floorArea: number;
  surroundings: PipeRailSurroundings;
  /** RK4 sub-steps along the pipe; default 16·NTU (≥ 32, ≤ 2000). */
  steps?: number;
}

export interface PipeRailOutletResult {
  outletT: number;
  /** Heat given up by the water, W (whole rail) = ṁ·c_p·(T_in − T_out). */
  heat: number;
  /** Length-averaged water temperature, K (Simpson's rule over the RK4 nodes). */
  meanT: number;
  /** Heat output integrated along the pipe, W; equals `heat` to the integration error (energy-balance check). */
  heatOutput: number;
  steps: number;
}

/**
 * Steady water-side solution of the rail: outlet temperature and heat for a given inlet temperature and
 * flow, with the surroundings held fixed. Integrates ṁ·c_p·dT/dξ = −A_floor·q(T) over ξ ∈ [0, 1] with RK4.
 */
export function pipeRailOutlet(g: PipeRailGeometry, input: PipeRailOutletInput): PipeRailOutletResult {
  validatePipeRail(g);
  const { inletT, massFlow, cp, floorArea, surroundings } = input;
  requireFinite('pipeRail.inletT', inletT, 200, 450, 'K');
  requireFinite('pipeRail.massFlow', massFlow, 0, Infinity, 'kg/s');
  if (massFlow === 0) {
    throw new InputError(
      'pipeRail.massFlow',
      massFlow,
      'a flow > 0 kg/s (with no flow the rail gives no heat)',
    );
  }
  requireFinite('pipeRail.cp', cp, 1000, 6000, 'J/(kg·K)');
  requireFinite('pipeRail.floorArea', floorArea, 1e-6, Infinity, 'm²');
  const q = (T: number) => pipeHeatOutput(g, T, surroundings).total;
  const k = floorArea / (massFlow * cp); // K per (W/m²)
  // NTU estimate from the secant conductance at the inlet.
  const dTin = inletT - surroundings.airT;
  const gIn =
    Math.abs(dTin) > 1e-9 ? q(inletT) / dTin : pipeConvectionCoefficient(g, 1) + 6 * pipeSurfaceArea(g);
  const ntu = Math.abs(gIn) * k;
  let n = input.steps ?? Math.min(2000, Math.max(32, Math.ceil(16 * ntu)));
  if (n % 2 === 1) n += 1; // Simpson needs an even count
  const h = 1 / n;
  let T = inletT;
  let sumT = T; // Simpson accumulation for the mean temperature
  let sumQ = q(T); // Simpson accumulation for the integrated output
  for (let i = 1; i <= n; i++) {
    const k1 = -k * q(T);
    const k2 = -k * q(T + 0.5 * h * k1);
    const k3 = -k * q(T + 0.5 * h * k2);
    const k4 = -k * q(T + h * k3);
    T += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    const w = i === n ? 1 : i % 2 === 1 ? 4 : 2;
    sumT += w * T;
    sumQ += w * q(T);
  }
  const meanT = (sumT * h) / 3;
  const heatOutput = ((sumQ * h) / 3) * floorArea;
  return { outletT: T, heat: massFlow * cp * (inletT - T), meanT, heatOutput, steps: n };
}

/**
 * Exponential (linear-output) temperature profile of a pipe with conductance G_tot·A to surroundings at
 * T_env and number of transfer units N = G_tot·A/(ṁ·c_p) — the ε-NTU result for one stream against a
 * constant-temperature surrounding (Incropera 6th ed. eq. 8.45b):
 *   T_out − T_env = (T_in − T_env)·e^−N,   T_mean − T_env = (T_in − T_env)·(1 − e^−N)/N.
 * Returns `outletFromMean` φ = N·e^−N/(1 − e^−N) (so T_out − T_env = φ·(T_mean − T_env)) and
 * `meanFromInlet` = (1 − e^−N)/N. Both → 1 as N → 0 (series used below N = 1e-4 to avoid 0/0).
 */
export function exponentialProfile(ntu: number): { outletFromMean: number; meanFromInlet: number } {
  if (!(ntu >= 0) || !Number.isFinite(ntu)) {
    throw new InputError('ntu', ntu, 'a finite number ≥ 0');
  }
  if (ntu < 1e-4) {
    return { outletFromMean: 1 - ntu / 2 + (ntu * ntu) / 12, meanFromInlet: 1 - ntu / 2 + (ntu * ntu) / 6 };
  }
  const e = Math.exp(-ntu);
  const meanFromInlet = -Math.expm1(-ntu) / ntu;
  return { outletFromMean: e / meanFromInlet, meanFromInlet };
}
