/**
 * Straight round pipes: pressure drop (Darcy–Weisbach + minor losses) and heat loss of an insulated pipe to
 * ambient (series cylindrical resistances, exponential temperature profile). SI units, temperatures in K.
 */
import { InputError, PhysicsError, requireFinite, toCelsius } from '../errors';
import type { Fluid } from '../fluids/types';
import { requirePositive } from './check';
import { frictionFactor, fullyRoughFrictionFactor, MAX_RELATIVE_ROUGHNESS } from './friction';

// ---------------------------------------------------------------------------------------------------------
// Roughness and fittings
// ---------------------------------------------------------------------------------------------------------

/**
 * Absolute roughness ε of new pipe, m (Moody 1944, as tabulated in White, Fluid Mechanics 7th ed.,
 * Table 6.1). Plastic (PVC, PE, PEX) and glass are "smooth" there; 1.5 µm (drawn tubing) is used for them
 * so that the value is a conservative upper bound rather than exactly 0.
 */
export const PIPE_ROUGHNESS = {
  /** Commercial (carbon) steel, new: 0.046 mm (White Table 6.1). */
  commercialSteel: 46e-6,
  /** Galvanized iron: 0.15 mm (White Table 6.1). */
  galvanizedIron: 150e-6,
  /** Cast iron, uncoated: 0.26 mm (White Table 6.1). */
  castIron: 260e-6,
  /** Drawn tubing — copper, brass, stainless: 0.0015 mm (White Table 6.1). */
  drawnTubing: 1.5e-6,
  /** Plastic (PVC, PE-RT, PEX): smooth in White Table 6.1; 0.0015 mm used (see above). */
  plastic: 1.5e-6,
} as const;

/** Fittings with a tabulated resistance coefficient. */
export type FittingName =
  | 'elbow90'
  | 'elbow45'
  | 'teeRun'
  | 'teeBranch'
  | 'gateValve'
  | 'ballValve'
  | 'swingCheckValve'
  | 'entranceSharp'
  | 'entranceProjecting'
  | 'exit';

/** A fitting's resistance: either K = multiple·f_T (Crane's size-dependent form) or a fixed K. */
export interface FittingResistance {
  readonly description: string;
  /** K = ftMultiple · f_T(D), f_T the Crane fully turbulent friction factor of the pipe size. */
  readonly ftMultiple?: number;
  /** K independent of size. */
  readonly k?: number;
}

/**
 * Resistance coefficients K (referred to the velocity head ρv²/2 of the attached pipe) for fully turbulent
 * flow, from Crane Co., Technical Paper No. 410 "Flow of Fluids through Valves, Fittings and Pipe"
 * (1976/1988 ed.), Appendix A pp. A-26…A-29 ("K factor table"):
 *   standard 90° elbow 30 f_T, standard 45° elbow 16 f_T, standard tee flow through run 20 f_T and through
 *   branch 60 f_T, gate valve (wedge/double disc, full bore) 8 f_T, ball valve (full bore) 3 f_T,
 *   swing check valve (straight-through type) 100 f_T; pipe entrance flush sharp-edged 0.5, inward
 *   projecting 0.78; pipe exit 1.0 (all exit types).
 * Not valid in laminar flow, where fitting losses grow roughly as 1/Re (use Darby's 3-K method there).
 */
export const FITTINGS: Readonly<Record<FittingName, FittingResistance>> = {
  elbow90: { description: 'standard 90° elbow (threaded or flanged), K = 30 f_T', ftMultiple: 30 },
  elbow45: { description: 'standard 45° elbow, K = 16 f_T', ftMultiple: 16 },
  teeRun: { description: 'standard tee, flow through run, K = 20 f_T', ftMultiple: 20 },
  teeBranch: { description: 'standard tee, flow through branch, K = 60 f_T', ftMultiple: 60 },
  gateValve: { description: 'gate valve, fully open, K = 8 f_T', ftMultiple: 8 },
  ballValve: { description: 'full-bore ball valve, fully open, K = 3 f_T', ftMultiple: 3 },
  swingCheckValve: { description: 'swing check valve, clear-way type, K = 100 f_T', ftMultiple: 100 },
  entranceSharp: { description: 'pipe entrance, flush sharp-edged, K = 0.5', k: 0.5 },
  entranceProjecting: { description: 'pipe entrance, inward projecting, K = 0.78', k: 0.78 },
  exit: { description: 'pipe exit into a large volume, K = 1.0', k: 1.0 },
};

