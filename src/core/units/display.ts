/**
 * The display units of the SI / imperial switch: every displayed quantity has a *kind*; each kind names the
 * SI unit the core stores it in and the unit it is shown in for each system (a unit string `quantity()`
 * parses back) with its label. The app's imperial toggle and the CLI's `--units imperial` both read this table.
 */
import { convert } from './convert';

export type UnitSystem = 'SI' | 'imperial';

export interface DisplayUnit {
  /** Unit string (what an edit typed as a bare number is stored with). */
  unit: string;
  /** What people read beside the value. */
  label: string;
}

interface KindDef {
  /** Unit the core uses for this kind (SI, or MWh for energy totals). */
  si: string;
  SI: DisplayUnit;
  imperial: DisplayUnit;
}

const same = (unit: string, label: string): { SI: DisplayUnit; imperial: DisplayUnit } => ({
  SI: { unit, label },
  imperial: { unit, label },
});

/** Quantity kinds (stored unit, SI display, imperial display). */
export const DISPLAY_UNITS = {
  temperature: { si: 'K', SI: { unit: 'degC', label: '°C' }, imperial: { unit: 'degF', label: '°F' } },
  temperatureDifference: {
    si: 'K',
    SI: { unit: 'K', label: 'K' },
    imperial: { unit: 'degR', label: 'Δ°F' },
  },
  power: { si: 'W', SI: { unit: 'kW', label: 'kW' }, imperial: { unit: 'BTU/h', label: 'BTU/h' } },
  /** Electric power (pumps, fans, miners, compressors): kW in both systems, as US meters and motor data give it. */
  electricPower: { si: 'W', ...same('kW', 'kW') },
  energy: { si: 'MWh', SI: { unit: 'MWh', label: 'MWh' }, imperial: { unit: 'MMBTU', label: 'MMBtu' } },
  /** Electricity over a period: MWh in both systems, as it is metered and billed. */
  electricEnergy: { si: 'MWh', ...same('MWh', 'MWh') },
  volumeFlow: { si: 'm^3/s', SI: { unit: 'L/s', label: 'L/s' }, imperial: { unit: 'gpm', label: 'gpm' } },
  smallVolumeFlow: {
    si: 'm^3/s',
    SI: { unit: 'L/min', label: 'L/min' },
    imperial: { unit: 'gpm', label: 'gpm' },
  },
  massFlow: { si: 'kg/s', SI: { unit: 'kg/s', label: 'kg/s' }, imperial: { unit: 'lb/h', label: 'lb/h' } },
  area: { si: 'm^2', SI: { unit: 'm^2', label: 'm²' }, imperial: { unit: 'ft^2', label: 'ft²' } },
  volume: { si: 'm^3', SI: { unit: 'm^3', label: 'm³' }, imperial: { unit: 'ft^3', label: 'ft³' } },
  length: { si: 'm', SI: { unit: 'm', label: 'm' }, imperial: { unit: 'ft', label: 'ft' } },
  pressure: { si: 'Pa', SI: { unit: 'kPa', label: 'kPa' }, imperial: { unit: 'psi', label: 'psi' } },
  head: { si: 'Pa', SI: { unit: 'kPa', label: 'kPa' }, imperial: { unit: 'ftH2O', label: 'ft of head' } },
  velocity: { si: 'm/s', SI: { unit: 'm/s', label: 'm/s' }, imperial: { unit: 'ft/s', label: 'ft/s' } },
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
  specificHeat: {
    si: 'J/(kg K)',
    SI: { unit: 'J/(kg K)', label: 'J/(kg·K)' },
    imperial: { unit: 'BTU/(lb degR)', label: 'BTU/(lb·°F)' },
  },
  pipePerArea: {
    si: 'm^-1',
    SI: { unit: 'm/m^2', label: 'm/m²' },
    imperial: { unit: 'ft/ft^2', label: 'ft/ft²' },
  },
  /** A yearly energy per floor area (energy use intensity): GJ/m², or kBtu/ft² as US building EUI is given. */
  energyPerArea: {
    si: 'GJ/m^2',
    SI: { unit: 'GJ/m^2', label: 'GJ/m²' },
    imperial: { unit: 'kBTU/ft^2', label: 'kBtu/ft²' },
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

export type DisplayKind = keyof typeof DISPLAY_UNITS;

/** The unit `kind` is shown in under `system`. */
export function displayUnitOf(kind: DisplayKind, system: UnitSystem): DisplayUnit {
  return DISPLAY_UNITS[kind][system];
}

/** An SI value of `kind` in the display unit of `system`. */
export function toDisplayUnit(si: number, kind: DisplayKind, system: UnitSystem): number {
  const k = DISPLAY_UNITS[kind];
  const d = k[system];
  if (kind === 'fraction') return si * 100;
  if (d.unit === k.si || d.unit === '') return si;
  return convert(si, k.si, d.unit);
}

/** A display value of `kind` back to SI (inverse of `toDisplayUnit`). */
export function fromDisplayUnit(shown: number, kind: DisplayKind, system: UnitSystem): number {
  const k = DISPLAY_UNITS[kind];
  const d = k[system];
  if (kind === 'fraction') return shown / 100;
  if (d.unit === k.si || d.unit === '') return shown;
  return convert(shown, d.unit, k.si);
}
