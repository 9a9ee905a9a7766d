/**
 * The Sweep tab's pure logic: which parameters can be swept (the editor's numeric fields, with the range and
 * SI unit of their one declaration in the core), the from/to/points form checked in display units with
 * messages naming the field, the value and the allowed range, the KPIs to plot (the core's OUTPUTS table)
 * in the display unit system, and the CSV of the points.
 */
import { type Kpis, OUTPUTS, type OutputInfo, paramInfo, type Scenario, ZERO_CELSIUS } from '../../core';
import { MAX_SWEEP_POINTS, MIN_SWEEP_POINTS, type SweepPoint, sweepGrid } from '../../worker/sweep';
import { editorGroups } from './fields';
import {
  displayUnit,
  formatInput,
  formatNumber,
  fromDisplay,
  type Kind,
  toDisplay,
  type UnitSystem,
} from './units';

export { MAX_SWEEP_POINTS, MIN_SWEEP_POINTS };

/** A parameter the Sweep tab offers. */
export interface SweepParam {
  path: string;
  /** The editor's label ("Floor area"). */
  label: string;
  /** The editor group's title ("Greenhouse"), for grouping the choices. */
  group: string;
  kind: Kind;
  integer: boolean;
  /** Declared range, SI. */
  min: number;
  max: number;
}

/** Fields that are numerical settings rather than design choices. */
const NOT_SWEPT = new Set(['simulation.timeStep']);

/** Every numeric editor field with a declared range (the editor's labels; ranges from the core). */
export function sweepParams(): SweepParam[] {
  const none = { miners: [], dryCoolers: [], plateExchangers: [], covers: [] };
  const out: SweepParam[] = [];
  for (const g of editorGroups(none)) {
    for (const f of g.fields) {
      if ((f.type !== 'quantity' && f.type !== 'integer') || NOT_SWEPT.has(f.path)) continue;
      const info = paramInfo(f.path);
      if (info?.min === undefined || info.max === undefined) continue;
      const integer = f.type === 'integer';
      const kind: Kind = f.type === 'quantity' ? f.kind : 'plain';
      out.push({ path: f.path, label: f.label, group: g.title, kind, integer, min: info.min, max: info.max });
    }
  }
  return out;
}

/** The parameter's display unit label ('' for plain numbers). */
export function paramUnit(p: SweepParam, units: UnitSystem): string {
  return displayUnit(p.kind, units).label;
}

/** An SI value of the parameter as shown (display unit). */
export const shownValue = (p: SweepParam, si: number, units: UnitSystem): number =>
  toDisplay(si, p.kind, units);

/** The declared range in display units, low to high (°F and °C keep the order). */
export function shownRange(p: SweepParam, units: UnitSystem): [number, number] {
  const a = shownValue(p, p.min, units);
  const b = shownValue(p, p.max, units);
  return a <= b ? [a, b] : [b, a];
}

/** `x` rounded to `digits` significant digits, up or down (a range shown rounded stays inside the declared one). */
function roundSig(x: number, digits: number, up: boolean): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
  const n = x / step;
  return Number(((up ? Math.ceil(n - 1e-9) : Math.floor(n + 1e-9)) * step).toPrecision(digits));
}

/**
 * The declared range's ends as people read them: imperial ends are converted numbers ("107.639" and
 * "107,639,104" ft²), so they are rounded inward to 4 significant digits ("107.7", "107,600,000": every value
 * shown is allowed); SI ends are shown as declared.
 */
export function rangeEnds(p: SweepParam, units: UnitSystem): { lo: string; hi: string; unit: string } {
  let [lo, hi] = shownRange(p, units);
  if (units === 'imperial') [lo, hi] = [roundSig(lo, 4, true), roundSig(hi, 4, false)];
  return { lo: formatNumber(lo, 6), hi: formatNumber(hi, 6), unit: paramUnit(p, units) };
}

/** The range's ends with their unit: "10 m² and 10,000,000 m²" (rangeEnds). */
function rangeText(p: SweepParam, units: UnitSystem): { text: string; unit: string } {
  const r = rangeEnds(p, units);
  const u = r.unit ? ` ${r.unit}` : '';
  return { text: `${r.lo}${u} and ${r.hi}${u}`, unit: r.unit };
}

/**
 * A quantity field's declared range as its messages show it ("between 10 m² and 10,000,000 m²", imperial rounded
 * inward like the Sweep tab's), with its display unit; undefined where the core declares no range.
 */
export function fieldRange(
  path: string,
  kind: Kind,
  units: UnitSystem,
): { text: string; unit: string } | undefined {
  const info = paramInfo(path);
  if (info?.min === undefined || info.max === undefined) return undefined;
  // "0 (none) or at least …" (a buffer tank's volume): the range after the 0 starts at that least value
  const least = info.zeroOrAtLeast;
  const min = least ?? info.min;
  const r = rangeText({ path, label: '', group: '', kind, integer: false, min, max: info.max }, units);
  const zero = least !== undefined ? '0 (none) or ' : '';
  return { text: `${zero}between ${r.text}`, unit: r.unit };
}

