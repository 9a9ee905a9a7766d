/**
 * The twin's one temperature scale: cividis, a colour map designed to read the same for people with
 * red–green colour-vision deficiency and in greyscale (lightness rises monotonically).
 *
 * Source: J. R. Nuñez, C. R. Anderton, R. S. Renslow, "Optimizing colormaps with consideration for color
 * vision deficiency to enable accurate interpretation of scientific data", PLoS ONE 13(7): e0199239 (2018);
 * the 256-entry sRGB table is matplotlib's `_cividis_data` (lib/matplotlib/_cm_listed.py). We keep every
 * 8th entry (indices 0, 8, …, 248, and 255) and interpolate linearly in sRGB between them: the deviation
 * from the full table stays below 0.015 per channel (largest where channels bend: indices 20–23 and the
 * last few entries) and below 0.001 in the middle of the map (test/scene/model/colormap.test.ts).
 */
import { type Scenario, ZERO_CELSIUS } from '../../core';

/** cividis sRGB stops at table indices 0, 8, 16, …, 248, and 255 (matplotlib `_cividis_data`). */
export const CIVIDIS_STOPS: readonly (readonly [number, number, number])[] = [
  [0.0, 0.135112, 0.304751], // 0
  [0.0, 0.157932, 0.357521], // 8
  [0.0, 0.178802, 0.414764], // 16
  [0.017852, 0.198528, 0.441248], // 24
  [0.103401, 0.220406, 0.43579], // 32
  [0.154261, 0.242475, 0.43012], // 40
  [0.195057, 0.264372, 0.425924], // 48
  [0.230871, 0.286134, 0.423498], // 56
  [0.263738, 0.307831, 0.422789], // 64
  [0.294669, 0.329531, 0.423716], // 72
  [0.32425, 0.351289, 0.42625], // 80
  [0.352892, 0.373153, 0.430226], // 88
  [0.38083, 0.395164, 0.435653], // 96
  [0.408226, 0.417357, 0.44257], // 104
  [0.435168, 0.439763, 0.451134], // 112
  [0.461616, 0.462405, 0.461969], // 120
  [0.488697, 0.485318, 0.471008], // 128
  [0.51792, 0.508454, 0.472707], // 136
  [0.54784, 0.531895, 0.471704], // 144
  [0.578236, 0.555673, 0.468724], // 152
  [0.609105, 0.579816, 0.463638], // 160
  [0.640352, 0.604354, 0.456791], // 168
  [0.671991, 0.629316, 0.448018], // 176
  [0.704037, 0.654731, 0.437147], // 184
  [0.736488, 0.680629, 0.424028], // 192
  [0.769353, 0.707035, 0.408516], // 200
  [0.802667, 0.733978, 0.390153], // 208
  [0.836429, 0.761483, 0.368747], // 216
  [0.870717, 0.789572, 0.343333], // 224
  [0.905589, 0.818257, 0.312889], // 232
  [0.941147, 0.84753, 0.275815], // 240
  [0.97778, 0.877281, 0.227954], // 248
  [0.995737, 0.909344, 0.217772], // 255
];

/** Table entries between stops. */
export const CIVIDIS_STEP = 8;
/** Table index (0–255) of each stop. */
export const CIVIDIS_STOP_INDEX: readonly number[] = CIVIDIS_STOPS.map((_, i) =>
  Math.min(255, i * CIVIDIS_STEP),
);

/**
 * cividis at t ∈ [0, 1] (clamped), sRGB components 0–1, written into `out` (no allocation when given).
 * t = k/255 reproduces table entry k at the stops.
 */
export function cividis(t: number, out: [number, number, number] = [0, 0, 0]): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * 255;
  const i = Math.min(CIVIDIS_STOPS.length - 2, Math.floor(x / CIVIDIS_STEP));
  const i0 = CIVIDIS_STOP_INDEX[i]!;
  const i1 = CIVIDIS_STOP_INDEX[i + 1]!;
  const f = (x - i0) / (i1 - i0);
  const a = CIVIDIS_STOPS[i]!;
  const b = CIVIDIS_STOPS[i + 1]!;
  out[0] = a[0] + (b[0] - a[0]) * f;
  out[1] = a[1] + (b[1] - a[1]) * f;
  out[2] = a[2] + (b[2] - a[2]) * f;
  return out;
}

