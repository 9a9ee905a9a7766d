/**
 * The options of `heat-twin size-hx`, each with its dimension and default: parsed with node:util and
 * printed by --help from this one table.
 */
import { DEFAULT_PLATE_LIMITS, FLOW_ARRANGEMENTS, PLATE_PRESETS } from '../core';
import type { OptionTable } from './options';

const T = 'temperature, e.g. "80 degC", "176 F", "-5 degC"';
const FLOW = 'mass flow ("12 kg/s", "95000 lb/h") or volume flow ("160 gpm", "10 L/s")';
const DP = 'pressure difference, e.g. "50 kPa", "7 psi", "15 ftH2O"';
const V = 'velocity, e.g. "1 m/s", "3 ft/s"';
const kPa = (pa: number) => `${pa / 1e3} kPa`;

/** Every option with its dimension and default (the --help is generated from this table). */
export const OPTIONS: OptionTable = {
  duty: {
    type: 'string',
    value: 'Q',
    help: 'heat duty',
    dimension: 'power, e.g. "2.7 MW", "9.2 MMBtu/h", "770 TR"',
  },
  'hot-in': { type: 'string', value: 'T', help: 'hot inlet temperature', dimension: T },
  'hot-out': { type: 'string', value: 'T', help: 'hot outlet temperature (sizing)', dimension: T },
  'cold-in': { type: 'string', value: 'T', help: 'cold inlet temperature', dimension: T },
  'cold-out': { type: 'string', value: 'T', help: 'cold outlet temperature (sizing)', dimension: T },
  'hot-flow': {
    type: 'string',
    value: 'F',
    help: 'hot flow; a volume flow is converted with the density at the stream’s mean temperature',
    dimension: FLOW,
  },
  'cold-flow': { type: 'string', value: 'F', help: 'cold flow', dimension: FLOW },
  'hot-fluid': {
    type: 'string',
    value: 'NAME',
    help: 'hot fluid, e.g. "propylene-glycol 30%", "EG 40 %"',
    default: 'water',
  },
  'cold-fluid': { type: 'string', value: 'NAME', help: 'cold fluid', default: 'water' },
  'hot-pressure': {
    type: 'string',
    value: 'P',
    help: 'absolute pressure of the hot loop (sets the boiling limit)',
    dimension: 'pressure, e.g. "5 bar", "75 psi"',
    default: '3 bar',
  },
  'cold-pressure': {
    type: 'string',
    value: 'P',
    help: 'absolute pressure of the cold loop',
    dimension: 'pressure',
    default: '3 bar',
  },
  arrangement: {
    type: 'string',
    value: 'A',
    help: FLOW_ARRANGEMENTS.join(' | '),
    default: 'counterflow',
  },
  plate: {
    type: 'string',
    value: 'SPEC',
    help:
      `select a chevron plate pack: a preset (${Object.keys(PLATE_PRESETS).join(', ')}) and/or key=value pairs: ` +
      'chevron (angle from the flow direction; a plain number is degrees), width, length (port to port), gap or ' +
      'pitch, thickness, port, conductivity (W/(m K)), enlargement (area factor Φ), fouling, fouling-hot, ' +
      'fouling-cold (m^2 K/W); e.g. "medium, chevron=60 deg, gap=2.5 mm". Presets are generic engineering ' +
      'assumptions, not a vendor datasheet',
  },
  'max-dp': {
    type: 'string',
    value: 'DP',
    help: 'allowable pressure drop on each side of the plate pack',
    dimension: DP,
    default: `${kPa(DEFAULT_PLATE_LIMITS.maxPressureDropHot)} (assumption in the 20–70 kPa range of Kakaç & Liu 2002)`,
  },
  'max-dp-hot': { type: 'string', value: 'DP', help: 'allowable pressure drop, hot side', dimension: DP },
  'max-dp-cold': { type: 'string', value: 'DP', help: 'allowable pressure drop, cold side', dimension: DP },
  'max-velocity': {
    type: 'string',
    value: 'V',
    help: 'largest channel velocity',
    dimension: V,
    default: `${DEFAULT_PLATE_LIMITS.maxChannelVelocity} m/s`,
  },
  'max-port-velocity': {
    type: 'string',
    value: 'V',
    help: 'largest port velocity',
    dimension: V,
    default: `${DEFAULT_PLATE_LIMITS.maxPortVelocity} m/s`,
  },
  passes: {
    type: 'string',
    value: 'H/C',
    help: 'passes per side, hot/cold (1–4), instead of searching; with --plates, the installed passes',
    default: 'search 1–4 per side (sizing), 1/1 (rating)',
  },
  ua: {
    type: 'string',
    value: 'UA',
    help: 'rate an installed exchanger of this UA: give inlets and flows, get outlets, duty, ε, NTU',
    dimension: 'conductance, e.g. "220 kW/K", "420 MBH/F"',
  },
  plates: {
    type: 'string',
    value: 'N',
    help: 'rate an installed plate pack of N plates (with --plate): outlets, duty, ε, NTU, Δp',
  },
  area: {
    type: 'string',
    value: 'A',
    help: 'rate an installed plate pack of this heat-transfer area (with --plate; N = A/plate area + 2)',
    dimension: 'area, e.g. "50 m^2", "540 ft^2"',
  },
  units: { type: 'string', value: 'SYS', help: 'units of the printed report: SI or imperial', default: 'SI' },
  json: { type: 'boolean', help: 'print SI values (W, K, kg/s, m^3/s, Pa, m^2) as JSON' },
  help: { type: 'boolean', short: 'h', help: 'this help' },
};
