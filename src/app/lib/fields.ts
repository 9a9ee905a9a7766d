/**
 * The scenario editor's fields, grouped as people think of a site. Each field names its scenario path
 * (dotted, as in ScenarioIssue.path), how it is edited and, for quantities, its kind (display units).
 */
import { economicsGroup } from './econFields';
import type { Kind } from './units';

export interface Option {
  value: string;
  label: string;
}

interface Base {
  path: string;
  label: string;
  /** One line of help shown under the label (title attribute and print). */
  help?: string;
}

export type FieldDef =
  | (Base & { type: 'quantity'; kind: Kind; optional?: boolean })
  | (Base & { type: 'integer'; min: number; max: number; optional?: boolean; placeholder?: string })
  | (Base & { type: 'select'; options: () => Option[]; optional?: boolean })
  | (Base & { type: 'text'; optional?: boolean; placeholder?: string })
  | (Base & { type: 'fluid' })
  | (Base & { type: 'heatingCurve' })
  | (Base & { type: 'weather' })
  | (Base & { type: 'economics' });

export interface Group {
  id: string;
  title: string;
  fields: FieldDef[];
}

export interface Catalogs {
  miners: Option[];
  dryCoolers: Option[];
  plateExchangers: Option[];
  covers: Option[];
}

export const opts = (...xs: [string, string][]): (() => Option[]) => {
  const list = xs.map(([value, label]) => ({ value, label }));
  return () => list;
};

/** An optional economics text field; empty = the documented default (shown as placeholder). */
export function econ(path: string, label: string, dflt: string): FieldDef {
  return { path, label, type: 'text', optional: true, placeholder: `${dflt} (default)` };
}

function siteGroup(): Group {
  return {
    id: 'site',
    title: 'Site & weather',
    fields: [
      { path: 'name', label: 'Scenario name', type: 'text' },
      { path: 'site.name', label: 'Site', type: 'text' },
      { path: 'site.weather', label: 'Weather year', type: 'weather' },
      {
        path: 'site.designOutdoorTemperature',
        label: 'Heating design outdoor temperature',
        type: 'quantity',
        kind: 'temperature',
        help: 'ASHRAE 99.6 % heating design temperature',
      },
    ],
  };
}

function minersGroup(c: Catalogs): Group {
  return {
    id: 'miners',
    title: 'Miners',
    fields: [
      { path: 'miners.model', label: 'Miner model', type: 'select', options: () => c.miners },
      { path: 'miners.count', label: 'Number of miners', type: 'integer', min: 1, max: 1_000_000 },
      { path: 'miners.modules', label: 'Container modules', type: 'integer', min: 1, max: 10_000 },
      {
        path: 'miners.mode',
        label: 'Operating mode',
        type: 'select',
        options: opts(['normal', 'Normal'], ['eco', 'Eco (lower power)'], ['boost', 'Boost']),
      },
      { path: 'miners.powerLimit', label: 'Power limit', type: 'quantity', kind: 'fraction' },
      { path: 'miners.availability', label: 'Availability', type: 'quantity', kind: 'fraction' },
      {
        path: 'miners.containerAirTemperature',
        label: 'Container air temperature',
        type: 'quantity',
        kind: 'temperature',
      },
    ],
  };
}

function coolantGroup(): Group {
  return {
    id: 'coolant',
    title: 'Coolant loop',
    fields: [
      { path: 'minerLoop.fluid', label: 'Coolant', type: 'fluid' },
      {
        path: 'minerLoop.flowPerMiner',
        label: 'Flow per miner',
        type: 'quantity',
        kind: 'smallVolumeFlow',
      },
      {
        path: 'minerLoop.inletSetpoint',
        label: 'Miner inlet set-point',
        type: 'quantity',
        kind: 'temperature',
        help: 'held by the dry cooler fans',
      },
      { path: 'minerLoop.pressure', label: 'Loop pressure', type: 'quantity', kind: 'pressure' },
      { path: 'minerLoop.pumpEfficiency', label: 'Pump efficiency', type: 'quantity', kind: 'fraction' },
      {
        path: 'minerLoop.externalPressureDrop',
        label: 'Pressure drop outside the miners',
        type: 'quantity',
        kind: 'pressure',
      },
    ],
  };
}

function exchangerGroup(c: Catalogs): Group {
  return {
    id: 'exchanger',
    title: 'Plate exchanger',
    fields: [
      {
        path: 'heatExchanger.model',
        label: 'Catalog exchanger',
        type: 'select',
        optional: true,
        options: () => c.plateExchangers,
      },
      {
        path: 'heatExchanger.area',
        label: 'Plate area',
        type: 'quantity',
        kind: 'area',
        optional: true,
        help: 'empty: the catalog area',
      },
      {
        path: 'heatExchanger.overallU',
        label: 'Overall U',
        type: 'quantity',
        kind: 'heatTransferCoefficient',
        optional: true,
        help: 'empty: the catalog U',
      },
      {
        path: 'heatExchanger.ua',
        label: 'UA (overrides area × U)',
        type: 'quantity',
        kind: 'conductance',
        optional: true,
      },
      { path: 'heatExchanger.flowExponent', label: 'hA flow exponent', type: 'quantity', kind: 'plain' },
    ],
  };
}

function dryCoolerGroup(c: Catalogs): Group {
  return {
    id: 'dryCooler',
    title: 'Dry cooler',
    fields: [
      { path: 'dryCooler.model', label: 'Dry cooler model', type: 'select', options: () => c.dryCoolers },
      { path: 'dryCooler.count', label: 'Number of units', type: 'integer', min: 0, max: 1000 },
    ],
  };
}

