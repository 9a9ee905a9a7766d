/**
 * `heat-twin size-hx`: size a heat exchanger at its nominal point (ε–NTU / LMTD), optionally a chevron
 * plate pack (Martin / VDI Heat Atlas N6). Quantities are unit strings parsed at this boundary.
 */
import { parseArgs } from 'node:util';
import { InputError, toCelsius } from '../core/errors';
import { parseFluid } from '../core/fluids';
import type { Fluid } from '../core/fluids/types';
import { checkArrangement, FLOW_ARRANGEMENTS } from '../core/hx/effectiveness';
import { type NominalField, type NominalPoint, type NominalSpec, sizeNominal } from '../core/hx/nominal';
import {
  type ChannelSide,
  PLATE_PRESETS,
  type PlateDesign,
  type PlateGeometry,
  sizePlate,
} from '../core/hx/plate';
import { quantity } from '../core/units';
import { type CliIo, UsageError } from './io';

export const summary = 'size a heat exchanger (UA, NTU, ε, LMTD; plate count and pressure drops)';

const LABELS: Record<NominalField, string> = {
  duty: '--duty',
  hotIn: '--hot-in',
  hotOut: '--hot-out',
  coldIn: '--cold-in',
  coldOut: '--cold-out',
  hotFlow: '--hot-flow',
  coldFlow: '--cold-flow',
};

const HELP = `heat-twin size-hx — size a heat exchanger at its nominal point

Usage: heat-twin size-hx [options]

  --duty Q             heat duty, e.g. "2.7 MW", "9.2e6 BTU/h"
  --hot-in T           hot inlet temperature, e.g. "80 degC", "176 degF", "353 K"
  --hot-out T          hot outlet temperature
  --cold-in T          cold inlet temperature
  --cold-out T         cold outlet temperature
  --hot-flow F         hot flow, mass ("12 kg/s") or volume ("160 gpm", "10 L/s"; converted with the
                       density at the stream's mean temperature)
  --cold-flow F        cold flow
  --hot-fluid NAME     hot fluid (default water), e.g. "propylene-glycol 30%", "EG 40 %"
  --cold-fluid NAME    cold fluid (default water)
  --arrangement A      ${FLOW_ARRANGEMENTS.join(' | ')} (default counterflow)
  --plate SPEC         size a chevron plate pack: a preset (${Object.keys(PLATE_PRESETS).join(', ')}) and/or
                       comma-separated key=value pairs: chevron (angle from the flow direction; a plain
                       number is degrees), width, length (port to port), gap or pitch, thickness, port,
                       conductivity (W/(m K)), enlargement (area factor Φ), fouling, fouling-hot,
                       fouling-cold (m^2 K/W). E.g. "medium, chevron=60 deg, gap=2.5 mm".
                       Presets are generic engineering assumptions, not a vendor datasheet.
  --json               print SI values (W, K, kg/s, m^3/s, Pa) as JSON
  -h, --help           this help

Give any consistent subset: each stream needs two of its inlet, outlet and flow, plus --duty or one
stream with all three. Over-specified values must agree within 0.1 %.

Example: heat-twin size-hx --duty "2.7 MW" --hot-in "80 degC" --hot-out "55 degC" --cold-in "45 degC" \\
           --cold-out "70 degC" --hot-fluid "propylene-glycol 30%" --plate medium`;

