/**
 * `--plate` of size-hx and design: a preset name and/or key=value pairs → a plate geometry (SI).
 */
import { checkGeometry, GEOMETRY_RANGES, InputError, PLATE_PRESETS, type PlateGeometry } from '../core';
import { inTyped, rangeInTyped } from './typedRange';
import { UsageError } from './io';
import { quantity } from './units';

const PLATE_KEYS = [
  'chevron',
  'width',
  'length',
  'gap',
  'pitch',
  'thickness',
  'port',
  'conductivity',
  'k',
  'enlargement',
  'fouling',
  'fouling-hot',
  'fouling-cold',
] as const;

/** A plate geometry being read from `--plate` (pitch kept apart: it sets the gap once the thickness is known). */
interface PlateDraft {
  base: Partial<PlateGeometry>;
  pitch?: number;
  /** The key and text the user typed for each property set (for messages in the user's terms). */
  typed: Partial<Record<keyof PlateGeometry, { key: string; value: string }>>;
}

const field = (k: string): string => `--plate ${k}`;
/** A bare number (no unit): a chevron angle in degrees, a conductivity in W/(m·K), a fouling in m²·K/W. */
const plain = (v: string): boolean => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim());
const length =
  (prop: 'plateWidth' | 'portLength' | 'plateGap' | 'plateThickness' | 'portDiameter') =>
  (d: PlateDraft, value: string, key: string): void => {
    d.base[prop] = quantity(value, 'm', field(key));
  };
const fouling = (value: string, key: string): number =>
  plain(value) ? Number(value) : quantity(value, 'm^2 K/W', field(key));
const conductivity = (d: PlateDraft, value: string, key: string): void => {
  d.base.plateConductivity = plain(value) ? Number(value) : quantity(value, 'W/(m K)', field(key));
};

/** What each `--plate` key sets. */
const SETTERS: Record<(typeof PLATE_KEYS)[number], (d: PlateDraft, value: string, key: string) => void> = {
  chevron: (d, value, key) => {
    d.base.chevronAngle = plain(value) ? (Number(value) * Math.PI) / 180 : quantity(value, 'rad', field(key));
  },
  width: length('plateWidth'),
  length: length('portLength'),
  gap: length('plateGap'),
  pitch: (d, value, key) => {
    d.pitch = quantity(value, 'm', field(key));
  },
  thickness: length('plateThickness'),
  port: length('portDiameter'),
  conductivity,
  k: conductivity,
  enlargement: (d, value, key) => {
    d.base.enlargementFactor = quantity(value, '', field(key));
  },
  fouling: (d, value, key) => {
    const r = fouling(value, key);
    d.base.foulingHot = r;
    d.base.foulingCold = r;
  },
  'fouling-hot': (d, value, key) => {
    d.base.foulingHot = fouling(value, key);
  },
  'fouling-cold': (d, value, key) => {
    d.base.foulingCold = fouling(value, key);
  },
};

/** The items of `--plate`, trimmed, empty ones dropped. */
function plateItems(spec: string): string[] {
  const parts = spec
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0)
    throw new UsageError('--plate is empty: give a preset or key=value pairs (see --help)');
  return parts;
}

/** The defaults, overlaid with the preset when the first item names one (it is then taken off `parts`). */
function startingGeometry(parts: string[]): { base: Partial<PlateGeometry>; preset?: string } {
  const base: Partial<PlateGeometry> = {
    plateThickness: 0.0005,
    plateConductivity: 16,
    enlargementFactor: 1.17,
    foulingHot: 0,
    foulingCold: 0,
  };
  if (parts[0]!.includes('=')) return { base };
  const preset = parts.shift()!;
  const p = PLATE_PRESETS[preset];
  if (!p) {
    throw new InputError(
      '--plate',
      preset,
      `a preset (${Object.keys(PLATE_PRESETS).join(', ')}) or key=value pairs`,
    );
  }
  Object.assign(base, p);
  return { base, preset };
}

/** Apply one `key=value` item. */
function applyItem(d: PlateDraft, part: string): void {
  const eq = part.indexOf('=');
  if (eq < 0) throw new InputError('--plate', part, 'key=value (only the first item may be a preset name)');
  const key = part.slice(0, eq).trim().toLowerCase();
  const value = part.slice(eq + 1).trim();
  if (!Object.hasOwn(SETTERS, key))
    throw new InputError('--plate', key, `one of the keys ${PLATE_KEYS.join(', ')}`);
  const before = { ...d.base };
  SETTERS[key as (typeof PLATE_KEYS)[number]](d, value, key);
  for (const p of Object.keys(d.base) as (keyof PlateGeometry)[])
    if (d.base[p] !== before[p]) d.typed[p] = { key, value };
  if (key === 'pitch') d.typed.plateGap = { key, value };
}