function greenhouseGroup(c: Catalogs): Group {
  return {
    id: 'greenhouse',
    title: 'Greenhouse',
    fields: [
      { path: 'greenhouse.floorArea', label: 'Floor area', type: 'quantity', kind: 'area' },
      { path: 'greenhouse.cover', label: 'Cover', type: 'select', options: () => c.covers },
      { path: 'greenhouse.height', label: 'Mean height', type: 'quantity', kind: 'length' },
      {
        path: 'greenhouse.coverToFloorRatio',
        label: 'Cover / floor area ratio',
        type: 'quantity',
        kind: 'plain',
      },
      { path: 'greenhouse.daySetpoint', label: 'Day set-point', type: 'quantity', kind: 'temperature' },
      { path: 'greenhouse.nightSetpoint', label: 'Night set-point', type: 'quantity', kind: 'temperature' },
      {
        path: 'greenhouse.ventOffset',
        label: 'Vents open above set-point by',
        type: 'quantity',
        kind: 'temperatureDifference',
      },
      {
        path: 'greenhouse.thermalScreen',
        label: 'Thermal screen',
        type: 'select',
        optional: true,
        options: opts(['installed', 'Installed (its saving follows from physics)'], ['none', 'None']),
      },
      { path: 'greenhouse.leakage', label: 'Air leakage', type: 'quantity', kind: 'airChanges' },
      {
        path: 'greenhouse.pipeLengthPerArea',
        label: 'Heating pipe per floor area',
        type: 'quantity',
        kind: 'pipePerArea',
      },
      {
        path: 'greenhouse.pipeFlowPerArea',
        label: 'Heating-circuit flow per floor area',
        type: 'quantity',
        kind: 'massFluxPerArea',
      },
      { path: 'greenhouse.leafAreaIndex', label: 'Leaf area index', type: 'quantity', kind: 'plain' },
      {
        path: 'greenhouse.indoorRH',
        label: 'Humidity limit (vents and screen open above it)',
        type: 'quantity',
        kind: 'fraction',
      },
    ],
  };
}

function greenhouseLoopGroup(): Group {
  return {
    id: 'greenhouseLoop',
    title: 'Greenhouse water loop',
    fields: [
      { path: 'greenhouseLoop.flow', label: 'Primary flow', type: 'quantity', kind: 'volumeFlow' },
      { path: 'greenhouseLoop.heatingCurve', label: 'Heating curve', type: 'heatingCurve' },
      { path: 'greenhouseLoop.pressure', label: 'Loop pressure', type: 'quantity', kind: 'pressure' },
      {
        path: 'greenhouseLoop.pumpEfficiency',
        label: 'Pump efficiency',
        type: 'quantity',
        kind: 'fraction',
      },
      {
        path: 'greenhouseLoop.externalPressureDrop',
        label: 'Loop pressure drop',
        type: 'quantity',
        kind: 'pressure',
      },
    ],
  };
}

function bufferGroup(): Group {
  return {
    id: 'buffer',
    title: 'Buffer tank',
    fields: [
      { path: 'bufferTank.volume', label: 'Volume (0 = none)', type: 'quantity', kind: 'volume' },
      { path: 'bufferTank.height', label: 'Height', type: 'quantity', kind: 'length' },
      { path: 'bufferTank.nodes', label: 'Stratification layers', type: 'integer', min: 1, max: 50 },
      { path: 'bufferTank.lossUA', label: 'Heat-loss UA', type: 'quantity', kind: 'smallConductance' },
    ],
  };
}

function backupGroup(): Group {
  return {
    id: 'backup',
    title: 'Backup heater',
    fields: [
      {
        path: 'backupHeater.type',
        label: 'Fuel',
        type: 'select',
        options: opts(
          ['electric', 'Electric boiler'],
          ['natural-gas', 'Natural gas'],
          ['propane', 'Propane'],
        ),
      },
      { path: 'backupHeater.capacity', label: 'Capacity', type: 'quantity', kind: 'power' },
      { path: 'backupHeater.efficiency', label: 'Efficiency', type: 'quantity', kind: 'fraction' },
    ],
  };
}

function controlGroup(): Group {
  return {
    id: 'control',
    title: 'Control',
    fields: [
      {
        path: 'control.dispatch',
        label: 'Dispatch',
        type: 'select',
        options: opts(
          ['mining-first', 'Mining first (full power)'],
          ['heat-led', 'Heat-led (follow the load)'],
        ),
      },
      {
        path: 'control.minPowerFraction',
        label: 'Minimum power (heat-led)',
        type: 'quantity',
        kind: 'fraction',
      },
      { path: 'simulation.timeStep', label: 'Simulation time step', type: 'quantity', kind: 'duration' },
    ],
  };
}

/** The editor groups (the Economics group lists the scenario's own economics keys at run time). */
export function editorGroups(c: Catalogs): Group[] {
  return [
    siteGroup(),
    minersGroup(c),
    coolantGroup(),
    exchangerGroup(c),
    dryCoolerGroup(c),
    greenhouseGroup(c),
    greenhouseLoopGroup(),
    bufferGroup(),
    backupGroup(),
    controlGroup(),
    economicsGroup(),
  ];
}

/** Every field path of the editor (for mapping validation issues to fields). */
export function fieldPaths(groups: Group[]): string[] {
  return groups.flatMap((g) => g.fields.map((f) => f.path));
}

/**
 * Each editor field by its path, with its group's title — the groups without catalog choices, for the pure
 * lookups (a field's label in messages, the Telemetry tab's fit parameters, the Sweep tab's parameters).
 */
export const FIELDS_BY_PATH: ReadonlyMap<string, { def: FieldDef; group: string }> = new Map(
  editorGroups({ miners: [], dryCoolers: [], plateExchangers: [], covers: [] }).flatMap((g) =>
    g.fields.map((def) => [def.path, { def, group: g.title }] as const),
  ),
);
