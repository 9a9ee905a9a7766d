/**
 * `heat-twin compare`: sites side by side per MW of electric nameplate — mining vs AI hosting vs a mix —
 * revenue, margin, heat delivered, backup avoided, CO₂, with the Monte Carlo P10–P90 bands (core/risk).
 */
import {
  type PerMwSummary,
  perMwSummary,
  riskYear,
  runRisk,
  ScenarioError,
  sharedCurrency,
  simulate,
} from '../core';
import { InputError } from '../core';
import {
  chooseWeather,
  loadScenarioFile,
  parseCommandArgs,
  parseHours,
  readWeatherFile,
  reportScenarioError,
  textTable,
  weatherYear,
} from './args';
import { type CliIo, UsageError } from './io';
import { progressBar } from './progress';

export const summary = 'sites side by side per MW (mining vs AI hosting vs mix), with risk bands';

const HELP = `heat-twin compare — sites side by side per MW of electric nameplate

Usage: heat-twin compare <scenario.json> <scenario.json> … [options]

  --samples N          Monte Carlo samples per site for the P10–P90 bands (default 1000; 0: none)
  --seed S             32-bit seed (default 1)
  --weather FILE       an EPW weather year for every site (default: each scenario's own)
  --set PATH=VALUE     override a field in every scenario (repeatable)
  --json               print { "sites": [ { name, nameplateMW, perMw: {…}, bands: {…} } ] }
  -h, --help           this help

Per MW: revenue (mining + AI hosting), operator margin (year-1 net), electricity, capex, NPV, recovered heat
delivered, the host's avoided backup cost and energy, CO₂ avoided; for the site: heat coverage and the heat
pump's seasonal COP.

Example: heat-twin compare models/sites/manitoba-pilot.json models/sites/ai-racks-heat-pump.json \\
           models/sites/ai-mining-mix.json`;

const OPTIONS = {
  samples: { type: 'string' },
  seed: { type: 'string' },
  weather: { type: 'string' },
  set: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  hours: { type: 'string' }, // hidden: simulate only the first N hours (tests, previews)
  help: { type: 'boolean', short: 'h' },
} as const;

function whole(text: string | undefined, flag: string, dflt: number, min: number, max: number): number {
  if (text === undefined) return dflt;
  const n = Number(text);
  if (!(Number.isInteger(n) && n >= min && n <= max)) {
    throw new InputError(flag, text, `a whole number between ${min} and ${max}`);
  }
  return n;
}

const num = (x: number | null, digits = 0) =>
  x === null || !Number.isFinite(x)
    ? '–'
    : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const band = (b: { p10: number | null; p90: number | null } | undefined) =>
  b ? `${num(b.p10)} … ${num(b.p90)}` : '–';

/** A column title: the scenario name before " — ", without a trailing "at the … site". */
export function shortName(name: string): string {
  return name
    .split(' — ')[0]!
    .replace(/\s+at the .*$/, '')
    .slice(0, 28);
}

/** The comparison table: one row per figure, one column per site. */
export function compareTable(sites: PerMwSummary[]): string[] {
  // money in one currency, or (sites in different currencies, not converted) each figure with its own
  const c = sharedCurrency(sites);
  const cur = (label: string) => (c ? `${label} ${c}/MW` : `${label} /MW`);
  const money = (f: (s: PerMwSummary) => string) => (c ? f : (s: PerMwSummary) => `${f(s)} ${s.currency}`);
  const rows: [string, (s: PerMwSummary) => string][] = [
    ['nameplate MW (miners + AI)', (s) => `${num(s.minersMW, 2)} + ${num(s.aiMW, 2)}`],
    [cur('revenue'), money((s) => num(s.perMw.revenue))],
    [cur('  mining'), money((s) => num(s.perMw.miningRevenue))],
    [cur('  AI hosting'), money((s) => num(s.perMw.hostingRevenue))],
    [cur('electricity'), money((s) => num(s.perMw.electricityCost))],
    [cur('margin, year 1'), money((s) => num(s.perMw.margin))],
    [cur('  P10 … P90'), money((s) => band(s.bands?.margin))],
    [cur('capex'), money((s) => num(s.perMw.capex))],
    [cur('NPV'), money((s) => num(s.perMw.npv))],
    [cur('  P10 … P90'), money((s) => band(s.bands?.npv))],
    [
      'probability of payback',
      (s) => (s.bands ? `${(s.bands.probabilityOfPayback * 100).toFixed(1)} %` : '–'),
    ],
    ['heat delivered MWh/MW', (s) => num(s.perMw.heatDelivered_MWh)],
    [cur('backup avoided'), money((s) => num(s.perMw.backupCostAvoided))],
    ['backup input avoided MWh/MW', (s) => num(s.perMw.backupInputAvoided_MWh)],
    ['CO₂ avoided t/MW', (s) => num(s.perMw.co2Avoided_t, 1)],
    ['heat coverage (site)', (s) => `${(s.heatCoverage * 100).toFixed(1)} %`],
    ['heat pump seasonal COP', (s) => num(s.heatPumpCop, 2)],
  ];
  return textTable(
    ['per MW of nameplate, per year', ...sites.map((s) => shortName(s.name))],
    rows.map(([label, f]) => [label, ...sites.map(f)]),
  );
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('compare', args, OPTIONS);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    throw new UsageError(
      'give one or more scenario files, e.g. heat-twin compare models/sites/manitoba-pilot.json models/sites/ai-racks-heat-pump.json',
    );
  }
  const samples = whole(v.samples, '--samples', 1000, 0, 1_000_000);
  const seed = whole(v.seed, '--seed', 1, 0, 0xffffffff);
  const hours = parseHours(v.hours);
  const sites: PerMwSummary[] = [];
  const bar = progressBar(io, 'simulating sites');
  try {
    for (const [i, file] of positionals.entries()) {
      let scenario: ReturnType<typeof loadScenarioFile>['scenario'];
      try {
        ({ scenario } = loadScenarioFile(file, v.set));
      } catch (e) {
        if (e instanceof ScenarioError) return reportScenarioError(io, 'compare', file, e);
        throw e;
      }
      const w = v.weather ? readWeatherFile(v.weather) : chooseWeather(undefined, scenario, file);
      const sim = simulate(scenario, {
        weather: weatherYear(w),
        ...(hours !== undefined ? { hours } : {}),
        onProgress: (f) => bar.update((i + f) / positionals.length, 1),
      });
      const risk = samples > 0 ? runRisk(scenario.economics, [riskYear(sim)], { samples, seed }) : undefined;
      sites.push(perMwSummary(sim, risk));
    }
  } finally {
    bar.done();
  }
  if (v.json) {
    io.out(JSON.stringify({ sites }, null, 2));
    return 0;
  }
  io.out(`Per MW of electric nameplate (year 1; bands: ${samples} Monte Carlo samples, seed ${seed})`);
  io.out('');
  for (const line of compareTable(sites)) io.out(line);
  return 0;
}