/** The gap from a pitch, and every dimension present. */
function finishGeometry(d: PlateDraft): PlateGeometry {
  const { base, pitch } = d;
  if (pitch !== undefined) {
    base.plateGap = pitch - base.plateThickness!;
    if (!(base.plateGap > 0)) {
      const typed = d.typed.plateGap?.value ?? `${pitch} m`;
      const t = inTyped(base.plateThickness!, 'm', typed, 'mm');
      throw new InputError('--plate pitch', typed, `more than the plate thickness (${t})`);
    }
  }
  const required: [keyof PlateGeometry, string][] = [
    ['chevronAngle', 'chevron'],
    ['plateWidth', 'width'],
    ['portLength', 'length'],
    ['plateGap', 'gap (or pitch)'],
    ['portDiameter', 'port'],
  ];
  const missing = required.filter(([k]) => base[k] === undefined).map(([, n]) => n);
  if (missing.length > 0) {
    throw new UsageError(
      `--plate: missing ${missing.join(', ')} (or start with a preset: ${Object.keys(PLATE_PRESETS).join(', ')})`,
    );
  }
  return base as PlateGeometry;
}

/** Parse `--plate`: "preset", "preset, key=value, …" or "key=value, …". */
export function parsePlate(spec: string): { geometry: PlateGeometry; preset?: string } {
  const parts = plateItems(spec);
  const { base, preset } = startingGeometry(parts);
  const draft: PlateDraft = { base, typed: {} };
  for (const part of parts) applyItem(draft, part);
  const geometry = finishGeometry(draft);
  try {
    checkGeometry(geometry);
  } catch (e) {
    throw e instanceof InputError ? inTypedTerms(e, draft) : e;
  }
  return { geometry, ...(preset ? { preset } : {}) };
}

/** SI unit of each property (as the unit parser reads it), and the unit a bare number is read in. */
const UNITS: Record<keyof PlateGeometry, [si: string, bare: string]> = {
  chevronAngle: ['rad', 'deg'],
  plateWidth: ['m', 'm'],
  portLength: ['m', 'm'],
  plateGap: ['m', 'mm'],
  plateThickness: ['m', 'mm'],
  plateConductivity: ['W/(m K)', 'W/(m K)'],
  enlargementFactor: ['', ''],
  portDiameter: ['m', 'mm'],
  foulingHot: ['m^2 K/W', 'm^2 K/W'],
  foulingCold: ['m^2 K/W', 'm^2 K/W'],
};

/**
 * The core's refusal of a geometry value (`plate.plateWidth = 100 … between 0.02 and 5 m`) as the user wrote
 * it: `--plate width = "100 m" is not allowed: between 0.02 m and 5 m`, the range in the unit typed.
 */
function inTypedTerms(e: InputError, d: PlateDraft): InputError {
  const prop = e.field.replace(/^plate\./, '') as keyof PlateGeometry;
  const t = Object.hasOwn(UNITS, prop) ? d.typed[prop] : undefined;
  if (!t) return e;
  const [si, bare] = UNITS[prop];
  if (e.allowed.startsWith('at most the plate width')) {
    const w = inTyped(d.base.plateWidth!, 'm', t.value, 'mm');
    return new InputError(field(t.key), t.value, `at most the plate width (${w})`);
  }
  const [lo, hi, , note] = GEOMETRY_RANGES[prop];
  const range = rangeInTyped(lo, hi, si, t.value, bare);
  return new InputError(field(t.key), t.value, `${range}${note ? ` (${note.replace(/^[^,]*, /, '')})` : ''}`);
}

/** `--passes H/C` (hot/cold) or `--passes N` (both): whole numbers 1–4. */
export function parsePasses(text: string, flag = '--passes'): { hot: number; cold: number } {
  const m = /^\s*(\d)\s*(?:[/x×,]\s*(\d)\s*)?$/.exec(text);
  const hot = m ? Number(m[1]) : Number.NaN;
  const cold = m ? Number(m[2] ?? m[1]) : Number.NaN;
  if (!(hot >= 1 && hot <= 4 && cold >= 1 && cold <= 4)) {
    throw new InputError(flag, text, 'passes per side as hot/cold, 1 to 4 each, e.g. "1/2" or "2"');
  }
  return { hot, cold };
}
