/**
 * `heat-twin design <scenario>`: the design-day report of a scenario (core `designDay`): greenhouse load,
 * supply/return, the exchanger's duty, required vs installed UA, approach, LMTD, NTU, ε, velocities and
 * pressure drops, pump head and power, and the dry cooler at the summer design dry bulb. SI or imperial text,
 * or the report as JSON (SI).
 */
import {
  convert,
  DEFAULT_PLATE_LIMITS,
  DISPLAY_UNITS,
  type DesignDayReport,
  designDay,
  InputError,
  littleLeftForPiping,
  PLATE_PRESETS,
  type PumpFigures,
  quantity,
  type SideFigures,
  toKelvin,
} from '../core';
import {
  chooseWeather,
  loadScenarioFile,
  parseHours,
  scenarioPath,
  weatherYear,
  withScenarioErrors,
} from './args';
import { Display, sig, unitSystemArg } from './display';
import { kv, row } from './hxReport';
import { type CliIo, UsageError } from './io';
import { type OptionTable, optionHelp, parseCommandArgs, parseOptions } from './options';
import { provideUnits } from './units';

export const summary =
  'design-day report: load, exchanger UA/approach/Δp, pumps, dry cooler at summer design';

const OPTIONS: OptionTable = {
  set: {
    type: 'string',
    multiple: true,
    value: 'PATH=VALUE',
    help: 'override a scenario field (repeatable)',
  },
  weather: { type: 'string', value: 'FILE', help: 'an EPW weather file', default: 'the scenario’s' },
  plate: {
    type: 'string',
    value: 'PRESET',
    help: `plate size for velocities and pressure drops (${Object.keys(PLATE_PRESETS).join(', ')})`,
    default: 'large',
  },
  'cooling-design': {
    type: 'string',
    value: 'T',
    help: 'summer design dry bulb for the dry cooler',
    dimension: 'temperature, e.g. "30.8 degC", "87 F"',
    default: 'exceeded in 0.4 % of the weather year’s hours',
  },
  units: { type: 'string', value: 'SYS', help: 'units of the printed report: SI or imperial', default: 'SI' },
  json: { type: 'boolean', help: 'print the report (SI numbers) as JSON' },
  hours: { type: 'string', help: 'simulate only the first N hours', hidden: true },
  help: { type: 'boolean', short: 'h', help: 'this help' },
};

const HELP = [
  'heat-twin design — design-day report of a scenario',
  '',
  'Usage: heat-twin design <scenario.json> [options]',
  '',
  ...optionHelp(OPTIONS),
  '',
  'Design point: the site’s heating design outdoor temperature; load and return from the 0.4 % coldest',
  'hours of an annual run (ASHRAE 99.6 % condition); supply from the heating curve; miners at full power.',
].join('\n');

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('design', args, parseOptions(OPTIONS));
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const file = scenarioPath('design', positionals);
  provideUnits({ quantity, convert, DISPLAY_UNITS }); // the core's, already loaded (units.ts)
  const display = new Display(unitSystemArg(v.units as string | undefined));
  const plateName = (v.plate as string | undefined) ?? 'large';
  const geometry = PLATE_PRESETS[plateName];
  if (!geometry) {
    throw new UsageError(
      `--plate "${plateName}" is not a preset: one of ${Object.keys(PLATE_PRESETS).join(', ')}`,
    );
  }
  const cooling = v['cooling-design'] as string | undefined;
  return withScenarioErrors(io, 'design', file, () => {
    const { scenario } = loadScenarioFile(file, (v.set as string[] | undefined) ?? []);
    const w = chooseWeather(v.weather as string | undefined, scenario, file);
    const hours = parseHours(v.hours as string | undefined);
    const report = designDay(scenario, {
      weather: weatherYear(w),
      plate: { name: plateName, geometry },
      ...(cooling !== undefined ? { coolingDesignT: coolingDesign(cooling) } : {}),
      ...(hours !== undefined ? { hours } : {}),
    });
    if (v.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of designLines(report, display)) io.out(line);
    return 0;
  });
}

function sideRows(label: string, f: (s: SideFigures) => string, h: SideFigures, c: SideFigures): string {
  return row(label, f(h), f(c));
}

function pumpLine(name: string, p: PumpFigures, d: Display): string {
  return kv(
    name,
    `${d.massFlow(p.flow)}, ${d.pressure(p.pressureRise)} (${d.head(p.pressureRise, p.pressureRise / (p.head * 9.80665))}), ` +
      `${d.shaft(p.power)} electric at ${sig(p.efficiency * 100, 3)} %`,
  );
}

/**
 * The plate pack's drop in each loop's pump rise: the miner loop's allowance outside the miners includes it
 * (what is left for piping and the dry cooler, warned when little is); the greenhouse loop's excludes it (the
 * rise with it added; the annual simulation's pump energy leaves it out).
 */
