/**
 * `heat-twin size-study`: annual recovery, backup and rejected heat against plate-exchanger size (the
 * diminishing-returns curve) and the approach temperature at design conditions.
 */
import {
  assembleSizeStudy,
  csvLine,
  type ExchangerSizes,
  fixed,
  type RunSummary,
  type SizeStudy,
  sizeStudyCases,
  toCelsius,
} from '../core';
import {
  chooseWeather,
  loadScenarioFile,
  parseCommandArgs,
  parseHours,
  scenarioPath,
  textTable,
  withScenarioErrors,
  writeOutput,
} from './args';
import { quantities } from './studyArgs';
import { type CliIo, UsageError } from './io';
import { checkOutputs } from './files';
import { progressBar } from './progress';
import { runSimulations, workerCount } from './sweepPool';
import type { SimTask } from './sweepWorker';

export const summary = 'annual heat recovered vs plate-exchanger size, and the approach at design';

const HELP = `heat-twin size-study — plate-exchanger size vs annual heat recovery (diminishing returns)

Usage: heat-twin size-study <scenario.json> (--areas LIST | --uas LIST) [options]

  --areas LIST         heat-transfer areas, comma-separated; a bare number is m² (e.g. 50,75,100,150,200
                       or "50 m^2, 0.01 ha"); UA = area × the scenario's overall U (heatExchanger.overallU
                       or its catalog model's)
  --uas LIST           or UA values at the nominal flows, e.g. "200 kW/K,400 kW/K" (a bare number is W/K)
  --set PATH=VALUE     override a scenario field (repeatable)
  --weather FILE       an EPW weather file (default: the scenario's)
  --json               print the study as JSON (SI units: m², W/K, W, K; energies in MWh)
  --csv FILE           write the table as CSV
  --workers N          worker threads (default: all cores, at most one per size; 1 = in this process)
  -h, --help           this help

Each size is one annual simulation. The design point is the site's design outdoor temperature
(site.designOutdoorTemperature) with the heating-curve supply, the miners at full power, and the mean load
and return temperature of the 0.4 % coldest hours of the smallest size's run (ASHRAE 99.6 % condition).
The approach is min(T_hot,in − T_cold,out, T_hot,out − T_cold,in) of the exchanger there.

Example: heat-twin size-study models/sites/manitoba-pilot.json --areas 50,75,100,150,200`;

const OPTIONS = {
  areas: { type: 'string' },
  uas: { type: 'string' },
  set: { type: 'string', multiple: true },
  weather: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  workers: { type: 'string' },
  hours: { type: 'string' }, // hidden: simulate only the first N hours (tests, previews)
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('size-study', args, OPTIONS);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const file = scenarioPath('size-study', positionals);
  if ((v.areas === undefined) === (v.uas === undefined)) {
    throw new UsageError('give either --areas or --uas (see heat-twin size-study --help)');
  }
  const sizes: ExchangerSizes =
    v.areas !== undefined
      ? { areas: quantities(v.areas, '--areas', 'm^2') }
      : { uas: quantities(v.uas!, '--uas', 'W/K') };
  const hours = parseHours(v.hours);
  return withScenarioErrors(io, 'size-study', file, async () => {
    const { input, scenario } = loadScenarioFile(file, v.set);
    const weather = chooseWeather(v.weather, scenario, file);
    checkOutputs({ '--csv': v.csv });
    const { basis, cases } = sizeStudyCases(input, sizes);
    const tasks: SimTask[] = cases.map((c, i) => ({
      id: i,
      input: c.input,
      designHours: i === 0,
      ...(hours !== undefined ? { hours } : {}),
    }));
    const workers = workerCount(v.workers, tasks.length);
    const bar = progressBar(io, `size study (${tasks.length} sizes)`);
    bar.update(0, tasks.length);
    let outcomes: Awaited<ReturnType<typeof runSimulations>>;
    try {
      outcomes = await runSimulations(tasks, {
        workers,
        weather,
        onResult: (_, d) => bar.update(d, tasks.length),
      });
    } finally {
      bar.done();
    }
    const runs: RunSummary[] = outcomes.map((o, i) => {
      if (!o.ok) {
        const size = basis === 'area' ? `area ${cases[i]!.size} m²` : `UA ${cases[i]!.size} W/K`;
        throw new UsageError(`${size}: ${o.error}`);
      }
      return {
        kpis: o.kpis as unknown as RunSummary['kpis'],
        warnings: o.warnings as RunSummary['warnings'],
        ...(o.designHours ? { designHours: o.designHours } : {}),
      };
    });
    const study = assembleSizeStudy(basis, cases, runs);
    if (v.csv !== undefined) writeOutput(v.csv, sizeStudyCsv(study), '--csv');
    if (v.json) {
      io.out(JSON.stringify(study, null, 2));
      return 0;
    }
    for (const line of sizeStudyText(study, hours)) io.out(line);
    if (v.csv !== undefined) io.out(`Wrote ${v.csv}`);
    return 0;
  });
}

