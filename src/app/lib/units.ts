/**
 * Display units: the global SI / imperial switch. Every displayed quantity has a *kind*; each kind names the
 * unit it is shown in for each system (as a mathjs unit string that `quantity()` parses back) and its label.
 * Conversions go through mathjs (`convert` from the core), so temperatures convert with their offsets.
 */
import { convert } from '../../core/units';

export type UnitSystem = 'SI' | 'imperial';

export interface DisplayUnit {
  /** mathjs unit string (what an edit typed as a bare number is stored with). */
  unit: string;
  /** What people read beside the field. */
  label: string;
}

interface KindDef {
  /** SI unit the core uses for this kind. */
  si: string;
  SI: DisplayUnit;
  imperial: DisplayUnit;
}

const same = (unit: string, label: string): { SI: DisplayUnit; imperial: DisplayUnit } => ({
  SI: { unit, label },
  imperial: { unit, label },
});

/** Quantity kinds shown in the app (SI base unit, SI display, imperial display). */
export const KINDS = {
  temperature: { si: 'K', SI: { unit: 'degC', label: '°C' }, imperial: { unit: 'degF', label: '°F' } },
  temperatureDifference: {
    si: 'K',
    SI: { unit: 'K', label: 'K' },
    imperial: { unit: 'degR', label: 'Δ°F' },
  },
  power: { si: 'W', SI: { unit: 'kW', label: 'kW' }, imperial: { unit: 'BTU/h', label: 'BTU/h' } },
  energy: { si: 'MWh', SI: { unit: 'MWh', label: 'MWh' }, imperial: { unit: 'MMBTU', label: 'MMBtu' } },
  volumeFlow: { si: 'm^3/s', SI: { unit: 'L/s', label: 'L/s' }, imperial: { unit: 'gpm', label: 'gpm' } },
  smallVolumeFlow: {
    si: 'm^3/s',
    SI: { unit: 'L/min', label: 'L/min' },
    imperial: { unit: 'gpm', label: 'gpm' },
  },
  area: { si: 'm^2', SI: { unit: 'm^2', label: 'm²' }, imperial: { unit: 'ft^2', label: 'ft²' } },
  volume: { si: 'm^3', SI: { unit: 'm^3', label: 'm³' }, imperial: { unit: 'ft^3', label: 'ft³' } },
  length: { si: 'm', SI: { unit: 'm', label: 'm' }, imperial: { unit: 'ft', label: 'ft' } },
  pressure: { si: 'Pa', SI: { unit: 'kPa', label: 'kPa' }, imperial: { unit: 'psi', label: 'psi' } },
  conductance: {
    si: 'W/K',
    SI: { unit: 'kW/K', label: 'kW/K' },
    imperial: { unit: 'BTU/h/degR', label: 'BTU/h·°F' },
  },
  smallConductance: {
    si: 'W/K',
    SI: { unit: 'W/K', label: 'W/K' },
    imperial: { unit: 'BTU/h/degR', label: 'BTU/h·°F' },
  },
  heatTransferCoefficient: {
    si: 'W/(m^2 K)',
    SI: { unit: 'W/(m^2 K)', label: 'W/m²·K' },
    imperial: { unit: 'BTU/h/(ft^2 degR)', label: 'BTU/h·ft²·°F' },
  },
  pipePerArea: {
    si: 'm^-1',
    SI: { unit: 'm/m^2', label: 'm/m²' },
    imperial: { unit: 'ft/ft^2', label: 'ft/ft²' },
  },
  massFluxPerArea: {
    si: 'kg/(s m^2)',
    SI: { unit: 'kg/(s m^2)', label: 'kg/s·m²' },
    imperial: { unit: 'lb/(h ft^2)', label: 'lb/h·ft²' },
  },
  airChanges: { si: 's^-1', ...same('h^-1', '1/h') },
  fraction: { si: '', ...same('%', '%') },
  duration: { si: 's', ...same('min', 'min') },
  price: { si: 'USD/kWh', ...same('USD/kWh', 'USD/kWh') },
  plain: { si: '', ...same('', '') },
} as const satisfies Record<string, KindDef>;

export type Kind = keyof typeof KINDS;

/** Normalise the unit strings we store ("BTU/h" → "BTUh") the way the core's parser does. */
function mathUnit(unit: string): string {
  return unit.replace(/BTU\/h/g, 'BTUh').replace(/MMBTU/g, 'BTU');
}

/** The unit `kind` is shown in under `system`. */
export function displayUnit(kind: Kind, system: UnitSystem): DisplayUnit {
  return KINDS[kind][system];
}

/** An SI value of `kind` in the display unit of `system` (mathjs conversion). */
export function toDisplay(si: number, kind: Kind, system: UnitSystem): number {
  const k = KINDS[kind];
  const d = k[system];
  if (kind === 'fraction') return si * 100;
  if (d.unit === k.si || d.unit === '') return si;
  const scale = d.unit === 'MMBTU' ? 1e-6 : 1;
  return convert(si, k.si, mathUnit(d.unit)) * scale;
}

/** A display value of `kind` back to SI (inverse of `toDisplay`). */
export function fromDisplay(shown: number, kind: Kind, system: UnitSystem): number {
  const k = KINDS[kind];
  const d = k[system];
  if (kind === 'fraction') return shown / 100;
  if (d.unit === k.si || d.unit === '') return shown;
  const scale = d.unit === 'MMBTU' ? 1e6 : 1;
  return convert(shown * scale, mathUnit(d.unit), k.si);
}

/** A plain number for an input box: up to `digits` significant digits, no exponent for usual magnitudes. */
export function formatInput(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return '';
  if (x === 0) return '0';
  const r = Number(x.toPrecision(digits));
  const a = Math.abs(r);
  if (a >= 1e-4 && a < 1e12) {
    // toPrecision may use exponent notation; Number → String gives plain digits in this range.
    return String(r);
  }
  return r.toExponential();
}

/** "12.3 kW" style text with grouping, `digits` significant digits (for cards and tooltips). */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const maxFrac = a === 0 ? 0 : Math.max(0, Math.min(6, digits - 1 - Math.floor(Math.log10(a))));
  return x.toLocaleString('en-US', { maximumFractionDigits: maxFrac, minimumFractionDigits: 0 });
}

/** The text to store for a bare number typed in a field shown in `unit` ("3" + "ha" → "3 ha"). */
export function withUnit(number: string, unit: string): string {
  const n = number.trim();
  return unit ? `${n} ${unit}` : n;
}

/** True when the text is a bare number (no unit written), e.g. "12", "-3.5", "1e3". */
export function isBareNumber(text: string): boolean {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text);
}

/** A power for reading: kW below 10 MW, MW above (SI); BTU/h, or MMBtu/h above 10 million (imperial). */
export function formatPower(watts: number, system: UnitSystem): string {
  if (system === 'SI') {
    return watts >= 1e7 ? `${formatNumber(watts / 1e6, 3)} MW` : `${formatNumber(watts / 1e3, 3)} kW`;
  }
  const btuh = toDisplay(watts, 'power', 'imperial');
  return btuh >= 1e7 ? `${formatNumber(btuh / 1e6, 3)} MMBtu/h` : `${formatNumber(btuh, 3)} BTU/h`;
}