/**
 * Roughness behind Crane's f_T table: clean commercial steel, ε = 0.0018 in = 45.72 µm. Crane's
 * A-26 table is reproduced from this by the fully rough Colebrook law to within −4.7…+1.2 % over ½"–24"
 * schedule-40 pipe (the table is rounded to two significant figures).
 */
export const CRANE_ROUGHNESS = 0.0018 * 0.0254;

/**
 * Crane's "friction factor in the zone of complete turbulence" f_T for a pipe of inner diameter D:
 *   1/√f_T = −2 log10( (ε/D)/3.7 ),  ε = 45.72 µm
 * (Crane TP-410, p. A-26, clean commercial steel; von Kármán's rough-pipe law). D in m, 2 mm ≤ D ≤ 5 m.
 * It scales the K of fittings with size, whatever the pipe material.
 */
export function craneFrictionFactor(diameter: number): number {
  requireFinite('diameter', diameter, 0.002, 5, 'm');
  return fullyRoughFrictionFactor(CRANE_ROUGHNESS / diameter);
}

/** K of one fitting in a pipe of inner diameter D (m), per FITTINGS (Crane TP-410). */
export function fittingK(fitting: FittingName, diameter: number): number {
  const spec = FITTINGS[fitting];
  if (!spec) {
    throw new InputError('fitting', fitting, `one of ${Object.keys(FITTINGS).join(', ')}`);
  }
  if (spec.k !== undefined) return spec.k;
  return (spec.ftMultiple ?? 0) * craneFrictionFactor(diameter);
}

/**
 * ΣK of a set of fittings, e.g. `minorLossCoefficient({ elbow90: 6, ballValve: 2, teeRun: 1 }, 0.0525)`.
 * Counts must be integers ≥ 0.
 */
