/**
 * The proposal's one formatter: every number in the document goes through it, in the app's unit system
 * (lib/units.ts) and the scenario's economics currency, so a quantity is never written two ways.
 */
import { displayUnit, formatNumber, formatPower, toDisplay, type UnitSystem } from '../../lib/units';

export interface DocFormat {
  units: UnitSystem;
  currency: string;
  /** A yearly energy (MWh in SI) with its unit: "5,430 MWh" / "18,500 MMBtu". */
  energy(mwh: number): string;
  /** The energy unit label alone ("MWh" / "MMBtu"). */
  energyUnit: string;
  /** Energy in display units, a bare number (for tables whose head names the unit). */
  energyNumber(mwh: number): string;
  /** Energy in display units rounded to a whole number (table rows that must add up exactly). */
  energyWhole(mwh: number): number;
  /** Energy in display units, not rounded (for `wholeParts`). */
  energyValue(mwh: number): number;
  /** A whole number with grouping and a true minus sign. */
  whole(x: number): string;
  /** A volume flow (m³/s): L/s or gpm. */
  flow(m3s: number): string;
  /** A heat power: kW / MW, or BTU/h / MMBtu/h. */
  power(watts: number): string;
  area(m2: number): string;
  /** A heat-transfer coefficient (W/(m²·K)): "4,500 W/m²·K" / "792 BTU/h·ft²·°F". */
  uValue(wPerM2K: number): string;
  /** A conductance UA (W/K): "36 kW/K" / "68,200 BTU/h·°F". */
  conductance(wPerK: number): string;
  temperature(kelvin: number): string;
  length(m: number): string;
  /** Money with the currency: "1.23 M USD", "48,200 USD". */
  money(x: number): string;
  /** Money as a whole number, no currency (table cells; the head names it). */
  moneyCell(x: number): string;
  /** A fraction as a percentage: 0.874 → "87 %". */
  percent(fraction: number, digits?: number): string;
  /** Tonnes of CO₂ (metric tonnes in both systems, as emissions are reported). */
  co2(t: number): string;
  count(n: number): string;
}

const MINUS = '\u2212';
/** Between a number and its unit: a no-break space, so "93 %" never wraps. */
const NB = '\u00a0';

function signed(text: string, x: number): string {
  return x < 0 && /[1-9]/.test(text) ? `${MINUS}${text.replace(/^-/, '')}` : text.replace(/^-/, '');
}

export function docFormat(units: UnitSystem, currency: string): DocFormat {
  const eu = displayUnit('energy', units).label;
  type Kind = 'area' | 'length' | 'energy' | 'volumeFlow' | 'heatTransferCoefficient' | 'conductance';
  const quantity = (si: number, kind: Kind, digits: number) => {
    const x = toDisplay(si, kind, units);
    return signed(formatNumber(Number(x.toPrecision(digits)), digits), x);
  };
  const energyNumber = (mwh: number) => quantity(mwh, 'energy', 3);
  return {
    units,
    currency,
    energy: (mwh) => `${energyNumber(mwh)}${NB}${eu}`,
    energyUnit: eu,
    energyNumber,
    energyWhole: (mwh) => Math.round(toDisplay(mwh, 'energy', units)),
    energyValue: (mwh) => toDisplay(mwh, 'energy', units),
    whole: (x) => signed(Math.round(Math.abs(x)).toLocaleString('en-US'), Math.round(x)),
    flow: (q) => `${quantity(q, 'volumeFlow', 3)}${NB}${displayUnit('volumeFlow', units).label}`,
    power: (w) => formatPower(w, units).replace(' ', NB),
    area: (m2) => `${quantity(m2, 'area', 3)}${NB}${displayUnit('area', units).label}`,
    uValue: (u) =>
      `${quantity(u, 'heatTransferCoefficient', 3)}${NB}${displayUnit('heatTransferCoefficient', units).label}`,
    conductance: (ua) => `${quantity(ua, 'conductance', 3)}${NB}${displayUnit('conductance', units).label}`,
    length: (m) => `${quantity(m, 'length', 3)}${NB}${displayUnit('length', units).label}`,
    temperature: (k) => {
      const x = toDisplay(k, 'temperature', units);
      return `${signed(formatNumber(Math.round(x), 4), x)}${NB}${displayUnit('temperature', units).label}`;
    },
    money: (x) => {
      const a = Math.abs(x);
      const text = a >= 1e6 ? `${formatNumber(a / 1e6, 3)}${NB}M` : Math.round(a).toLocaleString('en-US');
      return `${signed(text, x)}${NB}${currency}`;
    },
    moneyCell: (x) => signed(Math.round(Math.abs(x)).toLocaleString('en-US'), Math.round(x)),
    percent: (f, digits = 2) => `${formatNumber(Number((f * 100).toPrecision(digits)), digits)}${NB}%`,
    co2: (t) => `${formatNumber(Number(t.toPrecision(3)), 3)}${NB}t`,
    count: (n) => Math.round(n).toLocaleString('en-US'),
  };
}

/**
 * Whole numbers for parts (each ≥ 0) that add up to the rounded sum of the parts: each part rounded down, then
 * the units left over given to the parts with the largest remainders (Hamilton's largest-remainder method). A
 * table of rounded rows then adds up to its rounded total by hand, and no row goes negative, which taking the
 * last row as the remainder did (a loss of −1 MWh where the loss is 0.0004 MWh).
 */
export function wholeParts(parts: readonly number[]): number[] {
  const x = parts.map((p) => Math.max(0, p));
  const floors = x.map(Math.floor);
  let left = Math.round(x.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = x.map((v, i) => [v - floors[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}
