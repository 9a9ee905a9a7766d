/**
 * Vanthoor's reference house: the Dutch Venlo glasshouse of Vanthoor (2011) Table 8.2, as the model's
 * parameters, for using and validating the model outside a scenario. A scenario file gets its values from its
 * own fields and their declared defaults (models/params/greenhouse.ts), not from here. Keys in
 * models/SOURCES.md: `vanthoor-2011`, `katzin-2021`.
 */
import { VANTHOOR_PIPE_RAIL } from '../components/pipeRail';
import type { GreenhouseParams } from './params';

/** Everything but the floor area and the cover, which a caller always states. */
export type HouseParams = Omit<GreenhouseParams, 'floorArea' | 'cover'>;

export const VANTHOOR_HOUSE: Readonly<HouseParams> = Object.freeze({
  /** Cover area per floor area: 1.8e4 / 1.4e4 = 1.29 ([V] Table 8.2 A_Cov / A_Flr), rounded. */
  coverToFloorRatio: 1.3,
  /** Mean height h_Gh = 4.2 m; the compartment above the screen h_Gh − h_Air = 0.4 m ([V] Table 8.2). */
  height: 4.2,
  topHeight: 0.4,
  /** An energy screen ([V] Table 8.2 screen properties). */
  thermalScreen: true,
  /** Heating set-points 21 °C by day, 17 °C by night (a tomato grower's; [V] uses the grower's climate). */
  daySetpoint: 294.15,
  nightSetpoint: 290.15,
  /** Vents open 5 K above the heating set-point ([K] ch. 4 heatDeadZone = 5). */
  ventOffset: 5,
  /**
   * Leakage c_leakage = 10⁻⁴ ([V] Table 8.2, eq. 8.64 f_leak = c_leakage·u) at the 4 m/s rating wind over the
   * 4.2 m mean height: 10⁻⁴ · 4 · 3600 / 4.2 = 0.3429 air changes per hour, stated as 0.343 h⁻¹.
   */
  leakage: 0.343 / 3600,
  /** Roof vent area per floor area A_Roof / A_Flr = 1400 / 14000; vent height h_Vent = 0.68 m ([V] Table 8.2). */
  roofVentShare: 0.1,
  ventHeight: 0.68,
  /** Leaf area index 3 ([K] laiMax), relative humidity limit 87 % ([K] ch. 4 rhMax). */
  leafAreaIndex: 3,
  indoorRH: 0.87,
  /** Standard sea-level air pressure; deep soil at 2.9 °C (a Dutch annual-mean air temperature proxy). */
  airPressure: 101325,
  deepSoilT: 276.05,
  pipeRail: VANTHOOR_PIPE_RAIL,
});