/** Default from/to: half to one and a half times the current value, within the range; the range without one. */
export function defaultBounds(p: SweepParam, current: number | undefined, units: UnitSystem) {
  const [lo, hi] = shownRange(p, units);
  const clamp = (x: number) => Math.min(hi, Math.max(lo, x));
  if (current === undefined || !Number.isFinite(current))
    return { from: formatInput(lo), to: formatInput(hi) };
  const c = shownValue(p, current, units);
  const spread = p.kind === 'temperature' || p.kind === 'temperatureDifference' ? 5 : Math.abs(c) * 0.5 || 1;
  const round = (x: number) => (p.integer ? Math.round(x) : +x.toPrecision(3));
  return { from: formatInput(round(clamp(c - spread))), to: formatInput(round(clamp(c + spread))) };
}

export interface SweepForm {
  from: string;
  to: string;
  points: string;
}

/** The form's messages by field, or the SI values to simulate. */
export type SweepPlan =
  | { ok: true; values: number[]; shown: number[] }
  | { ok: false; errors: Partial<SweepForm> };

const FIELD_NAMES: Record<keyof SweepForm, string> = { from: 'From', to: 'To', points: 'Points' };

function boundOf(key: 'from' | 'to', text: string, p: SweepParam, units: UnitSystem): number | string {
  const unit = paramUnit(p, units);
  const [lo, hi] = shownRange(p, units);
  const t = text.trim();
  const x = Number(t);
  const range = rangeText(p, units).text;
  const said = `${FIELD_NAMES[key]} = "${text}"${unit ? ` ${unit}` : ''}`;
  if (t === '' || !Number.isFinite(x)) return `${said}: a number between ${range}`;
  if (x < lo - 1e-9 * Math.abs(lo) || x > hi + 1e-9 * Math.abs(hi)) {
    return `${said}: ${p.label} must be between ${range}`;
  }
  if (p.integer && !Number.isInteger(x)) return `${said}: ${p.label} is a whole number`;
  return x;
}

/** Check the form (display units) and turn it into the values to simulate (SI) and as shown. */
export function planSweep(form: SweepForm, p: SweepParam, units: UnitSystem): SweepPlan {
  const errors: Partial<SweepForm> = {};
  const from = boundOf('from', form.from, p, units);
  const to = boundOf('to', form.to, p, units);
  const n = Number(form.points.trim());
  if (typeof from === 'string') errors.from = from;
  if (typeof to === 'string') errors.to = to;
  if (!(Number.isInteger(n) && n >= MIN_SWEEP_POINTS && n <= MAX_SWEEP_POINTS)) {
    errors.points = `Points = "${form.points}": a whole number from ${MIN_SWEEP_POINTS} to ${MAX_SWEEP_POINTS} (each point is a full year, about a second)`;
  }
  if (typeof from === 'number' && typeof to === 'number' && from === to) {
    errors.to = `To = "${form.to}": must differ from From (${form.from})`;
  }
  if (Object.keys(errors).length || typeof from === 'string' || typeof to === 'string')
    return { ok: false, errors };
  let shown = sweepGrid(from, to, n);
  if (p.integer) {
    shown = shown.map(Math.round);
    if (new Set(shown).size < shown.length) {
      const most = Math.abs(to - from) + 1;
      return {
        ok: false,
        errors: {
          points: `Points = "${form.points}": at most ${most} whole numbers from ${form.from} to ${form.to}`,
        },
      };
    }
  }
  // Converted back from the display unit; a bound typed as the range's end stays inside it after rounding.
  const values = shown.map((x) => Math.min(p.max, Math.max(p.min, fromDisplay(x, p.kind, units))));
  return { ok: true, values, shown };
}

/** A KPI the tab can plot: its OUTPUTS entry and how it is shown. */
export interface SweepKpi {
  id: string;
  label: string;
  info: OutputInfo;
}

/** The numeric KPIs of the OUTPUTS table (not the currency code or the ledger's residual). */
export function sweepKpis(): SweepKpi[] {
  return OUTPUTS.filter(
    (o) => o.kind === 'kpi' && o.id !== 'currency' && o.id !== 'energyBalanceResidual',
  ).map((o) => ({ id: o.id, label: o.label.charAt(0).toUpperCase() + o.label.slice(1), info: o }));
}

/**
 * KPIs that stay zero without a piece of equipment, by the scenario section that adds it (a section whose
 * count, volume or capacity is 0 has none).
 */
