/**
 * The plant's parts as the scene names them: what each one is, which of the core's hourly series describe it
 * (the inspect panel shows exactly those numbers), which temperature colours it and where it sits on the
 * heat path.
 *
 * Topology (src/core/plant/plant.ts):
 *   miner loop:      miners → hot header → exchanger hot side → dry cooler → pump → cold header → miners
 *   greenhouse loop: greenhouse return → exchanger cold side (branch) ─┐
 *                                      └─ bypass ───────────────────────┴→ boilers → supply → heating rails
 */
import type { SeriesName } from '../../core';
import type { QuantityKind } from './format';

export const COMPONENT_IDS = [
  'miners',
  'hotHeader',
  'hx',
  'hxToCooler',
  'dryCooler',
  'coldHeader',
  'minerPump',
  'ghReturn',
  'hxColdOut',
  'bypass',
  'preheat',
  'boiler',
  'supply',
  'bufferTank',
  'greenhouse',
  'rails',
  'screen',
  'aiRacks',
  'heatPump',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];
/** Numeric id of a component (vertex attribute / uniform index). */
export const CID: Record<ComponentId, number> = Object.fromEntries(
  COMPONENT_IDS.map((c, i) => [c, i]),
) as Record<ComponentId, number>;
/** Uniform slot for parts that belong to no component (ground pads, fences…). */
export const CID_NONE = COMPONENT_IDS.length;
export const CID_COUNT = COMPONENT_IDS.length + 1;

/** Temperatures the scene colours things with, in uniform-slot order. */
export const TEMPERATURE_SERIES = [
  'minerInletT',
  'minerOutletT',
  'hxHotOutT',
  'greenhouseReturnT',
  'hxColdOutT',
  'preheatedT',
  'supplyT',
  'pipeInletT',
  'pipeOutletT',
  'pipeMeanT',
  'greenhouseAirT',
  'chipT',
  'canopyT',
  'coverT',
  'outdoorT',
  'tankTopT',
  'tankBottomT',
] as const satisfies readonly SeriesName[];
export type TemperatureSeries = (typeof TEMPERATURE_SERIES)[number];
export const TID: Record<TemperatureSeries, number> = Object.fromEntries(
  TEMPERATURE_SERIES.map((t, i) => [t, i]),
) as Record<TemperatureSeries, number>;
export const TID_COUNT = TEMPERATURE_SERIES.length;

/** Flow loops whose particles/stripes move at their own speed. */
export const FLOW_LOOPS = ['miner', 'hxCold', 'bypass', 'greenhouse', 'rails'] as const;
export type FlowLoop = (typeof FLOW_LOOPS)[number];
export const LOOP: Record<FlowLoop, number> = Object.fromEntries(FLOW_LOOPS.map((l, i) => [l, i])) as Record<
  FlowLoop,
  number
>;
export const LOOP_COUNT = FLOW_LOOPS.length;

/** One line of the inspect panel: a series of the core at the current hour. */
export interface ReadoutSpec {
  label: string;
  series: SeriesName;
  kind: QuantityKind;
}

export interface ComponentSpec {
  id: ComponentId;
  name: string;
  /** One sentence for people new to the plant. */
  role: string;
  /** Temperature that colours it (its mean fluid temperature); null = not coloured. */
  colour: TemperatureSeries | null;
  readouts: ReadoutSpec[];
  /** The heat path highlighted when it is selected (always includes itself). */
  path: ComponentId[];
}

const T = (label: string, series: SeriesName): ReadoutSpec => ({ label, series, kind: 'temperature' });
const P = (label: string, series: SeriesName): ReadoutSpec => ({ label, series, kind: 'power' });
/** An electric power: kW / MW in either unit system. */
const E = (label: string, series: SeriesName): ReadoutSpec => ({ label, series, kind: 'electricPower' });
const M = (label: string, series: SeriesName): ReadoutSpec => ({ label, series, kind: 'massFlow' });
const F = (label: string, series: SeriesName): ReadoutSpec => ({ label, series, kind: 'fraction' });

/** From the miners to the greenhouse (recovered heat). */
const RECOVERY: ComponentId[] = [
  'miners',
  'hotHeader',
  'hx',
  'hxColdOut',
  'preheat',
  'boiler',
  'supply',
  'rails',
  'greenhouse',
];
/** From the miners to the sky (rejected heat). */
const REJECTION: ComponentId[] = ['miners', 'hotHeader', 'hx', 'hxToCooler', 'dryCooler'];
/** Back to the miners. */
const MINER_RETURN: ComponentId[] = ['dryCooler', 'coldHeader', 'minerPump', 'miners'];
const uniq = (...lists: ComponentId[][]): ComponentId[] => [...new Set(lists.flat())];

