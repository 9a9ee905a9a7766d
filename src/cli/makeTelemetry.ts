/**
 * `heat-twin make-telemetry`: synthetic measured data from a simulation, for examples and tests — a
 * cumulative heat meter (MWh), the backup heat (kW) and the exchanger's water outlet temperature (°C),
 * with seeded noise, drop-outs and logger outages, stamped in the site's local clock.
 */
import { simulate, telemetry as T } from '../core/index';
import {
  chooseWeather,
  loadScenarioFile,
  parseCommandArgs,
  scenarioPath,
  weatherYear,
  withScenarioErrors,
  writeOutput,
} from './args';
import type { CliIo } from './io';
import { checkOutputs } from './files';
import { UsageError } from './io';
import { progressBar } from './progress';

export const summary = 'synthetic telemetry from a simulation (seeded noise and gaps), for trying calibrate';

const HELP = `heat-twin make-telemetry — synthetic measured data from a simulation

Usage: heat-twin make-telemetry <scenario.json> --out FILE [options]

  --out FILE               the CSV to write (time, "Heat meter 1 [MWh]" running total, backupHeat_kW,
                           hxColdOutT_C; one row per hour, the hour's mean stamped at its start)
  --set PATH=VALUE         the "true" parameters that made the data (repeatable)
  --weather FILE           an EPW weather file (default: the scenario's)
  --year N                 calendar year of the stamps (default 2025)
  --seed N                 seed of the noise and gaps (default 1)
  --noise F                relative σ of the powers and the meter's hourly energies (default 0.03)
  --temperature-noise K    σ of the temperature, kelvin (default 0.3)
  --dropout F              share of empty cells (default 0.01)
  --outage DAY:DAYS        a logger outage: no rows from day DAY (0-based) for DAYS days (repeatable)
  --tz ZONE                stamp in this IANA zone's local clock with daylight saving (default: ISO 8601
                           with the weather file's standard offset)
  -h, --help               this help`;

const OPTIONS = {
  out: { type: 'string' },
  set: { type: 'string', multiple: true },
  weather: { type: 'string' },
  year: { type: 'string' },
  seed: { type: 'string' },
  noise: { type: 'string' },
  'temperature-noise': { type: 'string' },
  dropout: { type: 'string' },
  outage: { type: 'string', multiple: true },
  tz: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function num(
  text: string | undefined,
  flag: string,
  def: number,
  lo: number,
  hi: number,
  integer = false,
): number {
  if (text === undefined) return def;
  const x = Number(text);
  if (!(Number.isFinite(x) && x >= lo && x <= hi) || (integer && !Number.isInteger(x))) {
    throw new UsageError(`${flag} ${text}: ${integer ? 'a whole number' : 'a number'} from ${lo} to ${hi}`);
  }
  return x;
}

function outages(list: readonly string[] = []): [number, number][] {
  return list.map((s) => {
    const m = /^(\d{1,3}):(\d{1,3})$/.exec(s.trim());
    if (!m || Number(m[1]) > 364) throw new UsageError(`--outage ${s}: DAY:DAYS, e.g. 40:3 (day 0–364)`);
    return [Number(m[1]), Number(m[2])];
  });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('make-telemetry', args, OPTIONS);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const file = scenarioPath('make-telemetry', positionals);
  if (v.out === undefined) throw new UsageError('give the file to write: --out FILE');
  const options: T.SyntheticOptions = {
    year: num(v.year, '--year', 2025, 1900, 2200, true),
    seed: num(v.seed, '--seed', 1, 0, 2 ** 32 - 1, true),
    powerNoise: num(v.noise, '--noise', 0.03, 0, 1),
    temperatureNoise: num(v['temperature-noise'], '--temperature-noise', 0.3, 0, 20),
    dropout: num(v.dropout, '--dropout', 0.01, 0, 0.9),
    outages: outages(v.outage),
    ...(v.tz !== undefined ? { zone: v.tz } : {}),
  };
  return withScenarioErrors(io, 'make-telemetry', file, () => {
    const { scenario } = loadScenarioFile(file, v.set);
    const weather = weatherYear(chooseWeather(v.weather, scenario, file));
    checkOutputs({ '--out': v.out });
    const bar = progressBar(io, 'simulating');
    let result: ReturnType<typeof simulate>;
    try {
      result = simulate(scenario, { weather, onProgress: (f) => bar.update(f, 1) });
    } finally {
      bar.done();
    }
    const csv = T.syntheticTelemetryCsv(result, weather, options);
    writeOutput(v.out!, csv, '--out');
    io.out(`Wrote ${v.out} (${csv.length} bytes, ${csv.split('\n').length - 2} rows)`);
    return 0;
  });
}
