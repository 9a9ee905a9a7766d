/**
 * Display formatting of the core's SI numbers for the scene's labels, tooltips and inspect panel.
 * Conversion factors (exact unless noted): 0 °C = 273.15 K; °F = °C × 9/5 + 32; 1 Btu_IT/h = 0.29307107 W
 * (ASHRAE Handbook — Fundamentals, ch. 38; rounded to 8 significant digits); 1 lb = 0.45359237 kg
 * (international pound, NIST SP 811 App. B); 1 Btu_IT = 1055.05585262 J; 1 MWh = 3.6 × 10⁹ J;
 * 1 TH/s = 10¹² hash/s.
 */

export type Units = 'SI' | 'imperial';
/** Kinds of quantity the scene shows (the core's SI unit in brackets). */
export type QuantityKind =
  | 'temperature' // K
  | 'deltaT' // K
  | 'power' // W
  | 'energy' // J
  | 'massFlow' // kg/s
  | 'fraction' // 0–1
  | 'conductance' // W/K
  | 'hashrate' // hash/s
  | 'area' // m²
  | 'volume' // m³
  | 'count';

export const ZERO_C = 273.15;
export const BTU_PER_HOUR_W = 0.29307107;
export const POUND_KG = 0.45359237;
/** International Table Btu, J (exact by definition, ISO 31-4 / NIST SP 811). */
export const BTU_J = 1055.05585262;
const M2_PER_FT2 = 0.09290304; // (0.3048 m)² exactly
const M3_PER_GAL = 0.003785411784; // US gallon, exactly

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
      return units === 'SI'
        ? `${fixed(value - ZERO_C, 1)} °C`
        : `${fixed(((value - ZERO_C) * 9) / 5 + 32, 1)} °F`;
    case 'deltaT':
      return units === 'SI' ? `${fixed(value, 1)} K` : `${fixed((value * 9) / 5, 1)} °F`;
    case 'power': {
      if (units === 'imperial') {
        const btuh = value / BTU_PER_HOUR_W;
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
    case 'energy': {
      if (units === 'imperial') return `${fixed(value / BTU_J / 1e6, 0)} MMBtu`;
      const mwh = value / 3.6e9;
      return Math.abs(mwh) >= 1000 ? `${fixed(mwh / 1000, 2)} GWh` : `${fixed(mwh, 0)} MWh`;
    }
    case 'massFlow':
      return units === 'SI' ? `${fixed(value, 1)} kg/s` : `${fixed(value / POUND_KG, 1)} lb/s`;
    case 'fraction':
      return `${fixed(value * 100, 0)} %`;
    case 'conductance':
      return units === 'SI'
        ? `${fixed(value / 1e3, 1)} kW/K`
        : `${fixed((value / BTU_PER_HOUR_W / 1e3) * (5 / 9), 1)} kBtu/h·°F`;
    case 'hashrate':
      return value >= 1e18 ? `${fixed(value / 1e18, 2)} EH/s` : `${fixed(value / 1e15, 1)} PH/s`;
    case 'area':
      if (units === 'imperial') return `${fixed(value / M2_PER_FT2, 0)} ft²`;
      return value >= 1e4 ? `${fixed(value / 1e4, 2)} ha` : `${fixed(value, 0)} m²`;
    case 'volume':
      return units === 'SI' ? `${fixed(value, 0)} m³` : `${fixed(value / M3_PER_GAL, 0)} gal`;
    case 'count':
      return fixed(value, 0);
  }
}
