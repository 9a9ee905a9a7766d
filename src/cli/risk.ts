/**
 * `heat-twin risk`: the business case under uncertainty. The thermal year is simulated once per weather
 * file; the Monte Carlo (core/risk) then draws BTC price paths, difficulty growth, the halving, electricity
 * escalation, availability and the weather year per sample. P10/P50/P90 and the probability of payback.
 */
import { type RiskResult, riskAnalysis } from '../core';
import { InputError } from '../core';
import type { WeatherYear } from '../core';
import {
  chooseWeather,
  loadScenarioFile,
  parseCommandArgs,
  parseHours,
  readWeatherFile,
  scenarioPath,
  textTable,
  weatherYear,
  withScenarioErrors,
} from './args';
import type { CliIo } from './io';
import { progressBar } from './progress';

export const summary = 'Monte Carlo business case: P10/P50/P90 of NPV, payback, benefits, coverage';

const HELP = `heat-twin risk — the business case under uncertainty (Monte Carlo)

Usage: heat-twin risk <scenario.json> [options]

  --samples N          Monte Carlo samples (default 1000)
  --seed S             32-bit seed (default 1); the same seed gives identical output
  --weather FILE       an EPW weather year (repeatable: each year is simulated once and drawn per sample;
                       default: the scenario's own year)
  --set PATH=VALUE     override a scenario field (repeatable), e.g. --set economics.risk.btcVolatility=0.6
  --json               print { "npv": { "p10", "p50", "p90" }, …, "probabilityOfPayback": … }
  -h, --help           this help

The stochastic model and its defaults are the scenario's economics.risk section: BTC price as geometric
Brownian motion (btcDrift, btcVolatility), difficulty growth (difficultyGrowth ± difficultyGrowthSd), the
halving (yearsToHalving, then every 4 years; feesPerBlock do not halve), electricity escalation
(electricityEscalation ± electricityEscalationSd) and availability (availability ± availabilitySd).

Example: heat-twin risk models/sites/manitoba-pilot.json --samples 1000 --seed 42`;

const OPTIONS = {
  samples: { type: 'string' },
  seed: { type: 'string' },
  weather: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  hours: { type: 'string' }, // hidden: simulate only the first N hours (tests, previews)
  help: { type: 'boolean', short: 'h' },
} as const;

function wholeNumber(text: string | undefined, flag: string, dflt: number, max: number): number {
  if (text === undefined) return dflt;
  const n = Number(text);
  if (!(Number.isInteger(n) && n >= (flag === '--seed' ? 0 : 1) && n <= max)) {
    throw new InputError(flag, text, `a whole number between ${flag === '--seed' ? 0 : 1} and ${max}`);
  }
  return n;
}

/** The JSON form: bands, probability of payback, fan chart and histogram. */
export function riskJson(r: RiskResult): Record<string, unknown> {
  return {
    npv: r.npv,
    paybackYears: r.paybackYears,
    hostNetBenefit: r.hostNetBenefit,
    operatorNetBenefit: r.operatorNetBenefit,
    heatCoverage: r.heatCoverage,
    operatorNpv: r.operatorNpv,
    hostNpv: r.hostNpv,
    revenueFactor: r.revenueFactor,
    probabilityOfPayback: r.probabilityOfPayback,
    samples: r.samples,
    seed: r.seed,
    currency: r.currency,
    horizonYears: r.horizonYears,
    weatherYears: r.weatherYears,
    fan: r.fan,
    histogram: r.histogram,
    params: r.params,
  };
}

const money = (x: number | null) =>
  x === null ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const years = (x: number | null) => (x === null ? '> horizon' : x.toFixed(2));
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);

/** The text report: one row per figure. */
export function riskTable(r: RiskResult): string[] {
  const c = r.currency;
  const rows: [string, RiskResult['npv'], (x: number | null) => string][] = [
    [`project NPV (${c})`, r.npv, money],
    ['project payback (years)', r.paybackYears, years],
    [`host net benefit, year 1 (${c})`, r.hostNetBenefit, money],
    [`operator net benefit, year 1 (${c})`, r.operatorNetBenefit, money],
    [`operator NPV (${c})`, r.operatorNpv, money],
    [`host NPV (${c})`, r.hostNpv, money],
    ['heat coverage', r.heatCoverage, pct],
    ['mean hashprice vs. scenario (× availability)', r.revenueFactor, pct],
  ];
  return textTable(
    ['figure', 'P10', 'P50', 'P90'],
    rows.map(([name, b, f]) => [name, f(b.p10), f(b.p50), f(b.p90)]),
  );
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('risk', args, OPTIONS);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const file = scenarioPath('risk', positionals);
  const samples = wholeNumber(v.samples, '--samples', 1000, 1_000_000);
  const seed = wholeNumber(v.seed, '--seed', 1, 0xffffffff);
  const hours = parseHours(v.hours);
  return withScenarioErrors(io, 'risk', file, () => {
    const { scenario } = loadScenarioFile(file, v.set);
    const files = v.weather ?? [];
    const weathers: WeatherYear[] = files.length
      ? files.map((f) => weatherYear(readWeatherFile(f)))
      : [weatherYear(chooseWeather(undefined, scenario, file))];
    const bar = progressBar(io, 'simulating weather years');
    let result: ReturnType<typeof riskAnalysis>;
    try {
      result = riskAnalysis(scenario, {
        samples,
        seed,
        weathers,
        ...(hours !== undefined ? { hours } : {}),
        onProgress: (f) => bar.update(f, 1),
      });
    } finally {
      bar.done();
    }
    const r = result.risk;
    if (v.json) {
      io.out(JSON.stringify(riskJson(r), null, 2));
      return 0;
    }
    const k = result.simulations[0]!.kpis;
    io.out(`${scenario.name} — ${samples} samples, seed ${seed}, ${r.horizonYears}-year horizon`);
    io.out(`Weather years: ${r.weatherYears.join(', ')}`);
    io.out('');
    for (const line of riskTable(r)) io.out(line);
    io.out('');
    io.out(`Probability of payback within ${r.horizonYears} years: ${pct(r.probabilityOfPayback)}`);
    io.out(
      `Deterministic run (constant hashprice ${k.hashprice_perPHday.toFixed(2)} ${r.currency}/PH/day): NPV ${money(k.npv)} ${r.currency}, payback ${years(k.paybackYears)}`,
    );
    io.out('Cumulative project cash flow by year (P10 / P50 / P90):');
    for (let y = 0; y < r.fan.years.length; y++) {
      io.out(
        `  year ${y}: ${money(r.fan.p10[y]!)} / ${money(r.fan.p50[y]!)} / ${money(r.fan.p90[y]!)} ${r.currency}`,
      );
    }
    return 0;
  });
}
