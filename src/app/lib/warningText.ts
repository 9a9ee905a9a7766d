/**
 * A warning's message in the app's unit system. The core writes its warnings in SI words ("the backup heater at
 * capacity (6000 kW)", "did not get 0.98 MWh", "hold the miner inlet at 70.0 °C"); in imperial the quantities
 * in that text are rewritten through the one display-unit table (lib/units.ts): kW and MW as a power, MWh as
 * an energy, °C as a temperature, "N K below" as a temperature difference. Other text is left as written.
 * The editor's catalog choices ("Plate exchanger, whole site (2.7 MW)") are written in the unit system with it.
 */
import { ZERO_CELSIUS } from '../../core';
import { formatNumber, NUMBER_IN_TEXT, parseTextNumber, toDisplay, type UnitSystem } from './units';

const NUM = NUMBER_IN_TEXT;
const parse = parseTextNumber;

/** A power in MMBtu/h from a million BTU/h, else BTU/h; three significant digits (as the text it replaces). */
export function imperialPower(watts: number): string {
  const btuh = toDisplay(watts, 'power', 'imperial');
  if (Math.abs(btuh) >= 1e6) return `${formatNumber(btuh / 1e6, 3)} MMBtu/h`;
  return `${Number(btuh.toPrecision(3)).toLocaleString('en-US')} BTU/h`;
}

export function warningText(message: string, units: UnitSystem): string {
  if (units === 'SI') return message;
  return (
    message
      // energies first ("MWh" starts like "MW")
      .replace(
        new RegExp(String.raw`(?<![\w.])(${NUM})\s*MWh\b`, 'g'),
        (_, n) => `${formatNumber(toDisplay(parse(n), 'energy', 'imperial'), 3)} MMBtu`,
      )
      .replace(new RegExp(String.raw`(?<![\w.])(${NUM})\s*(kW|MW)\b(?!h)`, 'g'), (_, n, u) =>
        imperialPower(parse(n) * (u === 'MW' ? 1e6 : 1e3)),
      )
      .replace(
        new RegExp(String.raw`(?<![\w.])(${NUM})\s*°C`, 'g'),
        (_, n) => `${formatNumber(toDisplay(parse(n) + ZERO_CELSIUS, 'temperature', 'imperial'), 3)} °F`,
      )
      .replace(
        new RegExp(String.raw`(?<![\w.])(${NUM})\s*K\b`, 'g'),
        (_, n) => `${formatNumber(toDisplay(parse(n), 'temperatureDifference', 'imperial'), 3)} Δ°F`,
      )
  );
}