/** sRGB component (0–1) → linear light, IEC 61966-2-1 transfer function. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** `#rrggbb` of an sRGB triple. */
export function toHex(rgb: readonly [number, number, number]): string {
  const h = (c: number) =>
    Math.round(Math.min(1, Math.max(0, c)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(rgb[0])}${h(rgb[1])}${h(rgb[2])}`;
}

/** Temperature range the colours span, K. Values outside are shown at the end colours. */
export interface TemperatureScale {
  readonly min: number;
  readonly max: number;
}

const C0 = ZERO_CELSIUS;

/**
 * One scale for the whole scene, from 0 °C to the hottest temperature the plant is designed to reach,
 * rounded up to 10 °C: the larger of the miner-inlet set-point + 15 K (the coolant leaves the miners ≈ 10 K
 * above it and the chips a few K more) and the highest heating-curve supply + 5 K, at least 60 °C.
 * The same scenario always gives the same scale, so colours compare across hours.
 */
export function temperatureScale(s: Scenario): TemperatureScale {
  const supplyMax = Math.max(...s.greenhouseLoop.heatingCurve.map((p) => p.supply));
  const hot = Math.max(s.minerLoop.inletSetpoint + 15, supplyMax + 5, C0 + 60);
  return { min: C0, max: C0 + Math.ceil((hot - C0) / 10) * 10 };
}

/** Position of temperature T (K) on the scale, 0–1 (clamped); −1 when T is not a finite number (no data). */
export function scalePosition(scale: TemperatureScale, T: number): number {
  if (!Number.isFinite(T) || T <= 0) return -1;
  return Math.min(1, Math.max(0, (T - scale.min) / (scale.max - scale.min)));
}

/** sRGB colour of temperature T on the scale (grey for no data). */
export function temperatureColor(scale: TemperatureScale, T: number): [number, number, number] {
  const p = scalePosition(scale, T);
  return p < 0 ? [0.5, 0.5, 0.5] : cividis(p);
}

export interface LegendTick {
  /** Position along the bar, 0–1. */
  pos: number;
  label: string;
}

/**
 * Legend ticks: every 10 °C (or 20 °F) inside the scale, labelled in the display unit (°F = °C × 9/5 + 32).
 */
export function legendTicks(scale: TemperatureScale, units: 'SI' | 'imperial'): LegendTick[] {
  const ticks: LegendTick[] = [];
  if (units === 'SI') {
    const lo = Math.ceil((scale.min - C0) / 10) * 10;
    for (let c = lo; c <= scale.max - C0 + 1e-9; c += 10) {
      ticks.push({ pos: (c + C0 - scale.min) / (scale.max - scale.min), label: `${c}` });
    }
  } else {
    const fMin = ((scale.min - C0) * 9) / 5 + 32;
    const fMax = ((scale.max - C0) * 9) / 5 + 32;
    for (let f = Math.ceil(fMin / 20) * 20; f <= fMax + 1e-9; f += 20) {
      const k = ((f - 32) * 5) / 9 + C0;
      ticks.push({ pos: (k - scale.min) / (scale.max - scale.min), label: `${f}` });
    }
  }
  return ticks;
}

/** CSS linear-gradient of the colour map (left = cold), for the legend. */
export function cssGradient(direction = 'to right'): string {
  const stops = CIVIDIS_STOPS.map(
    (c, i) => `${toHex(c)} ${((CIVIDIS_STOP_INDEX[i]! / 255) * 100).toFixed(2)}%`,
  );
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}

/**
 * Okabe–Ito categorical colours (M. Okabe & K. Ito, "Color Universal Design", 2008; J*Fly), used for miner
 * status and the heat-path highlight: distinguishable with every common colour-vision deficiency.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Miner status colours (status LED and legend). */
export const STATUS_COLORS = {
  running: OKABE_ITO.bluishGreen,
  throttled: OKABE_ITO.orange,
  off: OKABE_ITO.vermillion,
} as const;
