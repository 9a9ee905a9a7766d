/**
 * Weather between the rows of an hourly file, for a simulation with sub-hourly steps.
 *
 * EPW convention (EnergyPlus Auxiliary Programs, "EPW Data Dictionary", fields Hour and Global Horizontal
 * Radiation): row h holds temperatures, humidity and wind "at the time indicated" (the end of the hour), and
 * radiation as the energy received during the hour ending at h (numerically its mean W/m²).
 * - Values at a time: linear between the rows (`atTime`), as EnergyPlus interpolates "last hour" to "this
 *   hour" (Engineering Reference, "Weather Data Hourly Interpolation").
 * - Hour means: linear between the middles of the hours (`hourMeanAt`). Holding an hour's mean over the whole
 *   hour (as before 2026-12) made the light and the wind jump at every clock hour; the greenhouse's valve
 *   answered each jump of an afternoon with a heating surge, which the backup heater covered (the pilot's
 *   backup heat fell from 670 to 517 MWh a year with light and wind continuous). GreenLight interpolates every
 *   input linearly during its run (Katzin 2021; davkat1/GreenLight `convert_energy_plus`, "the linear
 *   interpolation … is done during the model run, for all input data").
 *
 * Accuracy of `hourMeanAt`: over a whole number of days of a periodic year its values average exactly the
 * hourly means (each hour's mean is weighted ⅛ + ¾ + ⅛ across the hours beside it), so the year's solar energy is kept
 * (and each day's where the nights are dark); within an hour, up to ⅛ of the difference to the neighbouring hours moves between
 * them (some light half an hour before sunrise and after sunset, never negative).
 */

/** Linear interpolation of `col` between rows i0 and i1 at fraction f ∈ [0, 1]. */
export function atTime(col: Float64Array, i0: number, i1: number, f: number): number {
  return col[i0]! + (col[i1]! - col[i0]!) * f;
}

/**
 * A column of hour means (row h: the mean over the hour ending at h) at fraction f ∈ [0, 1] through the hour
 * of row `hr`: linear between the middles of hours hr − 1, hr and hr + 1 (the year wraps round, the typical-
 * year convention). At f = ½ it is the hour's own mean.
 */
export function hourMeanAt(col: Float64Array, hr: number, f: number): number {
  const n = col.length;
  if (f < 0.5) return atTime(col, hr === 0 ? n - 1 : hr - 1, hr, f + 0.5);
  return atTime(col, hr, hr + 1 === n ? 0 : hr + 1, f - 0.5);
}