const EQUIPMENT_KPIS: readonly { section: 'bufferTank' | 'heatPump' | 'aiRacks'; ids: RegExp }[] = [
  { section: 'bufferTank', ids: /^tank/ },
  { section: 'heatPump', ids: /^heatPump/ },
  { section: 'aiRacks', ids: /^ai|^hostingRevenue$/ },
];

/** Whether the scenario has the section's equipment. */
function has(s: Scenario, section: (typeof EQUIPMENT_KPIS)[number]['section']): boolean {
  if (section === 'bufferTank') return s.bufferTank.volume > 0;
  if (section === 'heatPump') return s.heatPump.capacity > 0;
  return s.aiRacks.count > 0;
}

/**
 * The KPIs worth offering for a sweep of `paramPath` on scenario `s`: without a tank, heat pump or AI racks their
 * KPIs are zero at every point, unless the swept parameter is that equipment's own (a tank volume from 0 up).
 * KPIs in `keep` (the ones already chosen) are always offered, so a choice is never lost.
 */
export function applicableKpis(
  all: readonly SweepKpi[],
  s: Scenario | null,
  paramPath: string,
  keep: readonly string[] = [],
): SweepKpi[] {
  if (!s) return [...all];
  const absent = EQUIPMENT_KPIS.filter((e) => !has(s, e.section) && !paramPath.startsWith(`${e.section}.`));
  return all.filter((k) => keep.includes(k.id) || !absent.some((e) => e.ids.test(k.id)));
}

/** A KPI's value in the display unit system, with its unit label ('$' reads as the run's currency). */
export function kpiShown(k: SweepKpi, kpis: Kpis, units: UnitSystem): { value: number; unit: string } {
  const raw = (kpis as unknown as Record<string, number | string>)[k.id];
  const x = typeof raw === 'number' ? raw : Number.NaN;
  return { value: convertKpi(k.info, x, units), unit: kpiUnit(k.info, units, String(kpis.currency ?? '')) };
}

/** KPI units (OUTPUTS) that are a display kind: the value converts with the unit system. */
const KPI_KINDS: Record<string, Kind> = {
  MWh: 'energy',
  kW: 'power',
  '°C': 'temperature',
  'GJ/m²': 'energyPerArea',
};
/** The KPI's unit in SI (the core's 'kW' and '°C' are not its stored W and K). */
const KPI_SCALE: Record<string, (x: number) => number> = {
  kW: (x) => x * 1e3,
  '°C': (x) => x + ZERO_CELSIUS,
};

/**
 * The display kind of a KPI: its unit's (KPI_KINDS), except electricity (minerElectricity_MWh, …), which stays
 * in MWh in either system, as it is metered and billed.
 */
function kpiKind(o: OutputInfo): Kind | undefined {
  if (o.unit === 'MWh' && o.id.endsWith('Electricity_MWh')) return 'electricEnergy';
  return KPI_KINDS[o.unit];
}

function convertKpi(o: OutputInfo, x: number, units: UnitSystem): number {
  if (o.display) return x * o.display.scale;
  const kind = kpiKind(o);
  if (kind) return toDisplay(KPI_SCALE[o.unit]?.(x) ?? x, kind, units);
  // a price per energy: per MMBtu is per MWh over the MMBtu in a MWh
  if (o.unit === '$/MWh') return x / toDisplay(1, 'energy', units);
  return x;
}

/** A KPI's unit label in the display unit system ('$' reads as the run's currency). */
export function kpiUnit(o: OutputInfo, units: UnitSystem, currency: string): string {
  if (o.display) return o.display.unit;
  const kind = kpiKind(o);
  if (kind) return displayUnit(kind, units).label;
  const money = currency || 'USD';
  if (o.unit === '$/MWh') return `${money}/${displayUnit('energy', units).label}`;
  if (o.unit.startsWith('$')) return money + o.unit.slice(1);
  return o.unit === '–' ? '' : o.unit;
}

/** A value as the table shows it: 4 significant digits, grouped. */
export const formatSweepValue = (x: number): string => formatNumber(x, 4);

/** The points as CSV: the parameter, then each KPI, in the units shown (a header row with units). */
export function sweepCsv(p: SweepParam, kpis: SweepKpi[], points: SweepPoint[], units: UnitSystem): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const pu = paramUnit(p, units);
  const currency = String(points.find((pt) => pt.kpis)?.kpis?.currency ?? '');
  const head = [
    `${p.label}${pu ? ` (${pu})` : ''}`,
    ...kpis.map((k) => `${k.label} (${kpiUnit(k.info, units, currency) || '-'})`),
    'note',
  ];
  const rows = points.map((pt) => [
    String(+shownValue(p, pt.value, units).toPrecision(10)),
    ...kpis.map((k) => (pt.kpis ? String(+kpiShown(k, pt.kpis, units).value.toPrecision(10)) : '')),
    pt.error ?? '',
  ]);
  return `${[head, ...rows].map((r) => r.map(q).join(',')).join('\n')}\n`;
}
