/**
 * GreenLight's climate controller rules written out for the tests from Katzin (2021) ch. 4 (`proportionalControl`,
 * eq. 4.1, and the vent and thermal screen rules of `controls_katzin_2021`), independently of control.ts: the
 * tests check the model's controllers against these.
 */
const LN100 = Math.log(100);

/** [K] eq. 4.1 proportionalControl: lo → hi as x crosses [sp, sp + band] (1 % and 99 % at the ends). */
export const prop = (x: number, sp: number, band: number, lo: number, hi: number) =>
  lo + (hi - lo) / (1 + Math.exp((-2 / band) * LN100 * (x - sp - band / 2)));

/** [K] ventCold: closes 1 K below the heating set-point, band −1 K. */
export const ventCold = (T: number, sp: number) => prop(T, sp - 1, -1, 1, 0);

/**
 * [K] thermal screen: min(thScrCold, thScrHeat, max(thScrRh, 1 − ventCold)) as GreenLight combines them — closed
 * below 5 °C by day / 10 °C by night, open 4 K above the set-point, a gap above rhMax − 2 % RH (10 % band).
 */
export function screen(
  To: number,
  isDay: boolean,
  Ta: number,
  rh: number,
  sp: number,
  rhMax: number,
): number {
  const cold = prop(To, isDay ? 278.15 : 283.15, -1, 0, 1);
  const heat = prop(Ta, sp + 4, 1, 1, 0);
  const rhGap = prop(rh, rhMax - 0.02, 0.1, 1, 0);
  return Math.min(cold, heat, Math.max(rhGap, 1 - ventCold(Ta, sp)));
}
