/**
 * The Telemetry tab's words for people: a measured channel by its label in the core's OUTPUTS table, a
 * parameter to fit by its editor label (lib/fields.ts) with its range in the app's unit system, and the
 * fitted values the same way. Channel ids are shown only where the user types them (the column map).
 */
import { outputInfo, paramInfo, quantity } from '../../../core';
import { FIELDS_BY_PATH } from '../../lib/fields';
import { displayUnit, formatNumber, type Kind, toDisplay, type UnitSystem } from '../../lib/units';

/** A measured channel's label ("Miner heat to greenhouse"); the id when it is not an hourly output. */
export function channelLabel(id: string): string {
  const label = outputInfo(id, 'hourly')?.label;
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : id;
}

/** Channels a column map names most often (the core's hint), for the map's help: id and label. */
export const MAPPED_CHANNELS = [
  'heatToGreenhouse',
  'backupHeat',
  'minerElectricPower',
  'hxColdOutT',
  'supplyT',
  'greenhouseAirT',
] as const;

/** An editor's numeric field by path: its label and display kind (undefined for others). */
function numericField(path: string): { label: string; kind: Kind } | undefined {
  const f = FIELDS_BY_PATH.get(path)?.def;
  if (f?.type === 'quantity') return { label: f.label, kind: f.kind };
  if (f?.type === 'integer') return { label: f.label, kind: 'plain' };
  return undefined;
}

/** A parameter's SI value from a number in `unit` ("10" "degC" → 283.15 K), through the core's unit parser. */
function siOf(path: string, x: number | string, unit: string): number {
  const si = paramInfo(path)?.unit ?? '';
  const text = typeof x === 'string' ? x : unit ? `${x} ${unit}` : x;
  return quantity(text, si, path);
}

/** A value of `kind` as read: three significant digits with its display unit ("753 ft²", "30 %"). */
function shown(si: number, kind: Kind, units: UnitSystem): string {
  const x = toDisplay(si, kind, units);
  const unit = displayUnit(kind, units).label;
  return `${formatNumber(Number(x.toPrecision(3)), 3)}${unit ? ` ${unit}` : ''}`;
}

export interface FitChoiceView {
  path: string;
  /** The editor's label ("Plate area"). */
  label: string;
  /** The searched range in the display unit system ("108–10,800 ft²"). */
  range: string;
}

/**
 * A parameter the fit offers, for people: its editor label and range in `units`; undefined for a path the
 * editor does not show (the deprecated greenhouse.screenSaving: the screen's saving is now computed).
 */
export function fitChoiceView(
  c: { path: string; unit: string; lower: number; upper: number },
  units: UnitSystem,
): FitChoiceView | undefined {
  const field = numericField(c.path);
  if (!field) return undefined;
  const [a, b] = [c.lower, c.upper].map((x) => toDisplay(siOf(c.path, x, c.unit), field.kind, units)) as [
    number,
    number,
  ];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const unit = displayUnit(field.kind, units).label;
  const n = (x: number) => formatNumber(Number(x.toPrecision(3)), 3);
  return { path: c.path, label: field.label, range: `${n(lo)}–${n(hi)}${unit ? ` ${unit}` : ''}` };
}

/** Fitted values for people: "Air leakage = 0.8 1/h, Plate area = 753 ft²" (the written value if unreadable). */
export function fittedText(fitted: Record<string, string>, units: UnitSystem): string {
  return Object.entries(fitted)
    .map(([path, value]) => {
      const field = numericField(path);
      if (!field) return `${path} = ${value}`;
      let text = value;
      try {
        text = shown(siOf(path, value, ''), field.kind, units);
      } catch {
        // a value the unit parser does not read is shown as written
      }
      return `${field.label} = ${text}`;
    })
    .join(', ');
}

/** An area as read in `units` ("70 m²", "753 ft²"), for the example's description. */
export const areaText = (m2: number, units: UnitSystem): string => shown(m2, 'area', units);

/** The core's import notes and errors in the app's words: the CLI's --map is the tab's column map. */
export const noteText = (n: string): string =>
  n.replace(/\bin --map\b/g, 'in the column map').replace(/--map\b/g, 'column map');
