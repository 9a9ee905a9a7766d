/**
 * Display formatting of the core's SI numbers for the scene's labels, tooltips, inspect panel and top bar.
 * The unit system is the one the app passes in (TwinSceneProps.units, the core's `UnitSystem`). Conversions go
 * through the core's display-unit table (`toDisplayUnit`: temperature, temperature difference, power, area —
 * the same as the app's unit switch) or its `convert` (mathjs) for the units the table has no kind for; this
 * file only chooses the display unit and the digits. Every kind has an imperial form: no SI unit is shown
 * when the system is imperial.
 */
import { convert, toDisplayUnit, type UnitSystem } from '../../core';

export type Units = UnitSystem;
/** Kinds of quantity the scene shows (the core's SI unit in brackets). */
export type QuantityKind =
  | 'temperature' // K
  | 'deltaT' // K
  | 'power' // W
  | 'electricPower' // W (kW or MW in both unit systems, as meters and motor data give it)
  | 'energy' // J
  | 'massFlow' // kg/s
  | 'fraction' // 0–1
  | 'conductance' // W/K
  | 'hashrate' // hash/s
  | 'area' // m²
  | 'volume' // m³
  | 'irradiance' // W/m²
  | 'count';

const nf = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const F0 = nf(0);
const F1 = nf(1);
const F2 = nf(2);

function fixed(x: number, digits: number): string {
  const s = (digits === 0 ? F0 : digits === 1 ? F1 : F2).format(x);
  return s === '-0' || s === '-0.0' || s === '-0.00' ? s.slice(1) : s;
}

/** A number and its unit, formatted for display ("78.7 °C", "2.69 MW"); "—" when the value is not finite. */
export function formatQuantity(value: number, kind: QuantityKind, units: Units): string {
  if (!Number.isFinite(value)) return '—';
  switch (kind) {
    case 'temperature':
      return `${fixed(toDisplayUnit(value, 'temperature', units), 1)} ${units === 'SI' ? '°C' : '°F'}`;
    case 'deltaT':
      // A temperature difference: kelvin to Rankine (no offset).
      return `${fixed(toDisplayUnit(value, 'temperatureDifference', units), 1)} ${units === 'SI' ? 'K' : '°F'}`;
    case 'power': {
      if (units === 'imperial') {
        const btuh = toDisplayUnit(value, 'power', 'imperial');
        const a = Math.abs(btuh);
        if (a >= 1e6) return `${fixed(btuh / 1e6, 2)} MMBtu/h`;
        if (a >= 1e3) return `${fixed(btuh / 1e3, 0)} kBtu/h`;
        return `${fixed(btuh, 0)} Btu/h`;
      }
      const a = Math.abs(value);
      if (a >= 1e6) return `${fixed(value / 1e6, 2)} MW`;
      if (a >= 1e3) return `${fixed(value / 1e3, 1)} kW`;
      return `${fixed(value, 0)} W`;
    }
    case 'electricPower':
      return formatQuantity(value, 'power', 'SI');
    case 'energy': {
      if (units === 'imperial') return `${fixed(convert(value, 'J', 'BTU') / 1e6, 0)} MMBtu`;
      const mwh = value / 3.6e9;
      return Math.abs(mwh) >= 1000 ? `${fixed(mwh / 1000, 2)} GWh` : `${fixed(mwh, 0)} MWh`;
    }
    case 'massFlow':
      return units === 'SI' ? `${fixed(value, 1)} kg/s` : `${fixed(convert(value, 'kg/s', 'lb/s'), 1)} lb/s`;
    case 'fraction':
      return `${fixed(value * 100, 0)} %`;
    case 'conductance':
      return units === 'SI'
        ? `${fixed(value / 1e3, 1)} kW/K`
        : `${fixed(convert(value, 'W/K', 'BTUh/degR') / 1e3, 1)} kBtu/h·°F`;
    case 'hashrate':
      return value >= 1e18 ? `${fixed(value / 1e18, 2)} EH/s` : `${fixed(value / 1e15, 1)} PH/s`;
    case 'area':
      if (units === 'imperial') return `${fixed(toDisplayUnit(value, 'area', 'imperial'), 0)} ft²`;
      return value >= 1e4 ? `${fixed(value / 1e4, 2)} ha` : `${fixed(value, 0)} m²`;
    case 'volume':
      return units === 'SI' ? `${fixed(value, 0)} m³` : `${fixed(convert(value, 'm^3', 'gallon'), 0)} gal`;
    case 'irradiance':
      return units === 'SI'
        ? `${fixed(value, 0)} W/m²`
        : `${fixed(convert(value, 'W/m^2', 'BTU/h/ft^2'), 0)} Btu/h·ft²`;
    case 'count':
      return fixed(value, 0);
  }
}
