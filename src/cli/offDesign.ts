/**
 * `heat-twin off-design`: duty and outlet temperatures of the scenario's plate exchanger over a grid of flows
 * and inlet temperatures; the table in SI or imperial units (`--units`), JSON and CSV in SI.
 */
import {
  buildPlant,
  csvLine,
  fixed,
  type OffDesignGrid,
  type OffDesignRow,
  type OffDesignTable,
  offDesignTable,
  toCelsius,
  type UnitSystem,
} from '../core';
import {
  loadScenarioFile,
  parseCommandArgs,
  scenarioPath,
  textTable,
  withScenarioErrors,
  writeOutput,
} from './args';
import { Display, unitSystemArg } from './display';
import type { CliIo, Command } from './io';
import { checkOutputs } from './files';
import { flows, temperatures } from './studyArgs';
import { convert, loadUnits } from './units';

const OFF_HELP = `heat-twin off-design — the scenario's plate exchanger over a grid of flows and inlet temperatures

Usage: heat-twin off-design <scenario.json> [options]

  --hot-flows LIST     coolant (miner-loop) flows: mass flows ("40 kg/s", "95000 lb/h"; a bare number is
                       kg/s), volume flows ("160 gpm", "10 L/s"; at the loop's nominal density) or shares
                       of the scenario's loop flow ("50%"); default 50%,75%,100%
  --cold-flows LIST    greenhouse-side flows through the exchanger, likewise; default 25%,50%,75%,100%
  --hot-in LIST        coolant inlet temperatures; a bare number is °C; default the miner inlet set-point
                       + 0, 5, 10 K
  --cold-in LIST       greenhouse return temperatures; a bare number is °C; default 40,50,60
  --set PATH=VALUE     override a scenario field (repeatable)
  --units SYS          units of the printed table: SI (default: kg/s, °C, kW) or imperial (lb/h, °F, MBH)
  --json               print the table as JSON (SI: kg/s, K, W, W/K)
  --csv FILE           write the table as CSV
  -h, --help           this help

The exchanger is the simulation's: UA at the nominal flows with each side's hA ∝ ṁ^n (Modelica Buildings
PlateHeatExchangerEffectivenessNTU), rated by ε-NTU for counterflow.

Example: heat-twin off-design models/sites/manitoba-pilot.json --cold-flows 25%,50%,100% --cold-in 45,55`;