const C = (k: number): string => toCelsius(k).toFixed(1);

/** CSV of a study: one row per size (units in the headers). */
export function sizeStudyCsv(s: SizeStudy): string {
  const perUnit = s.basis === 'area' ? 'MWh_per_m2' : 'MWh_per_kWK';
  let out = csvLine([
    'area_m2',
    'ua_kWK',
    'heatToGreenhouse_MWh',
    'heatRecovered_MWh',
    'backupHeat_MWh',
    'heatRejected_MWh',
    'greenhouseHeatDemand_MWh',
    'heatCoverage',
    `marginal_${perUnit}`,
    'designDuty_kW',
    'designHotIn_C',
    'designHotOut_C',
    'designColdIn_C',
    'designColdOut_C',
    'designApproach_K',
    'designBranchFlow_kgs',
  ]);
  for (const r of s.rows) {
    const d = r.design;
    out += csvLine([
      r.area,
      fixed(r.ua / 1e3, 3),
      fixed(r.heatToGreenhouse_MWh, 3),
      fixed(r.heatRecovered_MWh, 3),
      fixed(r.backupHeat_MWh, 3),
      fixed(r.heatRejected_MWh, 3),
      fixed(r.greenhouseHeatDemand_MWh, 3),
      fixed(r.heatCoverage, 6),
      r.marginal === undefined ? '' : fixed(r.marginal, 6),
      fixed(d.duty / 1e3, 3),
      fixed(toCelsius(d.hotIn), 3),
      fixed(toCelsius(d.hotOut), 3),
      fixed(toCelsius(d.coldIn), 3),
      fixed(toCelsius(d.coldOut), 3),
      fixed(d.approach, 3),
      fixed(d.branchFlow, 4),
    ]);
  }
  return out;
}

function sizeStudyText(s: SizeStudy, hours: number | undefined): string[] {
  const d = s.design;
  const dh = d.source.designHours;
  const out: string[] = [];
  const period = hours !== undefined ? `first ${hours} h` : 'annual';
  out.push(
    `Plate-exchanger size study (${period} simulation per size${s.overallU ? `; U = ${Math.round(s.overallU)} W/(m²·K)` : ''})`,
  );
  out.push('');
  const area = s.basis === 'area';
  const header = [
    ...(area ? ['area m²'] : []),
    'UA kW/K',
    'to greenhouse MWh',
    'backup MWh',
    'rejected MWh',
    'coverage',
    area ? 'marginal MWh/m²' : 'marginal MWh/(kW/K)',
    'design duty kW',
    'water out °C',
    'approach K',
  ];
  const rows = s.rows.map((r) => [
    ...(area ? [String(r.area)] : []),
    (r.ua / 1e3).toFixed(1),
    r.heatToGreenhouse_MWh.toFixed(1),
    r.backupHeat_MWh.toFixed(1),
    r.heatRejected_MWh.toFixed(1),
    `${(r.heatCoverage * 100).toFixed(1)} %`,
    r.marginal === undefined ? '–' : r.marginal.toFixed(3),
    (r.design.duty / 1e3).toFixed(0),
    C(r.design.coldOut),
    r.design.approach.toFixed(2),
  ]);
  out.push(...textTable(header, rows));
  out.push('');
  out.push(
    `Design point: outdoor ${C(d.outdoorT)} °C (site design temperature), supply set-point ${C(d.supplyT)} °C, ` +
      `load ${(d.load / 1e3).toFixed(0)} kW, return ${C(d.returnT)} °C, miners at full power` +
      (dh
        ? ` — load and return: mean of the ${dh.hours} coldest hours (mean ${C(dh.outdoorT)} °C) of the smallest size's run`
        : ''),
  );
  out.push('Marginal: extra miner heat delivered per added size, from the previous row.');
  return out;
}
