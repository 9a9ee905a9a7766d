/**
 * `heat-twin simulate`: the annual simulation of a scenario file, with `--set` overrides, a KPI table (or
 * `--json`), and hourly / monthly CSV and reproducible JSON result exports.
 */
import { hourlyCsv, monthlyCsv, resultJson, simulate } from '../core';
import {
  chooseWeather,
  kpiTable,
  loadScenarioFile,
  parseCommandArgs,
  parseHours,
  scenarioPath,
  softwareVersion,
  weatherYear,
  withScenarioErrors,
  writeOutput,
} from './args';
import { paybackLines } from './display';
import type { CliIo } from './io';
import { checkOutputs } from './files';
import { progressBar } from './progress';

export const summary = 'run the annual simulation of a scenario (KPIs, warnings, CSV/JSON exports)';

const HELP = `heat-twin simulate — annual simulation of a scenario

Usage: heat-twin simulate <scenario.json> [options]

  --weather FILE       an EPW weather file (default: the scenario's site.weather, e.g. the bundled
                       Winnipeg TMYx year)
  --set PATH=VALUE     override a scenario field (repeatable); VALUE is JSON when it parses, else text,
                       so unit strings work: --set greenhouse.floorArea="2 ha" --set control.dispatch=heat-led
  --json               print { "kpis": {…}, "warnings": […] } as JSON instead of the table
  --csv FILE           write the hourly CSV (time, weather, every loop temperature, flows, duties, miner
                       power and hashrate; units in the column names)
  --monthly FILE       write the monthly energy summary CSV (MWh per month and the year)
  --result FILE        write a JSON result that echoes the scenario, software version, weather file name
                       and sha256, KPIs and warnings (enough to reproduce the run)
  -h, --help           this help

Example: heat-twin simulate models/sites/manitoba-pilot.json --set greenhouse.floorArea="3 ha" \\
           --monthly monthly.csv`;

const OPTIONS = {
  weather: { type: 'string' },
  set: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  monthly: { type: 'string' },
  result: { type: 'string' },
  hours: { type: 'string' }, // hidden: simulate only the first N hours (tests, previews)
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('simulate', args, OPTIONS);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const file = scenarioPath('simulate', positionals);
  const hours = parseHours(v.hours);
  return withScenarioErrors(io, 'simulate', file, () => {
    const { input, scenario } = loadScenarioFile(file, v.set);
    const w = chooseWeather(v.weather, scenario, file);
    checkOutputs({ '--csv': v.csv, '--monthly': v.monthly, '--result': v.result });
    const bar = progressBar(io, 'simulating');
    let result: ReturnType<typeof simulate>;
    try {
      result = simulate(scenario, {
        ...(w.weather ? { weather: w.weather } : {}),
        ...(hours !== undefined ? { hours } : {}),
        onProgress: (f) => bar.update(f, 1),
      });
    } finally {
      bar.done();
    }
    const year = weatherYear(w);
    if (v.csv !== undefined) writeOutput(v.csv, hourlyCsv(result, year), '--csv');
    if (v.monthly !== undefined) writeOutput(v.monthly, monthlyCsv(result, year), '--monthly');
    if (v.result !== undefined) {
      const text = resultJson({
        scenarioInput: input,
        result,
        software: softwareVersion(),
        weather: {
          fileName: w.fileName,
          sha256: w.sha256,
          ...(w.attribution ? { attribution: w.attribution } : {}),
        },
      });
      writeOutput(v.result, text, '--result');
    }
    if (v.json) {
      io.out(JSON.stringify({ kpis: result.kpis, warnings: result.warnings }, null, 2));
      return 0;
    }
    const partial =
      result.hours < result.weather.hours ? ` (first ${result.hours} of ${result.weather.hours} h)` : '';
    io.out(`${scenario.name}`);
    io.out(`Weather: ${w.fileName} — ${result.weather.location}${partial}`);
    io.out('');
    io.out('KPIs:');
    for (const line of kpiTable(result.kpis as unknown as Record<string, unknown>)) io.out(line);
    io.out('');
    for (const line of paybackLines(result.economics, scenario.economics.horizonYears)) io.out(line);
    io.out('');
    if (result.warnings.length === 0) io.out('Warnings: none');
    else {
      io.out(`Warnings (${result.warnings.length}):`);
      for (const x of result.warnings) io.out(`  [${x.code}] ${x.message}`);
    }
    if (w.attribution) io.out(`\n${w.attribution}`);
    const written = [v.csv, v.monthly, v.result].filter((x) => x !== undefined);
    if (written.length) io.out(`Wrote ${written.join(', ')}`);
    return 0;
  });
}