const OFF_OPTIONS = {
  'hot-flows': { type: 'string' },
  'cold-flows': { type: 'string' },
  'hot-in': { type: 'string' },
  'cold-in': { type: 'string' },
  set: { type: 'string', multiple: true },
  units: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function runOffDesign(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('off-design', args, OFF_OPTIONS);
  if (v.help) {
    io.out(OFF_HELP);
    return 0;
  }
  const file = scenarioPath('off-design', positionals);
  const system = unitSystemArg(v.units);
  if (system === 'imperial') await loadUnits(); // the conversions of the table (units.ts)
  return withScenarioErrors(io, 'off-design', file, () => {
    const { scenario } = loadScenarioFile(file, v.set);
    const plant = buildPlant(scenario);
    checkOutputs({ '--csv': v.csv });
    const grid: OffDesignGrid = {};
    if (v['hot-flows'] !== undefined)
      grid.hotFlows = flows(v['hot-flows'], '--hot-flows', plant.minerFlow, plant.minerDensity);
    if (v['cold-flows'] !== undefined)
      grid.coldFlows = flows(v['cold-flows'], '--cold-flows', plant.greenhouseFlow, plant.greenhouseDensity);
    if (v['hot-in'] !== undefined) grid.hotInlets = temperatures(v['hot-in'], '--hot-in');
    if (v['cold-in'] !== undefined) grid.coldInlets = temperatures(v['cold-in'], '--cold-in');
    const table = offDesignTable(scenario, grid);
    if (v.csv !== undefined) writeOutput(v.csv, offDesignCsv(table), '--csv');
    if (v.json) {
      io.out(JSON.stringify(table, null, 2));
      return 0;
    }
    for (const line of offDesignText(table, system)) io.out(line);
    if (v.csv !== undefined) io.out(`Wrote ${v.csv}`);
    return 0;
  });
}

/** CSV of an off-design table (units in the headers). */
export function offDesignCsv(t: OffDesignTable): string {
  let out = csvLine([
    'hotFlow_kgs',
    'coldFlow_kgs',
    'hotIn_C',
    'coldIn_C',
    'ua_kWK',
    'ntu',
    'effectiveness',
    'duty_kW',
    'hotOut_C',
    'coldOut_C',
    'approach_K',
  ]);
  for (const r of t.rows) {
    out += csvLine([
      fixed(r.hotFlow, 4),
      fixed(r.coldFlow, 4),
      fixed(toCelsius(r.hotIn), 3),
      fixed(toCelsius(r.coldIn), 3),
      fixed(r.ua / 1e3, 4),
      fixed(r.ntu, 5),
      fixed(r.effectiveness, 6),
      fixed(r.duty / 1e3, 3),
      fixed(toCelsius(r.hotOut), 3),
      fixed(toCelsius(r.coldOut), 3),
      fixed(r.approach, 3),
    ]);
  }
  return out;
}

/** The table's columns in one unit system: header label and cell text from the SI value. */
interface Column {
  head: string;
  cell: (r: OffDesignRow) => string;
}

function columnsFor(system: UnitSystem): Column[] {
  const imp = system === 'imperial';
  const flowHead = imp ? 'lb/h' : 'kg/s';
  const flow = (kgs: number) =>
    imp ? Math.round(convert(kgs, 'kg/s', 'lb/h')).toLocaleString('en-US') : kgs.toFixed(1);
  const tHead = imp ? '°F' : '°C';
  const t = (k: number) => (imp ? convert(k, 'K', 'degF') : toCelsius(k)).toFixed(1);
  const perK = imp ? 1 / 1.8 : 1; // per kelvin → per °F
  const heat = (w: number) => (imp ? convert(w, 'W', 'BTU/h') : w) / 1e3; // kW or MBH
  return [
    { head: `hot ${flowHead}`, cell: (r) => flow(r.hotFlow) },
    { head: `cold ${flowHead}`, cell: (r) => flow(r.coldFlow) },
    { head: `hot in ${tHead}`, cell: (r) => t(r.hotIn) },
    { head: `cold in ${tHead}`, cell: (r) => t(r.coldIn) },
    { head: imp ? 'UA MBH/°F' : 'UA kW/K', cell: (r) => (heat(r.ua) * perK).toFixed(1) },
    { head: 'NTU', cell: (r) => r.ntu.toFixed(3) },
    { head: 'ε', cell: (r) => r.effectiveness.toFixed(4) },
    { head: imp ? 'duty MBH' : 'duty kW', cell: (r) => heat(r.duty).toFixed(0) },
    { head: `hot out ${tHead}`, cell: (r) => t(r.hotOut) },
    { head: `cold out ${tHead}`, cell: (r) => t(r.coldOut) },
    { head: imp ? 'approach °F' : 'approach K', cell: (r) => (r.approach / perK).toFixed(2) },
  ];
}

function offDesignText(t: OffDesignTable, system: UnitSystem): string[] {
  const x = t.exchanger;
  const d = new Display(system);
  const out = [
    `Plate exchanger off-design (${x.hotFluid} → ${x.coldFluid}, counterflow): UA ${d.ua(x.uaNominal)} ` +
      `at ${d.massFlow(x.hotFlowNominal)} / ${d.massFlow(x.coldFlowNominal)}, hA ∝ ṁ^${x.exponent}`,
    `Scenario loop flows: coolant ${d.massFlow(t.loopFlows.hot)}, greenhouse primary ${d.massFlow(t.loopFlows.cold)}`,
    '',
  ];
  const cols = columnsFor(system);
  out.push(
    ...textTable(
      cols.map((c) => c.head),
      t.rows.map((r) => cols.map((c) => c.cell(r))),
    ),
  );
  return out;
}

/** The `off-design` command (registered in main.ts next to `size-study`). */
export const offDesignCommand: Command = {
  summary: "duty and outlet temperatures of the scenario's exchanger over flows and inlet temperatures",
  run: runOffDesign,
};