function exchangerInPumps(p: DesignDayReport['pumps'], d: Display): string[] {
  const m = p.minerLoop;
  const g = p.greenhouseLoop;
  const left = m.leftForPiping ?? 0;
  const out = [
    kv(
      'exchanger',
      `hot side ${d.pressure(m.exchangerDrop)} of the miner loop's allowance outside the miners, ` +
        `leaving ${d.pressure(left)} for piping and the dry cooler; cold side ${d.pressure(g.exchangerDrop)}, ` +
        `greenhouse-loop rise with it ${d.pressure(g.riseWithExchanger)} (the annual pump energy leaves it out)`,
    ),
  ];
  if (littleLeftForPiping(m))
    out.push(
      '  warning: the exchanger takes most of minerLoop.externalPressureDrop (piping, exchanger, dry cooler): ' +
        'raise it, or choose a plate pack with a lower drop (size-hx --plate)',
    );
  return out;
}

/** The report as text. */
export function designLines(r: DesignDayReport, d: Display): string[] {
  const c = r.conditions;
  const x = r.exchanger;
  const out: string[] = [];
  out.push(`Design day — ${r.scenario}`);
  out.push(
    kv('outdoor', `${d.t(c.outdoorT)} (site heating design temperature)`),
    kv('greenhouse load', `${d.power(c.load)} (${c.source.load})`),
    kv('supply / return', `${d.t(c.supplyT)} / ${d.t(c.returnT)}`),
    '',
    'Plate exchanger at the design point',
    row('', 'hot: miner loop', 'cold: greenhouse branch'),
    row('inlet', d.t(x.hotIn), d.t(x.coldIn)),
    row('outlet', d.t(x.hotOut), d.t(x.coldOut)),
    row('mass flow', d.massFlow(x.hotFlow), d.massFlow(x.coldFlow)),
    kv('duty', `${d.power(x.duty)} of ${d.power(r.heat.heatToCoolant)} miner heat`),
    kv('UA at these flows', d.ua(x.uaInstalled)),
    `  with the nominal primary flow ${d.massFlow(x.uaBasisColdFlow)} all through the exchanger:`,
    kv('  UA installed', d.ua(x.uaInstalledAtBasis)),
    kv(
      '  UA required',
      x.uaRequired === null ? `– (${x.uaRequiredNote})` : `${d.ua(x.uaRequired)} (${x.uaRequiredNote})`,
    ),
    kv('approach', d.dt(x.approach)),
    kv('LMTD', d.dt(x.lmtd)),
    kv('NTU', x.ntu.toFixed(3)),
    kv('effectiveness ε', x.effectiveness.toFixed(4)),
    kv('properties', x.propertyBasis),
    '',
    `Plate pack: ${r.plate.plates} plates, ${d.area(r.plate.area)} — ${r.plate.basis}`,
    row('', 'hot', 'cold'),
    sideRows('channel velocity', (s) => d.velocity(s.velocity), r.plate.hot, r.plate.cold),
    sideRows('port velocity', (s) => d.velocity(s.portVelocity), r.plate.hot, r.plate.cold),
    sideRows('pressure drop', (s) => d.pressure(s.pressureDrop), r.plate.hot, r.plate.cold),
    ...(['hot', 'cold'] as const)
      .filter((k) => r.plate[k].pressureDrop > DEFAULT_PLATE_LIMITS.maxPressureDropHot)
      .map(
        (k) =>
          `  warning: ${k} pressure drop ${d.pressure(r.plate[k].pressureDrop)} is above the usual ` +
          `${d.pressure(DEFAULT_PLATE_LIMITS.maxPressureDropHot)} per side: more plates or a larger plate (size-hx --plate)`,
      ),
    '',
    'Pumps at the design point',
    pumpLine('miner loop', r.pumps.minerLoop, d),
    pumpLine('greenhouse loop', r.pumps.greenhouseLoop, d),
    ...exchangerInPumps(r.pumps, d),
    '',
    'Heat at the design point',
    kv('recovered', d.power(r.heat.recovered)),
    kv('backup heater', d.power(r.heat.backupHeat)),
    kv('dry cooler', d.power(r.heat.dryCoolerWinter)),
    '',
    `Dry cooler at the summer design dry bulb ${d.t(r.dryCooler.designAmbientT)} (${r.dryCooler.designAmbientSource})`,
    kv('must reject', `${d.power(r.dryCooler.required)} (all the miners’ heat, no greenhouse load)`),
    kv(
      'capacity',
      `${d.power(r.dryCooler.capacity)} at full fan speed (margin ${sig(r.dryCooler.margin * 100, 3)} %)`,
    ),
    kv(
      'operating',
      `fans at ${sig(r.dryCooler.fanSpeed * 100, 3)} %, miner inlet ${d.t(r.dryCooler.minerInletT)} ` +
        `(set-point ${d.t(r.dryCooler.minerInletSetpoint)})`,
    ),
  );
  return out;
}

/**
 * `--cooling-design`: an outdoor temperature the plant model takes, −100 to 70 °C (its ambient range), refused
 * with the text as typed (the plant's own check would name its input `ambientT` in kelvin).
 */
function coolingDesign(text: string): number {
  const t = quantity(text, 'K', '--cooling-design');
  const [lo, hi] = [toKelvin(-100), toKelvin(70)];
  // an end written in °F ("158 degF") converts to a hair outside it: allow rounding at the ends
  if (!(t >= lo - 1e-9 && t <= hi + 1e-9))
    throw new InputError('--cooling-design', text, 'an outdoor temperature between −100 °C and 70 °C');
  return Math.min(hi, Math.max(lo, t));
}
