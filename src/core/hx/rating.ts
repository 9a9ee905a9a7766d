/**
 * Rating of an installed exchanger: given its UA (or a plate pack: geometry, plate count, passes), the two
 * inlets and the two flows → outlets, duty, ε, NTU, LMTD, approach (and velocities and pressure drops of a
 * plate pack).
 *
 * Property basis — the same as nominal sizing (nominal.ts) and the off-design model (model.ts): cp (and,
 * for a plate pack, every property of Martin's correlation) of each stream at the mean of its inlet and
 * outlet temperatures, iterated from the inlets until the means move less than 1e-9 K. Sizing a point
 * and rating the result at the same inlets and flows therefore returns the design outlets.
 */
import { ZERO_CELSIUS } from '../errors';
import { InputError, PhysicsError } from '../errors';
import type { Fluid } from '../fluids/types';
import { checkArrangement, effectivenessUnchecked, type FlowArrangement } from './effectiveness';
import { ratedMeanDifference } from './lmtd';
import type { OffDesignResult } from './offDesign';
import { checkPasses, type Passes, passArrangement, passEffectiveness, SINGLE_PASS } from './passes';
import { checkGeometry, type PlateGeometry, type PlateRating, ratePlate } from './plate';

/** The property basis, as outputs state it. */
export const PROPERTY_BASIS = 'cp at the mean of each stream’s inlet and outlet temperatures (iterated)';

export interface RatingInput {
  hotFluid: Fluid;
  coldFluid: Fluid;
  /** Inlet temperatures, K. */
  hotIn: number;
  coldIn: number;
  /** Mass flows, kg/s (> 0). */
  hotFlow: number;
  coldFlow: number;
  /** A bare UA, W/K (counterflow unless `arrangement`) … */
  ua?: number;
  arrangement?: FlowArrangement;
  /** … or a plate pack (UA from Martin's correlation at the actual flows and mean temperatures). */
  plate?: { geometry: PlateGeometry; plates: number; passes?: Passes };
}

/** The off-design result (duty, outlets, UA, NTU, ε, C_r) with what a rating reports besides. */
export interface RatingResult extends OffDesignResult {
  minSide: 'hot' | 'cold';
  /** cp at the converged mean temperatures, J/(kg·K). */
  hotCp: number;
  coldCp: number;
  /** Log-mean temperature difference (counterflow; parallel for parallel), K. */
  lmtd: number;
  /** min(hotIn − coldOut, hotOut − coldIn) (parallel: hotOut − coldOut), K. */
  approach: number;
  /** Arrangement in words. */
  arrangement: string;
  propertyBasis: string;
  /** The plate pack's rating at the converged means (plate input only). */
  plate?: PlateRating;
}

const TOLERANCE = 1e-9;
const MAX_ITER = 30;

function positive(field: string, v: number, unit: string): void {
  if (!(Number.isFinite(v) && v > 0)) throw new InputError(field, v, `a finite value above 0 ${unit}`);
}

/**
 * Rate an exchanger (see the file comment). Throws InputError for missing/invalid inputs (neither or both
 * of `ua` and `plate`), PhysicsError when the hot inlet is not above the cold inlet.
 */
export function rateExchanger(input: RatingInput): RatingResult {
  const { hotIn, coldIn, hotFlow, coldFlow } = input;
  positive('hotIn', hotIn, 'K');
  positive('coldIn', coldIn, 'K');
  positive('hotFlow', hotFlow, 'kg/s');
  positive('coldFlow', coldFlow, 'kg/s');
  if ((input.ua === undefined) === (input.plate === undefined)) {
    throw new InputError('ua', input.ua, 'either a UA or a plate pack (geometry and plate count), not both');
  }
  if (!(hotIn > coldIn)) {
    throw new PhysicsError(
      `hot inlet ${(hotIn - ZERO_CELSIUS).toFixed(1)} °C is not above cold inlet ${(coldIn - ZERO_CELSIUS).toFixed(1)} °C: no heat flows from hot to cold`,
    );
  }
  if (input.ua !== undefined) positive('ua', input.ua, 'W/K');
  const arrangement = checkArrangement(input.arrangement ?? 'counterflow');
  const passes = input.plate?.passes ? checkPasses(input.plate.passes) : SINGLE_PASS;
  if (input.plate) {
    checkGeometry(input.plate.geometry);
    if (arrangement !== 'counterflow') {
      throw new InputError('arrangement', arrangement, 'counterflow for a plate pack (passes set the rest)');
    }
  }
  let hotMean = hotIn;
  let coldMean = coldIn;
  let state = step(input, arrangement, passes, hotMean, coldMean);
  for (let i = 0; i < MAX_ITER; i++) {
    const hm = 0.5 * (hotIn + state.hotOut);
    const cm = 0.5 * (coldIn + state.coldOut);
    const done = Math.abs(hm - hotMean) < TOLERANCE && Math.abs(cm - coldMean) < TOLERANCE;
    hotMean = hm;
    coldMean = cm;
    if (done) break;
    state = step(input, arrangement, passes, hotMean, coldMean);
  }
  const { hotOut, coldOut } = state;
  const lmtd = ratedMeanDifference(
    hotIn,
    hotOut,
    coldIn,
    coldOut,
    state.duty,
    state.ua,
    arrangement === 'parallel' ? 'parallel' : 'counterflow',
  );
  return {
    ...state,
    lmtd,
    approach: arrangement === 'parallel' ? hotOut - coldOut : Math.min(hotIn - coldOut, hotOut - coldIn),
    arrangement: input.plate ? passArrangement(passes) : arrangement,
    propertyBasis: PROPERTY_BASIS,
  };
}

type State = Omit<RatingResult, 'lmtd' | 'approach' | 'arrangement' | 'propertyBasis'>;

function step(
  input: RatingInput,
  arrangement: FlowArrangement,
  passes: Passes,
  hotMean: number,
  coldMean: number,
): State {
  const { hotFluid, coldFluid, hotIn, coldIn, hotFlow, coldFlow } = input;
  const hotCp = hotFluid.specificHeat(hotMean);
  const coldCp = coldFluid.specificHeat(coldMean);
  const plate = input.plate
    ? ratePlate(input.plate.geometry, input.plate.plates, {
        hotFluid,
        coldFluid,
        hotFlow,
        coldFlow,
        hotMean,
        coldMean,
        passes,
      })
    : undefined;
  const ua = plate ? plate.ua : input.ua!;
  const ch = hotFlow * hotCp;
  const cc = coldFlow * coldCp;
  const cMin = Math.min(ch, cc);
  const cr = cMin / Math.max(ch, cc);
  const ntu = ua / cMin;
  const effectiveness = plate
    ? passEffectiveness(ntu, cr, passes)
    : effectivenessUnchecked(ntu, cr, arrangement);
  const duty = effectiveness * cMin * (hotIn - coldIn);
  return {
    duty,
    hotOut: hotIn - duty / ch,
    coldOut: coldIn + duty / cc,
    ua,
    ntu,
    effectiveness,
    cr,
    minSide: ch <= cc ? 'hot' : 'cold',
    hotCp,
    coldCp,
    ...(plate ? { plate } : {}),
  };
}