const OPTIONS = {
  duty: { type: 'string' },
  'hot-in': { type: 'string' },
  'hot-out': { type: 'string' },
  'cold-in': { type: 'string' },
  'cold-out': { type: 'string' },
  'hot-flow': { type: 'string' },
  'cold-flow': { type: 'string' },
  'hot-fluid': { type: 'string' },
  'cold-fluid': { type: 'string' },
  arrangement: { type: 'string' },
  plate: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(args: string[]) {
  const parsed = (() => {
    try {
      return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
    } catch (e) {
      const msg = (e as Error).message;
      throw new UsageError(`${msg} (see heat-twin size-hx --help)`);
    }
  })();
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given more than once`);
    seen.add(t.name);
  }
  return parsed.values;
}

function fluidArg(text: string | undefined, flag: string): Fluid {
  try {
    return parseFluid(text ?? 'water');
  } catch (e) {
    if (e instanceof InputError) throw new InputError(flag, text, e.allowed);
    throw e;
  }
}

/** A flow string: mass (kg/s, t/h …) or volume (L/s, gpm, m^3/h …). */
function flowArg(text: string, flag: string): { mass?: number; volume?: number } {
  try {
    return { mass: quantity(text, 'kg/s', flag) };
  } catch {
    // not a mass flow — try a volume flow
  }
  try {
    return { volume: quantity(text, 'm^3/s', flag) };
  } catch {
    throw new InputError(
      flag,
      text,
      'a mass flow (e.g. "12 kg/s") or a volume flow (e.g. "160 gpm", "10 L/s")',
    );
  }
}

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

export async function run(args: string[], io: CliIo): Promise<number> {
  const v = parse(args);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const hotFluid = fluidArg(v['hot-fluid'], '--hot-fluid');
  const coldFluid = fluidArg(v['cold-fluid'], '--cold-fluid');
  const spec: NominalSpec = {
    hotFluid,
    coldFluid,
    arrangement: checkArrangement(v.arrangement ?? 'counterflow', '--arrangement'),
    labels: LABELS,
  };
  if (v.duty !== undefined) spec.duty = quantity(v.duty, 'W', '--duty');
  if (v['hot-in'] !== undefined) spec.hotIn = quantity(v['hot-in'], 'K', '--hot-in');
  if (v['hot-out'] !== undefined) spec.hotOut = quantity(v['hot-out'], 'K', '--hot-out');
  if (v['cold-in'] !== undefined) spec.coldIn = quantity(v['cold-in'], 'K', '--cold-in');
  if (v['cold-out'] !== undefined) spec.coldOut = quantity(v['cold-out'], 'K', '--cold-out');
  if (v['hot-flow'] !== undefined) {
    const f = flowArg(v['hot-flow'], '--hot-flow');
    if (f.mass !== undefined) spec.hotFlow = f.mass;
    else spec.hotVolumeFlow = f.volume!;
  }
  if (v['cold-flow'] !== undefined) {
    const f = flowArg(v['cold-flow'], '--cold-flow');
    if (f.mass !== undefined) spec.coldFlow = f.mass;
    else spec.coldVolumeFlow = f.volume!;
  }
  const plate = v.plate !== undefined ? parsePlate(v.plate) : undefined;
  if (plate && spec.arrangement !== 'counterflow') {
    throw new UsageError(
      `--plate sizes a single-pass plate pack, which is counterflow: drop --arrangement ${spec.arrangement}`,
    );
  }
  const point = sizeNominal(spec);
  const design = plate ? sizePlate(point, plate.geometry) : undefined;
  if (v.json) {
    io.out(JSON.stringify(toJson(point, design), null, 2));
  } else {
    for (const line of table(point, design, plate?.preset)) io.out(line);
  }
  return 0;
}

function sideJson(s: ChannelSide) {
  return {
    channels: s.channels,
    velocity: s.velocity,
    reynolds: s.reynolds,
    prandtl: s.prandtl,
    friction: s.friction,
    nusselt: s.nusselt,
    viscosityRatio: s.viscosityRatio,
    h: s.h,
    portVelocity: s.portVelocity,
    channelPressureDrop: s.channelPressureDrop,
    portPressureDrop: s.portPressureDrop,
    pressureDrop: s.pressureDrop,
  };
}

function toJson(p: NominalPoint, d?: PlateDesign) {
  return {
    arrangement: p.arrangement,
    hotFluid: p.hotFluid.label,
    coldFluid: p.coldFluid.label,
    duty: p.duty,
    hotIn: p.hotIn,
    hotOut: p.hotOut,
    coldIn: p.coldIn,
    coldOut: p.coldOut,
    hotFlow: p.hotFlow,
    coldFlow: p.coldFlow,
    hotVolumeFlow: p.hotVolumeFlow,
    coldVolumeFlow: p.coldVolumeFlow,
    hotCp: p.hotCp,
    coldCp: p.coldCp,
    hotDensity: p.hotDensity,
    coldDensity: p.coldDensity,
    cMin: p.cMin,
    minSide: p.minSide,
    cr: p.cr,
    effectiveness: p.effectiveness,
    ntu: p.ntu,
    ua: p.ua,
    lmtd: p.lmtd,
    lmtdCorrection: p.lmtdCorrection,
    approach: p.approach,
    given: p.given,
    ...(d
      ? {
          plate: {
            geometry: d.geometry,
            plates: d.plates,
            thermalPlates: d.thermalPlates,
            area: d.area,
            areaRequired: d.areaRequired,
            margin: d.margin,
            u: d.u,
            uClean: d.uClean,
            ua: d.ua,
            uaRequired: d.uaRequired,
            dutyCapacity: d.dutyCapacity,
            hydraulicDiameter: d.hydraulicDiameter,
            wallResistance: d.wallResistance,
            hot: sideJson(d.hot),
            cold: sideJson(d.cold),
          },
        }
      : {}),
  };
}

const sig = (x: number, n = 4): string => {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 10 ** n) return Math.round(x).toString();
  return String(+x.toPrecision(n));
};
const degC = (k: number): string => `${toCelsius(k).toFixed(1)} °C`;

function row(label: string, hot: string, cold: string): string {
  return `  ${label.padEnd(20)}${hot.padEnd(30)}${cold}`;
}
function kv(label: string, value: string): string {
  return `  ${label.padEnd(20)}${value}`;
}

function table(p: NominalPoint, d: PlateDesign | undefined, preset: string | undefined): string[] {
  const solved = (f: NominalField): string => (p.given[f] ? '' : ' *');
  const out: string[] = [];
  out.push(`Heat exchanger, ${p.arrangement} — nominal point (* = solved from the energy balance)`);
  out.push(row('', `hot: ${p.hotFluid.label}`, `cold: ${p.coldFluid.label}`));
  out.push(row('inlet', degC(p.hotIn) + solved('hotIn'), degC(p.coldIn) + solved('coldIn')));
  out.push(row('outlet', degC(p.hotOut) + solved('hotOut'), degC(p.coldOut) + solved('coldOut')));
  out.push(
    row(
      'mass flow',
      `${sig(p.hotFlow)} kg/s${solved('hotFlow')}`,
      `${sig(p.coldFlow)} kg/s${solved('coldFlow')}`,
    ),
  );
  out.push(row('volume flow', `${sig(p.hotVolumeFlow * 1000)} L/s`, `${sig(p.coldVolumeFlow * 1000)} L/s`));
  out.push(row('cp', `${sig(p.hotCp)} J/(kg·K)`, `${sig(p.coldCp)} J/(kg·K)`));
  out.push(
    row('capacity rate', `${sig(p.hotCapacityRate / 1000)} kW/K`, `${sig(p.coldCapacityRate / 1000)} kW/K`),
  );
  out.push(kv('duty', `${sig(p.duty / 1000)} kW${solved('duty')}`));
  out.push(
    kv(
      'LMTD',
      `${p.lmtd.toFixed(2)} K${p.arrangement === 'counterflow' || p.arrangement === 'parallel' ? '' : ` (counterflow), F = ${p.lmtdCorrection.toFixed(4)}`}`,
    ),
  );
  out.push(kv('UA', `${sig(p.ua / 1000)} kW/K`));
  out.push(kv('NTU', p.ntu.toFixed(3)));
  out.push(kv('effectiveness ε', p.effectiveness.toFixed(4)));
  out.push(kv('Cr', `${p.cr.toFixed(4)} (Cmin on the ${p.minSide} side)`));
  out.push(kv('approach', `${p.approach.toFixed(2)} K`));
  if (d) {
    const g = d.geometry;
    out.push('');
    out.push(
      `Plate pack${preset ? ` (preset ${preset})` : ''}: chevron ${sig((g.chevronAngle * 180) / Math.PI, 3)}°, ` +
        `${sig(g.plateWidth, 3)} m × ${sig(g.portLength, 3)} m, gap ${sig(g.plateGap * 1000, 3)} mm, ` +
        `plate ${sig(g.plateThickness * 1000, 3)} mm at ${sig(g.plateConductivity, 3)} W/(m·K), Φ ${sig(g.enlargementFactor, 3)}, ` +
        `port ${sig(g.portDiameter * 1000, 3)} mm`,
    );
    out.push(
      kv(
        'plates',
        `${d.plates} (${d.thermalPlates} thermal; ${d.hot.channels} hot / ${d.cold.channels} cold channels)`,
      ),
    );
    out.push(
      kv(
        'area',
        `${sig(d.area)} m² (required ${sig(d.areaRequired)} m², margin ${d.margin >= 0 ? '+' : ''}${sig(d.margin * 100, 3)} %)`,
      ),
    );
    out.push(kv('U', `${sig(d.u)} W/(m²·K) (clean ${sig(d.uClean)} W/(m²·K))`));
    out.push(kv('UA', `${sig(d.ua / 1000)} kW/K (required ${sig(d.uaRequired / 1000)} kW/K)`));
    out.push(kv('duty capacity', `${sig(d.dutyCapacity / 1000)} kW at the nominal inlets and flows`));
    out.push(row('', 'hot', 'cold'));
    out.push(row('channel velocity', `${sig(d.hot.velocity, 3)} m/s`, `${sig(d.cold.velocity, 3)} m/s`));
    out.push(row('Reynolds', sig(d.hot.reynolds), sig(d.cold.reynolds)));
    out.push(row('h', `${sig(d.hot.h)} W/(m²·K)`, `${sig(d.cold.h)} W/(m²·K)`));
    out.push(row('port velocity', `${sig(d.hot.portVelocity, 3)} m/s`, `${sig(d.cold.portVelocity, 3)} m/s`));
    out.push(
      row(
        'pressure drop',
        `${sig(d.hot.pressureDrop / 1000, 3)} kPa`,
        `${sig(d.cold.pressureDrop / 1000, 3)} kPa`,
      ),
    );
    out.push(
      row(
        '  channels + ports',
        `${sig(d.hot.channelPressureDrop / 1000, 3)} + ${sig(d.hot.portPressureDrop / 1000, 3)} kPa`,
        `${sig(d.cold.channelPressureDrop / 1000, 3)} + ${sig(d.cold.portPressureDrop / 1000, 3)} kPa`,
      ),
    );
  }
  return out;
}
