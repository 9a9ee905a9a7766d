/**
 * `--plate` of size-hx and design: a preset name and/or key=value pairs → a plate geometry (SI).
 */
import { InputError, PLATE_PRESETS, type PlateGeometry, quantity } from '../core';
import { UsageError } from './io';

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

/** Parse `--plate`: "preset", "preset, key=value, …" or "key=value, …". */
export function parsePlate(spec: string): { geometry: PlateGeometry; preset?: string } {
  const parts = spec
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0)
    throw new UsageError('--plate is empty: give a preset or key=value pairs (see --help)');
  let preset: string | undefined;
  const base: Partial<PlateGeometry> = {
    plateThickness: 0.0005,
    plateConductivity: 16,
    enlargementFactor: 1.17,
    foulingHot: 0,
    foulingCold: 0,
  };
  if (!parts[0]!.includes('=')) {
    preset = parts.shift()!;
    const p = PLATE_PRESETS[preset];
    if (!p) {
      throw new InputError(
        '--plate',
        preset,
        `a preset (${Object.keys(PLATE_PRESETS).join(', ')}) or key=value pairs`,
      );
    }
    Object.assign(base, p);
  }
  let pitch: number | undefined;
  const field = (k: string): string => `--plate ${k}`;
  const plain = (v: string): boolean => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim());
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new InputError('--plate', part, 'key=value (only the first item may be a preset name)');
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    switch (key as (typeof PLATE_KEYS)[number]) {
      case 'chevron':
        base.chevronAngle = plain(value)
          ? (Number(value) * Math.PI) / 180
          : quantity(value, 'rad', field(key));
        break;
      case 'width':
        base.plateWidth = quantity(value, 'm', field(key));
        break;
      case 'length':
        base.portLength = quantity(value, 'm', field(key));
        break;
      case 'gap':
        base.plateGap = quantity(value, 'm', field(key));
        break;
      case 'pitch':
        pitch = quantity(value, 'm', field(key));
        break;
      case 'thickness':
        base.plateThickness = quantity(value, 'm', field(key));
        break;
      case 'port':
        base.portDiameter = quantity(value, 'm', field(key));
        break;
      case 'conductivity':
      case 'k':
        base.plateConductivity = plain(value) ? Number(value) : quantity(value, 'W/(m K)', field(key));
        break;
      case 'enlargement':
        base.enlargementFactor = quantity(value, '', field(key));
        break;
      case 'fouling': {
        const r = plain(value) ? Number(value) : quantity(value, 'm^2 K/W', field(key));
        base.foulingHot = r;
        base.foulingCold = r;
        break;
      }
      case 'fouling-hot':
        base.foulingHot = plain(value) ? Number(value) : quantity(value, 'm^2 K/W', field(key));
        break;
      case 'fouling-cold':
        base.foulingCold = plain(value) ? Number(value) : quantity(value, 'm^2 K/W', field(key));
        break;
      default:
        throw new InputError('--plate', key, `one of the keys ${PLATE_KEYS.join(', ')}`);
    }
  }
  if (pitch !== undefined) {
    base.plateGap = pitch - base.plateThickness!;
    if (!(base.plateGap > 0)) {
      throw new InputError('--plate pitch', pitch, `more than the plate thickness ${base.plateThickness} m`);
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
  return { geometry: base as PlateGeometry, ...(preset ? { preset } : {}) };
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