export function minorLossCoefficient(
  fittings: Readonly<Partial<Record<FittingName, number>>>,
  diameter: number,
): number {
  let sum = 0;
  for (const [name, count] of Object.entries(fittings) as [FittingName, number | undefined][]) {
    if (count === undefined) continue;
    if (!Number.isInteger(count) || count < 0) {
      throw new InputError(`fittings.${name}`, count, 'a whole number ≥ 0 (how many of this fitting)');
    }
    if (count > 0) sum += count * fittingK(name, diameter);
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------------------
// Pressure drop
// ---------------------------------------------------------------------------------------------------------

export interface PipePressureDropInput {
  /** Pipe length, m (≥ 0). */
  readonly length: number;
  /** Inner diameter, m (> 0). */
  readonly diameter: number;
  /** Absolute wall roughness ε, m (≥ 0, ε/D ≤ 0.05). See PIPE_ROUGHNESS. */
  readonly roughness: number;
  /** Mass flow, kg/s. Negative = reverse flow: the pressure drop then comes back negative (same magnitude). */
  readonly massFlow: number;
  readonly fluid: Fluid;
  /** Bulk fluid temperature at which ρ and μ are evaluated, K. */
  readonly T: number;
  /** Sum of minor-loss coefficients ΣK referred to this pipe's velocity head (≥ 0, default 0). */
  readonly minorLossK?: number;
}

export interface PipePressureDropResult {
  /** Total pressure drop Δp = Δp_friction + Δp_minor, Pa, with the sign of the mass flow. */
  readonly pressureDrop: number;
  /** Darcy–Weisbach part f (L/D) ρ v²/2, Pa (signed like pressureDrop). */
  readonly frictionPressureDrop: number;
  /** Minor-loss part ΣK ρ v²/2, Pa (signed like pressureDrop). */
  readonly minorPressureDrop: number;
  /** Mean velocity ṁ/(ρ A), m/s, signed like the mass flow. */
  readonly velocity: number;
  /** Reynolds number ρ|v|D/μ = 4|ṁ|/(π D μ), –. 0 at no flow. */
  readonly reynolds: number;
  /** Darcy friction factor, –. +Infinity at no flow (the 64/Re limit); Δp is 0 there. */
  readonly frictionFactor: number;
  /** Density used, kg/m³. */
  readonly density: number;
}

/**
 * Pressure drop of incompressible flow through a straight round pipe with fittings:
 *   Δp = ( f L/D + ΣK ) ρ v²/2,  v = ṁ/(ρ π D²/4),  Re = 4ṁ/(π D μ)
 * (Darcy–Weisbach; White, Fluid Mechanics 7th ed., §6.3 and §6.9; f from `frictionFactor`). Properties at the
 * bulk temperature T. No elevation term (add ρ g Δz yourself). Fitting K values assume turbulent flow.
 * @throws InputError for non-finite or out-of-range inputs; the fluid throws PhysicsError outside its range.
 */
export function pipePressureDrop(input: PipePressureDropInput): PipePressureDropResult {
  const { length, diameter, roughness, massFlow, fluid, T } = input;
  const minorLossK = input.minorLossK ?? 0;
  requireFinite('length', length, 0, Number.POSITIVE_INFINITY, 'm');
  requirePositive('diameter', diameter, 'm');
  requireFinite('roughness', roughness, 0, MAX_RELATIVE_ROUGHNESS * diameter, 'm (ε/D ≤ 0.05)');
  requireFinite('massFlow', massFlow, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 'kg/s');
  requireFinite('minorLossK', minorLossK, 0);
  requirePositive('T', T, 'K');
  const density = fluid.density(T);
  if (massFlow === 0) {
    return {
      pressureDrop: 0,
      frictionPressureDrop: 0,
      minorPressureDrop: 0,
      velocity: 0,
      reynolds: 0,
      frictionFactor: Number.POSITIVE_INFINITY,
      density,
    };
  }
  const viscosity = fluid.viscosity(T);
  const area = 0.25 * Math.PI * diameter * diameter;
  const velocity = massFlow / (density * area);
  const reynolds = (4 * Math.abs(massFlow)) / (Math.PI * diameter * viscosity);
  const f = frictionFactor(reynolds, roughness / diameter);
  const dynamic = 0.5 * density * velocity * Math.abs(velocity); // signed ρ v|v|/2
  const frictionPressureDrop = ((f * length) / diameter) * dynamic;
  const minorPressureDrop = minorLossK * dynamic;
  return {
    pressureDrop: frictionPressureDrop + minorPressureDrop,
    frictionPressureDrop,
    minorPressureDrop,
    velocity,
    reynolds,
    frictionFactor: f,
    density,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Internal convection
// ---------------------------------------------------------------------------------------------------------

/** Fully developed laminar Nusselt number in a round tube at uniform wall temperature (Incropera 6th ed., eq. 8.55). */
export const NU_LAMINAR = 3.66;
/** Reynolds number above which Gnielinski is used alone (Gnielinski 1995; VDI Heat Atlas 2010, G1 §4.2). */
export const RE_GNIELINSKI_MIN = 1e4;

/**
 * Petukhov (1970) smooth-tube friction factor f = (0.790 ln Re − 1.64)⁻², 3000 ≤ Re ≤ 5·10⁶
 * (Incropera et al., Fundamentals of Heat and Mass Transfer 6th ed., eq. 8.21). Used inside Gnielinski.
 */
export function petukhovFrictionFactor(reynolds: number): number {
  requireFinite('reynolds', reynolds, 3000, 5e6);
  const d = 0.79 * Math.log(reynolds) - 1.64;
  return 1 / (d * d);
}

/**
 * Gnielinski (1976) Nusselt number, fully developed turbulent flow in a smooth round tube:
 *   Nu = (f/8)(Re − 1000) Pr / [ 1 + 12.7 √(f/8) (Pr^(2/3) − 1) ],  f = Petukhov
 * (V. Gnielinski, Int. Chem. Eng. 16 (1976) 359–368; Incropera 6th ed., eq. 8.62). Valid
 * 3000 ≤ Re ≤ 5·10⁶, 0.5 ≤ Pr ≤ 2000; ±10 % (most data within ±20 % per Incropera).
 */
export function gnielinskiNusselt(reynolds: number, prandtl: number): number {
  requireFinite('reynolds', reynolds, 3000, 5e6);
  requireFinite('prandtl', prandtl, 0.5, 2000);
  const f8 = petukhovFrictionFactor(reynolds) / 8;
  return (f8 * (reynolds - 1000) * prandtl) / (1 + 12.7 * Math.sqrt(f8) * (prandtl ** (2 / 3) - 1));
}

/**
 * Mean Nusselt number in a round tube for any Re:
 * - Re ≤ 2300: 3.66 (laminar, fully developed, uniform wall temperature; entrance effects ignored — low).
 * - Re ≥ 10⁴: Gnielinski (1976).
 * - between: Gnielinski's (1995) linear bridge Nu = (1 − γ) Nu_lam(2300) + γ Nu_turb(10⁴),
 *   γ = (Re − 2300)/(10⁴ − 2300) (Forsch. Ingenieurwes. 61 (1995) 240–248; VDI Heat Atlas 2010, G1 §4.2),
 *   with Nu_lam = 3.66 here instead of the VDI developing-flow value.
 * Pr must be within 0.5…2000 when Re > 2300 (Gnielinski's range).
 */
export function tubeNusselt(reynolds: number, prandtl: number): number {
  requireFinite('reynolds', reynolds, 0);
  requirePositive('prandtl', prandtl);
  if (reynolds <= 2300) return NU_LAMINAR;
  if (reynolds >= RE_GNIELINSKI_MIN) return gnielinskiNusselt(reynolds, prandtl);
  const gamma = (reynolds - 2300) / (RE_GNIELINSKI_MIN - 2300);
  return (1 - gamma) * NU_LAMINAR + gamma * gnielinskiNusselt(RE_GNIELINSKI_MIN, prandtl);
}

// ---------------------------------------------------------------------------------------------------------
// Heat loss of an insulated pipe
// ---------------------------------------------------------------------------------------------------------

export interface PipeHeatLossInput {
  /** Pipe length, m (≥ 0). */
  readonly length: number;
  /** Inner diameter of the pipe wall, m (> 0). */
  readonly innerDiameter: number;
  /** Wall thickness, m (≥ 0). */
  readonly wallThickness: number;
  /** Wall thermal conductivity, W/(m·K) (> 0; carbon steel ≈ 50, PE ≈ 0.4). */
  readonly wallConductivity: number;
  /** Insulation thickness, m (≥ 0; 0 = bare pipe). */
  readonly insulationThickness: number;
  /** Insulation thermal conductivity, W/(m·K) (> 0; mineral wool / PU foam ≈ 0.025–0.04). */
  readonly insulationConductivity: number;
  /**
   * Outside heat-transfer coefficient (convection, wind-dependent, plus linearised radiation), W/(m²·K),
   * referred to the outer surface of the insulation (> 0).
   */
  readonly outsideHeatTransferCoeff: number;
  /** Inside film coefficient, W/(m²·K). Omitted: from tubeNusselt (Gnielinski / 3.66) with the fluid. */
  readonly insideH?: number;
  /** Mass flow, kg/s (> 0). */
  readonly massFlow: number;
  /** Fluid temperature at the pipe inlet, K. */
  readonly inletT: number;
  /** Ambient (air or soil) temperature, K. */
  readonly ambientT: number;
  readonly fluid: Fluid;
}

export interface PipeHeatLossResult {
  /** Overall conductance per metre of pipe, UA' = 1/ΣR', W/(m·K). */
  readonly uaPerMetre: number;
  /** UA = UA'·L, W/K. */
  readonly ua: number;
  /** Outlet temperature, K. */
  readonly outletT: number;
  /** Heat lost to ambient ṁ cp (T_in − T_out), W (negative when ambient is warmer and the pipe gains heat). */
  readonly heatLoss: number;
  /** Inside film coefficient used, W/(m²·K). */
  readonly insideH: number;
  /** Reynolds number at the mean bulk temperature, –. */
  readonly reynolds: number;
  /** Thermal resistances per metre, K·m/W. */
  readonly resistances: {
    readonly inside: number;
    readonly wall: number;
    readonly insulation: number;
    readonly outside: number;
  };
}

/**
 * Steady heat loss of a pipe carrying fluid past ambient. Per metre of pipe, resistances in series
 * (Incropera 6th ed., §3.3.1 — conduction through a cylindrical wall):
 *   R'_in = 1/(h_i π D_i),  R'_wall = ln(D_o/D_i)/(2π k_w),  R'_ins = ln(D_ins/D_o)/(2π k_ins),
 *   R'_out = 1/(h_o π D_ins),  D_o = D_i + 2 t_w,  D_ins = D_o + 2 t_ins,  UA' = 1/ΣR'.
 * Constant-UA energy balance along the pipe (Incropera §8.3.3, constant external temperature, with U in place of h):
 *   T_out = T_amb + (T_in − T_amb) exp(−UA'·L/(ṁ cp)),  Q = ṁ cp (T_in − T_out).
 * Fluid properties (and h_i when not given) are taken at the mean bulk temperature (T_in + T_out)/2, found
 * by one re-evaluation after a first pass at T_in. Axial conduction and wall heat capacity are neglected.
 * @throws InputError for invalid geometry/flows; PhysicsError if the outlet would fall below the freezing point.
 */
export function pipeHeatLoss(input: PipeHeatLossInput): PipeHeatLossResult {
  const {
    length,
    innerDiameter,
    wallThickness,
    wallConductivity,
    insulationThickness,
    insulationConductivity,
    outsideHeatTransferCoeff,
    massFlow,
    inletT,
    ambientT,
    fluid,
  } = input;
  requireFinite('length', length, 0, Number.POSITIVE_INFINITY, 'm');
  requirePositive('innerDiameter', innerDiameter, 'm');
  requireFinite('wallThickness', wallThickness, 0, Number.POSITIVE_INFINITY, 'm');
  requirePositive('wallConductivity', wallConductivity, 'W/(m·K)');
  requireFinite('insulationThickness', insulationThickness, 0, Number.POSITIVE_INFINITY, 'm');
  requirePositive('insulationConductivity', insulationConductivity, 'W/(m·K)');
  requirePositive('outsideHeatTransferCoeff', outsideHeatTransferCoeff, 'W/(m²·K)');
  if (input.insideH !== undefined) {
    requirePositive('insideH', input.insideH, 'W/(m²·K)');
  }
  if (!(massFlow > 0) || massFlow === Number.POSITIVE_INFINITY) {
    throw new InputError(
      'massFlow',
      massFlow,
      'a finite number > 0 kg/s (a stagnant pipe has no steady outlet temperature: it cools to ambient)',
    );
  }
  requirePositive('inletT', inletT, 'K');
  requirePositive('ambientT', ambientT, 'K');

  const dOuter = innerDiameter + 2 * wallThickness;
  const dInsulation = dOuter + 2 * insulationThickness;
  const rWall = Math.log(dOuter / innerDiameter) / (2 * Math.PI * wallConductivity);
  const rInsulation = Math.log(dInsulation / dOuter) / (2 * Math.PI * insulationConductivity);
  const rOutside = 1 / (outsideHeatTransferCoeff * Math.PI * dInsulation);

  // Pass 1 at the inlet temperature, pass 2 at the mean bulk temperature of pass 1.
  let tBulk = inletT;
  let result: PipeHeatLossResult | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const viscosity = fluid.viscosity(tBulk);
    const reynolds = (4 * massFlow) / (Math.PI * innerDiameter * viscosity);
    const insideH =
      input.insideH ??
      (tubeNusselt(reynolds, fluid.prandtl(tBulk)) * fluid.conductivity(tBulk)) / innerDiameter;
    const rInside = 1 / (insideH * Math.PI * innerDiameter);
    const uaPerMetre = 1 / (rInside + rWall + rInsulation + rOutside);
    const ua = uaPerMetre * length;
    const cp = fluid.specificHeat(tBulk);
    const outletT = ambientT + (inletT - ambientT) * Math.exp(-ua / (massFlow * cp));
    result = {
      uaPerMetre,
      ua,
      outletT,
      heatLoss: massFlow * cp * (inletT - outletT),
      insideH,
      reynolds,
      resistances: { inside: rInside, wall: rWall, insulation: rInsulation, outside: rOutside },
    };
    tBulk = 0.5 * (inletT + outletT);
  }
  const r = result!;
  if (r.outletT < fluid.freezingPoint) {
    throw new PhysicsError(
      `pipe outlet temperature ${toCelsius(r.outletT).toFixed(2)} °C is below the freezing point of ${fluid.label} ` +
        `(${toCelsius(fluid.freezingPoint).toFixed(2)} °C): raise massFlow (now ${massFlow} kg/s), add insulation ` +
        `(UA' = ${r.uaPerMetre.toPrecision(4)} W/(m·K)) or use more glycol`,
    );
  }
  return r;
}
