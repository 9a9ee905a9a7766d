/**
 * State vector of the greenhouse model: thirteen temperatures (K) and two vapour pressures (Pa), after
 * Vanthoor (2011) ch. 8 eqs. 8.1–8.15 / Katzin (2021) eq. 7.1: main-compartment air (below the screen), top
 * compartment (above it), thermal screen, inner and outer cover surface, canopy, floor, five soil layers, the
 * heating pipe rail, and the vapour pressure below and above the screen.
 */
import { InputError, PhysicsError, requireFinite } from '../errors';
import {
  FLOOR_CONDUCTIVITY,
  FLOOR_THICKNESS,
  SOIL_CONDUCTIVITY,
  SOIL_LAYERS,
  SOIL_OUTER_LAYER,
} from './constants';
import { saturationVapourPressure } from './physics';

/**
 * Index of each state. Temperatures in K, `vpAir`/`vpTop` in Pa. The order is the elimination order of the
 * step's linear solve (numerics/patternLu.ts): the outer cover and the soil chain first (no fill), then the
 * dense core in the order that fills least (83 multiply-adds per factorisation against 246 in the order air, top,
 * screen, … of the first version); temperatures first.
 */
export const GH = Object.freeze({
  coverOut: 0,
  soil5: 1,
  soil4: 2,
  soil3: 3,
  soil2: 4,
  soil1: 5,
  floor: 6,
  pipe: 7,
  top: 8,
  air: 9,
  canopy: 10,
  screen: 11,
  coverIn: 12,
  vpAir: 13,
  vpTop: 14,
});
/** The soil layers from the floor down. */
export const SOIL: readonly number[] = Object.freeze([GH.soil1, GH.soil2, GH.soil3, GH.soil4, GH.soil5]);
/** Number of states. */
export const GH_STATES = 15;
/** Number of temperature states (the first ones). */
export const GH_TEMPERATURES = 13;

/**
 * Initial state: every temperature at T0 except the soil, on the steady conduction profile between T0 at the
 * floor and `deepSoilT`; the air below and above the screen at relative humidity `rh` (default 0.8).
 */
export function initialState(m: { readonly deepSoilT: number }, T0: number, rh = 0.8): Float64Array {
  requireFinite('T0', T0, 223.15, 353.15, 'K');
  requireFinite('rh', rh, 0, 1);
  const s = new Float64Array(GH_STATES).fill(T0);
  const r: number[] = [];
  let acc = (FLOOR_THICKNESS / FLOOR_CONDUCTIVITY + SOIL_LAYERS[0] / SOIL_CONDUCTIVITY) / 2;
  r.push(acc);
  for (let i = 1; i < 5; i++) {
    acc += (SOIL_LAYERS[i - 1]! + SOIL_LAYERS[i]!) / (2 * SOIL_CONDUCTIVITY);
    r.push(acc);
  }
  const total = acc + (SOIL_LAYERS[4] + SOIL_OUTER_LAYER) / (2 * SOIL_CONDUCTIVITY);
  for (let i = 0; i < 5; i++) s[SOIL[i]!] = T0 + ((m.deepSoilT - T0) * r[i]!) / total;
  const vp = rh * saturationVapourPressure(T0);
  s[GH.vpAir] = vp;
  s[GH.vpTop] = vp;
  return s;
}

const NAMES = Object.keys(GH);

/**
 * The state's physical range: temperatures, K, and vapour pressures, Pa (−1 Pa: round-off below a dry 0), with the
 * temperature at which air saturates at the highest vapour pressure, °C (the Tetens formula of physics.ts
 * `saturationVapourPressure` inverted: ≈ 81.6 °C).
 */
export const STATE_RANGE = Object.freeze({
  tMin: 150,
  tMax: 500,
  vpMin: -1,
  vpMax: 5e4,
  saturatedAtVpMaxC: (238.3 * Math.log(5e4 / 610.78)) / (17.2694 - Math.log(5e4 / 610.78)),
});

/** Throws unless `state` has the model's length and physical values (STATE_RANGE). */
export function validateState(state: Float64Array): void {
  const R = STATE_RANGE;
  if (state.length !== GH_STATES)
    throw new InputError('state.length', state.length, `${GH_STATES} (use initialState)`);
  for (let i = 0; i < GH_TEMPERATURES; i++) {
    const t = state[i]!;
    if (!(t > R.tMin && t < R.tMax)) {
      throw new PhysicsError(
        `greenhouse state ${NAMES[i]} = ${t} K is outside ${R.tMin}–${R.tMax} K; the inputs drove the model out of range (check pipe inlet temperature and time step)`,
      );
    }
  }
  for (let i = GH_TEMPERATURES; i < GH_STATES; i++) {
    const v = state[i]!;
    if (!(v >= R.vpMin && v < R.vpMax)) {
      const why =
        v >= R.vpMax
          ? `saturated air near ${R.saturatedAtVpMaxC.toFixed(0)} °C: the air overheats`
          : 'the vapour balance diverged';
      throw new PhysicsError(
        `greenhouse state ${NAMES[i]} = ${v} Pa is outside 0–${R.vpMax / 1e3} kPa (${why})`,
      );
    }
  }
}