export const COMPONENTS: Record<ComponentId, ComponentSpec> = {
  miners: {
    id: 'miners',
    name: 'Miners',
    role: 'Liquid-cooled miners in container modules; cold plates pass their heat to the glycol loop.',
    colour: 'chipT',
    readouts: [
      E('Electric power', 'minerElectricPower'),
      P('Heat to coolant', 'heatToCoolant'),
      P('Heat to container air', 'heatToAir'),
      { label: 'Hashrate', series: 'hashrate', kind: 'hashrate' },
      F('Running (uptime)', 'minerUptime'),
      F('Power limit', 'minerPowerLimit'),
      T('Chip temperature', 'chipT'),
      T('Coolant in', 'minerInletT'),
      T('Coolant out', 'minerOutletT'),
      M('Coolant flow', 'minerFlow'),
    ],
    path: uniq(RECOVERY, REJECTION),
  },
  hotHeader: {
    id: 'hotHeader',
    name: 'Hot glycol header',
    role: 'Collects the hot glycol from every container and carries it to the plate exchanger.',
    colour: 'minerOutletT',
    readouts: [
      T('Temperature', 'minerOutletT'),
      M('Flow', 'minerFlow'),
      P('Heat carried to the exchanger', 'heatToCoolant'),
    ],
    path: uniq(RECOVERY, REJECTION),
  },
  hx: {
    id: 'hx',
    name: 'Plate heat exchanger',
    role: 'Passes miner heat from the glycol loop to the greenhouse water without mixing them.',
    colour: 'minerOutletT',
    readouts: [
      P('Duty', 'hxDuty'),
      T('Glycol in (hot)', 'minerOutletT'),
      T('Glycol out', 'hxHotOutT'),
      T('Water in', 'greenhouseReturnT'),
      T('Water out (pre-heated)', 'hxColdOutT'),
      M('Glycol flow', 'minerFlow'),
      M('Water flow', 'hxColdFlow'),
      { label: 'UA', series: 'hxUA', kind: 'conductance' },
    ],
    path: uniq(RECOVERY, REJECTION, ['ghReturn']),
  },
  hxToCooler: {
    id: 'hxToCooler',
    name: 'Glycol to dry cooler',
    role: 'Glycol leaving the exchanger; whatever heat the greenhouse did not take goes on to the dry cooler.',
    colour: 'hxHotOutT',
    readouts: [
      T('Temperature', 'hxHotOutT'),
      M('Flow', 'minerFlow'),
      P('Heat still to reject', 'dryCoolerDuty'),
    ],
    path: REJECTION,
  },
  dryCooler: {
    id: 'dryCooler',
    name: 'Dry cooler',
    role: 'Rejects the heat the greenhouse cannot use to outdoor air; its fans hold the miner inlet temperature.',
    colour: 'hxHotOutT',
    readouts: [
      P('Heat rejected', 'dryCoolerDuty'),
      F('Fan speed', 'fanSpeed'),
      E('Fan power', 'fanPower'),
      T('Glycol in', 'hxHotOutT'),
      T('Glycol out (to miners)', 'minerInletT'),
      T('Outdoor air', 'outdoorT'),
      M('Glycol flow', 'minerFlow'),
    ],
    path: uniq(REJECTION, MINER_RETURN),
  },
  coldHeader: {
    id: 'coldHeader',
    name: 'Cold glycol header',
    role: 'Returns cooled glycol to every container at the miner inlet set-point.',
    colour: 'minerInletT',
    readouts: [T('Temperature', 'minerInletT'), M('Flow', 'minerFlow')],
    path: MINER_RETURN,
  },
  minerPump: {
    id: 'minerPump',
    name: 'Loop pumps',
    role: 'Circulate the glycol loop and the greenhouse primary loop.',
    colour: 'minerInletT',
    readouts: [
      E('Pump power (both loops)', 'pumpPower'),
      M('Glycol flow', 'minerFlow'),
      M('Water flow', 'greenhouseFlow'),
    ],
    path: MINER_RETURN,
  },
  ghReturn: {
    id: 'ghReturn',
    name: 'Greenhouse return',
    role: 'Cooled water coming back from the greenhouse to be pre-heated.',
    colour: 'greenhouseReturnT',
    readouts: [T('Temperature', 'greenhouseReturnT'), M('Flow', 'greenhouseFlow')],
    path: ['greenhouse', 'ghReturn', 'hx', 'bypass'],
  },
  hxColdOut: {
    id: 'hxColdOut',
    name: 'Pre-heated water',
    role: 'Water leaving the exchanger, warmed by the miners, on its way to the boilers.',
    colour: 'hxColdOutT',
    readouts: [T('Temperature', 'hxColdOutT'), M('Flow', 'hxColdFlow'), P('Heat picked up', 'hxDuty')],
    path: RECOVERY,
  },
  bypass: {
    id: 'bypass',
    name: 'Exchanger bypass',
    role: 'Return water the exchanger does not need goes around it and mixes back before the boilers.',
    colour: 'greenhouseReturnT',
    readouts: [
      T('Temperature', 'greenhouseReturnT'),
      M('Primary flow (bypass + exchanger)', 'greenhouseFlow'),
      M('Through the exchanger', 'hxColdFlow'),
    ],
    path: ['ghReturn', 'bypass', 'preheat'],
  },
  preheat: {
    id: 'preheat',
    name: 'Boiler feed',
    role: 'Mixed pre-heated water entering the backup boilers.',
    colour: 'preheatedT',
    readouts: [T('Temperature', 'preheatedT'), M('Flow', 'greenhouseFlow')],
    path: RECOVERY,
  },
  boiler: {
    id: 'boiler',
    name: 'Backup boilers',
    role: 'Top the pre-heated water up to the supply temperature the greenhouse asks for.',
    colour: 'supplyT',
    readouts: [
      P('Heat added', 'backupHeat'),
      P('Energy input', 'backupInput'),
      T('Water in', 'preheatedT'),
      T('Water out (supply)', 'supplyT'),
      T('Supply set-point', 'supplySetpointT'),
      P('Unmet heat', 'unmetHeat'),
    ],
    path: ['boiler', 'preheat', 'supply', 'rails', 'greenhouse'],
  },
  supply: {
    id: 'supply',
    name: 'Greenhouse supply',
    role: 'Hot water to the greenhouse mixing valve and heating circuit.',
    colour: 'supplyT',
    readouts: [
      T('Temperature', 'supplyT'),
      M('Flow', 'greenhouseFlow'),
      P('Heat delivered', 'greenhouseHeatDemand'),
    ],
    path: RECOVERY,
  },
  bufferTank: {
    id: 'bufferTank',
    name: 'Buffer tank',
    role: 'Stores surplus miner heat and gives it back before the boilers fire.',
    colour: 'tankTopT',
    readouts: [
      T('Top', 'tankTopT'),
      T('Bottom', 'tankBottomT'),
      P('Charging', 'tankCharge'),
      P('Discharging', 'tankDischarge'),
      P('Standing loss', 'tankLoss'),
    ],
    path: ['hx', 'hxColdOut', 'bufferTank', 'preheat', 'boiler'],
  },
  aiRacks: {
    id: 'aiRacks',
    name: 'AI racks',
    role: 'Liquid-cooled AI/GPU racks in their hall; their warm water (≈ 40–45 °C) feeds the heat pump, what it does not take goes to their own dry coolers.',
    colour: null,
    readouts: [
      E('IT power', 'aiItPower'),
      P('Liquid heat to the heat pump', 'heatPumpSourceHeat'),
      P('Rejected by their dry coolers', 'aiHeatRejected'),
      P('Heat to the hall air', 'aiHeatToAir'),
    ],
    path: ['aiRacks', 'heatPump', 'preheat', 'boiler', 'supply', 'rails', 'greenhouse'],
  },
  heatPump: {
    id: 'heatPump',
    name: 'Heat pump',
    role: 'Water-to-water heat pump: lifts the AI racks’ warm water to the greenhouse supply, in series after the exchanger and before the boilers.',
    colour: 'supplyT',
    readouts: [
      P('Heat to the greenhouse loop', 'heatPumpHeat'),
      E('Compressor electricity', 'heatPumpElectricity'),
      P('Heat taken from the racks', 'heatPumpSourceHeat'),
      T('Water in', 'preheatedT'),
      T('Supply', 'supplyT'),
    ],
    path: ['aiRacks', 'heatPump', 'preheat', 'boiler', 'supply', 'rails', 'greenhouse'],
  },
  greenhouse: {
    id: 'greenhouse',
    name: 'Greenhouse',
    role: 'Tomato greenhouse heated by pipe rails under the crop; the miners pre-heat its water.',
    colour: 'greenhouseAirT',
    readouts: [
      T('Air', 'greenhouseAirT'),
      T('Set-point', 'setpointT'),
      T('Crop', 'canopyT'),
      T('Cover', 'coverT'),
      T('Outdoor', 'outdoorT'),
      P('Heat delivered', 'greenhouseHeatDemand'),
      P('from the miners', 'heatToGreenhouse'),
      P('from the boilers', 'backupHeat'),
      P('Cover loss', 'coverLoss'),
      P('Sun absorbed', 'solarAbsorbed'),
      F('Thermal screen closed', 'screenClosed'),
      F('Vents open', 'ventOpening'),
      P('Unmet heat', 'unmetHeat'),
    ],
    path: RECOVERY,
  },
  rails: {
    id: 'rails',
    name: 'Heating pipe rails',
    role: 'Pipe rails under the crop (51 mm) that give the water’s heat to the greenhouse air and plants.',
    colour: 'pipeMeanT',
    readouts: [
      T('Water in', 'pipeInletT'),
      T('Water out', 'pipeOutletT'),
      T('Mean pipe', 'pipeMeanT'),
      T('Supply available', 'supplyT'),
      P('Heat given', 'greenhouseHeatDemand'),
    ],
    path: RECOVERY,
  },
  screen: {
    id: 'screen',
    name: 'Thermal screen',
    role: 'Energy curtain drawn under the roof on cold nights and days to cut the cover loss.',
    colour: null,
    readouts: [F('Closed', 'screenClosed'), T('Outdoor', 'outdoorT'), P('Cover loss', 'coverLoss')],
    path: ['screen', 'greenhouse'],
  },
};
