/**
 * Temperature-limit errors shared by the fluid models. Kept out of the property methods so that the hot path
 * is one comparison; these functions run only when a limit is crossed.
 */
import { PhysicsError, ZERO_CELSIUS } from '../errors';

/** "253.15 K (−20.0 °C)" — kelvin with two decimals, Celsius with one, a true minus sign. */
export function formatTemperature(T: number): string {
  const c = (T - ZERO_CELSIUS).toFixed(1).replace('-', '−');
  return `${T.toFixed(2)} K (${c} °C)`;
}

/** "3 bar" / "2.5 bar" / "0.8 bar" — pressure in bar with up to three significant decimals. */
export function formatBar(p: number): string {
  return `${+(p / 1e5).toPrecision(4)} bar`;
}

/** What made the upper limit: boiling at the loop pressure, or the end of a correlation's range. */
export interface UpperLimit {
  readonly kind: 'boiling' | 'correlation';
  /** For 'boiling': absolute pressure, Pa. */
  readonly pressure?: number;
  /** For 'correlation': name of the correlation, e.g. "Melinder (2010) fits". */
  readonly correlation?: string;
  /** For 'boiling': what the boiling point is, when it is not the fluid's own (e.g. water's, for a glycol). */
  readonly boilingNote?: string;
}

/**
 * The PhysicsError for a temperature outside [freezingPoint, maxTemperature] (or not a number), naming the
 * fluid label, the temperature in K and °C, the limit and a fix.
 */
export function temperatureError(
  label: string,
  T: number,
  freezingPoint: number,
  maxTemperature: number,
  upper: UpperLimit,
  lowFix: string,
): PhysicsError {
  if (!Number.isFinite(T)) {
    return new PhysicsError(
      `${label}: temperature ${T} K is not a finite number; the fluid properties need a temperature between ` +
        `${formatTemperature(freezingPoint)} and ${formatTemperature(maxTemperature)}`,
    );
  }
  if (T < freezingPoint) {
    return new PhysicsError(
      `${label}: ${formatTemperature(T)} is below its freezing point ${formatTemperature(freezingPoint)}; ${lowFix}`,
    );
  }
  if (upper.kind === 'boiling') {
    const p = formatBar(upper.pressure ?? Number.NaN);
    return new PhysicsError(
      `${label}: ${formatTemperature(T)} is above its boiling point ${formatTemperature(maxTemperature)} at ${p} ` +
        `absolute${upper.boilingNote ? ` (${upper.boilingNote})` : ''}; raise the loop pressure or lower the temperature`,
    );
  }
  return new PhysicsError(
    `${label}: ${formatTemperature(T)} is above ${formatTemperature(maxTemperature)}, the upper limit of the ` +
      `${upper.correlation ?? 'property correlations'}; lower the temperature`,
  );
}
