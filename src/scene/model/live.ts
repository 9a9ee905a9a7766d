/**
 * Live state of the scene at one hour, read from the core's hourly series (no physics here): colour-scale
 * positions, flow-animation speeds, fans, miner status, screen, sun, snow. Also the inspect-panel readouts
 * (exactly the core's numbers) and the guided tour's captions.
 */
import { aiRackModel, type Scenario, type SeriesName, type SimulationResult } from '../../core';
import { grassGreenness, type SunState, snowCover, sunForHour } from './calendar';
import { scalePosition, type TemperatureScale } from './colormap';
import {
  type ComponentId,
  COMPONENTS,
  FLOW_LOOPS,
  LOOP,
  LOOP_COUNT,
  TEMPERATURE_SERIES,
  TID_COUNT,
} from './components';
import { formatQuantity, type QuantityKind, type Units } from './format';

/** Visual speed (m/s along the pipe) of the flow animation at the loop's largest flow of the year. */
export const FLOW_SPEED_AT_MAX = 3;

export interface LiveState {
  /** Hour shown (clamped into the result). */
  hour: number;
  /** False while there is no result: everything is drawn neutral. */
  hasData: boolean;
  /** Temperatures in TEMPERATURE_SERIES order, K (NaN without data). */
  temps: Float64Array;
  /** Their positions on the colour scale, 0–1, or −1 for no data. */
  tpos: Float32Array;
  /** Flow-animation speed per loop (FLOW_LOOPS order), m/s along the pipe. */
  flowSpeed: Float32Array;
  /** Dry-cooler fan speed, 0–1 (the core's `fanSpeed`). */
  fanSpeed: number;
  /** Share of miners running (the core's `minerUptime`), 0–1. */
  uptime: number;
  /** Power limit of the running miners (the core's `minerPowerLimit`), 0–1. */
  powerLimit: number;
  screenClosed: boolean;
  ventOpening: number;
  snow: number;
  greenness: number;
  sun: SunState;
  /** Global horizontal irradiance of the hour, W/m². */
  globalHorizontal: number;
  outdoorT: number;
}

export function createLiveState(): LiveState {
  return {
    hour: 0,
    hasData: false,
    temps: new Float64Array(TID_COUNT).fill(Number.NaN),
    tpos: new Float32Array(TID_COUNT).fill(-1),
    flowSpeed: new Float32Array(LOOP_COUNT),
    fanSpeed: 0,
    uptime: 1,
    powerLimit: 1,
    screenClosed: false,
    ventOpening: 0,
    snow: 0,
    greenness: 0.5,
    sun: { elevation: 30, azimuth: 180 },
    globalHorizontal: 0,
    outdoorT: Number.NaN,
  };
}

/** Largest flow of the year per loop (the animation's reference), kg/s; computed once per result. */
export function flowReferences(result: SimulationResult): Float64Array {
  const s = result.series;
  const ref = new Float64Array(LOOP_COUNT);
  for (let i = 0; i < result.hours; i++) {
    ref[LOOP.miner] = Math.max(ref[LOOP.miner]!, s.minerFlow[i]!);
    ref[LOOP.hxCold] = Math.max(ref[LOOP.hxCold]!, s.hxColdFlow[i]!);
    ref[LOOP.bypass] = Math.max(ref[LOOP.bypass]!, s.greenhouseFlow[i]! - s.hxColdFlow[i]!);
    ref[LOOP.greenhouse] = Math.max(ref[LOOP.greenhouse]!, s.greenhouseFlow[i]!);
  }
  ref[LOOP.rails] = 1;
  return ref;
}

/** Mass flow of each animated loop at hour i, kg/s (rails: 1 while the rails give heat, else 0). */
export function loopFlow(result: SimulationResult, i: number, loop: (typeof FLOW_LOOPS)[number]): number {
  const s = result.series;
  switch (loop) {
    case 'miner':
      return s.minerFlow[i]!;
    case 'hxCold':
      return s.hxColdFlow[i]!;
    case 'bypass':
      return Math.max(0, s.greenhouseFlow[i]! - s.hxColdFlow[i]!);
    case 'greenhouse':
      return s.greenhouseFlow[i]!;
    case 'rails':
      return s.greenhouseHeatDemand[i]! > 0 ? 1 : 0;
  }
}

/** Animation speed ∝ flow: FLOW_SPEED_AT_MAX × ṁ / ṁ_max (0 for no flow or no reference). */
export function flowSpeed(massFlow: number, reference: number): number {
  if (!(reference > 0) || !(massFlow > 0)) return 0;
  return (FLOW_SPEED_AT_MAX * massFlow) / reference;
}

/** Fill `out` with the live state of `hour` (no allocation except the sun object). */
export function computeLive(
  out: LiveState,
  result: SimulationResult | null,
  scale: TemperatureScale,
  hour: number,
  flowRef: Float64Array | null,
): LiveState {
  if (!result || result.hours === 0) {
    out.hasData = false;
    out.hour = Math.max(0, Math.floor(hour) || 0);
    out.temps.fill(Number.NaN);
    out.tpos.fill(-1);
    out.flowSpeed.fill(0);
    out.fanSpeed = 0;
    out.uptime = 1;
    out.powerLimit = 1;
    out.screenClosed = false;
    return out;
  }
  const i = Math.min(result.hours - 1, Math.max(0, Math.floor(hour) || 0));
  const s = result.series;
  out.hasData = true;
  out.hour = i;
  for (let k = 0; k < TID_COUNT; k++) {
    const series = s[TEMPERATURE_SERIES[k]!];
    const T = series ? series[i]! : Number.NaN;
    out.temps[k] = T;
    out.tpos[k] = scalePosition(scale, T);
  }
  for (let k = 0; k < LOOP_COUNT; k++) {
    out.flowSpeed[k] = flowSpeed(loopFlow(result, i, FLOW_LOOPS[k]!), flowRef ? flowRef[k]! : 0);
  }
  out.fanSpeed = s.fanSpeed[i]!;
  out.uptime = s.minerUptime[i]!;
  out.powerLimit = s.minerPowerLimit[i]!;
  out.screenClosed = s.screenClosed[i]! > 0.5;
  out.ventOpening = s.ventOpening[i]!;
  out.snow = snowCover(s.outdoorT, i);
  out.greenness = grassGreenness(s.outdoorT, i);
  out.sun = sunForHour(result.weather.latitude, result.weather.longitude, i, result.weather.hours === 8784);
  out.globalHorizontal = s.globalHorizontal[i]!;
  out.outdoorT = s.outdoorT[i]!;
  return out;
}

/** Miner status counts at an hour, for `drawn` miner boxes. */
export interface MinerStatus {
  running: number;
  off: number;
  throttled: boolean;
}

/**
 * How many of the drawn miners to show off: round((1 − uptime) × drawn); the rest run, throttled when the
 * core's power limit is below 99.9 %.
 */
export function minerStatus(uptime: number, powerLimit: number, drawn: number): MinerStatus {
  const u = Number.isFinite(uptime) ? Math.min(1, Math.max(0, uptime)) : 1;
  const off = Math.round((1 - u) * drawn);
  return { running: drawn - off, off, throttled: powerLimit < 0.999 };
}

/** One line of the inspect panel. */
export interface Readout {
  label: string;
  series: SeriesName;
  kind: QuantityKind;
  /** The core's number at the hour, SI. */
  value: number;
  /** `value` formatted with its unit. */
  text: string;
}

/** The inspect panel's lines for a component at hour i: the core's series values, formatted. */
export function readouts(result: SimulationResult, id: ComponentId, i: number, units: Units): Readout[] {
  const h = Math.min(result.hours - 1, Math.max(0, i));
  return COMPONENTS[id].readouts
    .filter((r) => result.series[r.series] !== undefined)
    .map((r) => {
      const value = result.series[r.series][h]!;
      return {
        label: r.label,
        series: r.series,
        kind: r.kind,
        value,
        text: formatQuantity(value, r.kind, units),
      };
    });
}

/** Whether component `c` lies on the heat path of the selection. */
export function onHeatPath(selected: ComponentId | null, c: ComponentId): boolean {
  return selected === null ? false : COMPONENTS[selected].path.includes(c);
}

/** A short hover text: name and the one or two numbers that matter most. */
export function tooltipText(
  result: SimulationResult | null,
  id: ComponentId,
  i: number,
  units: Units,
): string {
  const spec = COMPONENTS[id];
  if (!result) return spec.name;
  const r = readouts(result, id, i, units).slice(0, 2);
  return `${spec.name} — ${r.map((x) => `${x.label.toLowerCase()} ${x.text}`).join(' · ')}`;
}

export type ViewName = 'overview' | 'container' | 'exchanger' | 'drycooler' | 'greenhouse';

export interface TourStep {
  view: ViewName;
  select: ComponentId | null;
  title: string;
  caption: string;
}

/**
 * The guided tour from the miners to the greenhouse, with the key numbers of the hour shown and of the year.
 */
export function tourSteps(
  result: SimulationResult,
  scenario: Scenario,
  hour: number,
  units: Units,
): TourStep[] {
  const i = Math.min(result.hours - 1, Math.max(0, hour));
  const s = result.series;
  const q = (series: SeriesName, kind: QuantityKind) => formatQuantity(s[series][i]!, kind, units);
  const k = result.kpis;
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const modules = scenario.miners.modules;
  const count = scenario.miners.count.toLocaleString('en-US');
  const v = (series: SeriesName) => s[series][i]!;
  const year = (mwh: number) => formatQuantity(mwh * 3.6e9, 'energy', units);
  const running =
    v('minerUptime') < 0.999 || v('minerPowerLimit') < 0.999
      ? ` ${q('minerUptime', 'fraction')} of them are running, at ${q('minerPowerLimit', 'fraction')} power.`
      : '';
  const steps: TourStep[] = [
    {
      view: 'overview',
      select: null,
      title: 'The plant',
      caption: `${count} liquid-cooled miners in ${modules} container${modules === 1 ? '' : 's'} heat a ${formatQuantity(scenario.greenhouse.floorArea, 'area', units)} tomato greenhouse. Over the year the miners${k.heatPumpHeat_MWh > 0 ? ' and the AI racks’ heat pump' : ''} cover ${pct(k.heatCoverage)} of its heat (${year(k.heatToGreenhouse_MWh)}${k.heatPumpHeat_MWh > 0 ? ` from the miners, ${year(k.heatPumpHeat_MWh)} from the heat pump` : ''}).`,
    },
    {
      view: 'container',
      select: 'miners',
      title: 'Inside a container',
      caption: `The miners draw ${q('minerElectricPower', 'power')}; ${q('heatToCoolant', 'power')} of it goes into the glycol, which leaves at ${q('minerOutletT', 'temperature')} (chips at ${q('chipT', 'temperature')}).${running}`,
    },
    {
      view: 'exchanger',
      select: 'hx',
      title: 'Plate heat exchanger',
      caption:
        v('hxDuty') > 1e3
          ? `${q('hxDuty', 'power')} crosses the plates now: greenhouse water comes in at ${q('greenhouseReturnT', 'temperature')} and leaves at ${q('hxColdOutT', 'temperature')}.`
          : `The greenhouse needs no heat this hour, so the exchanger idles. Over the year it passes ${year(k.heatToGreenhouse_MWh)} to the greenhouse water.`,
    },
    {
      view: 'drycooler',
      select: 'dryCooler',
      title: 'Dry cooler',
      caption:
        v('dryCoolerDuty') > 1e3
          ? `Heat the greenhouse cannot take goes to the air: ${q('dryCoolerDuty', 'power')} now, fans at ${q('fanSpeed', 'fraction')}. This year: ${year(k.heatRejected_MWh)} rejected.`
          : `The greenhouse takes all the miners’ heat this hour: the dry cooler’s fans stand still. This year: ${year(k.heatRejected_MWh)} rejected.`,
    },
    {
      view: 'greenhouse',
      select: 'greenhouse',
      title: 'The greenhouse',
      caption:
        v('greenhouseHeatDemand') > 1e3
          ? `Air at ${q('greenhouseAirT', 'temperature')} with ${q('outdoorT', 'temperature')} outside. It takes ${q('greenhouseHeatDemand', 'power')}: ${q('heatToGreenhouse', 'power')} from the miners, ${q('backupHeat', 'power')} from the boilers.`
          : `Air at ${q('greenhouseAirT', 'temperature')} with ${q('outdoorT', 'temperature')} outside: no heating needed this hour. Over the year it needs ${year(k.greenhouseHeatDemand_MWh)}, ${pct(k.heatCoverage)} of it from the miners.`,
    },
  ];
  return steps;
}

/** Title and live value of an in-scene label. */
export interface LabelContent {
  title: string;
  value: string;
  /** Series whose temperature the label's swatch shows (null = none). */
  swatch: SeriesName | null;
}

/** The in-scene labels' text at hour i (names without a result). */
export function labelContent(
  result: SimulationResult | null,
  scenario: Scenario,
  id: ComponentId,
  i: number,
  units: Units,
): LabelContent {
  const h = result ? Math.min(result.hours - 1, Math.max(0, i)) : 0;
  const q = (series: SeriesName, kind: QuantityKind) =>
    result ? formatQuantity(result.series[series][h]!, kind, units) : '…';
  switch (id) {
    case 'miners':
      return {
        title: `Miners · ${scenario.miners.count.toLocaleString('en-US')} in ${scenario.miners.modules} module${scenario.miners.modules === 1 ? '' : 's'}`,
        value: `${q('minerElectricPower', 'power')} · coolant out ${q('minerOutletT', 'temperature')}`,
        swatch: 'minerOutletT',
      };
    case 'hx':
      return {
        title: 'Plate heat exchanger',
        value: `${q('hxDuty', 'power')} · water out ${q('hxColdOutT', 'temperature')}`,
        swatch: 'hxColdOutT',
      };
    case 'dryCooler':
      return {
        title: 'Dry cooler',
        value: `${q('dryCoolerDuty', 'power')} rejected · fans ${q('fanSpeed', 'fraction')}`,
        swatch: 'hxHotOutT',
      };
    case 'boiler':
      return {
        title: 'Backup boilers',
        value: `${q('backupHeat', 'power')} · supply ${q('supplyT', 'temperature')}`,
        swatch: 'supplyT',
      };
    case 'greenhouse':
      return {
        title: `Greenhouse · ${formatQuantity(scenario.greenhouse.floorArea, 'area', units)}`,
        value: `air ${q('greenhouseAirT', 'temperature')} · outside ${q('outdoorT', 'temperature')}`,
        swatch: 'greenhouseAirT',
      };
    case 'bufferTank':
      return { title: 'Buffer tank', value: `top ${q('tankTopT', 'temperature')}`, swatch: 'tankTopT' };
    case 'aiRacks':
      return {
        title: `AI racks · ${scenario.aiRacks.count.toLocaleString('en-US')} × ${aiRackName(scenario)}`,
        value: `${q('aiItPower', 'power')} IT · ${q('heatPumpSourceHeat', 'power')} to the heat pump`,
        swatch: null,
      };
    case 'heatPump':
      return {
        title: `Heat pump · ${formatQuantity(scenario.heatPump.capacity, 'power', units)}`,
        value: result ? `${q('heatPumpHeat', 'power')} · COP ${copText(result, h)}` : '…',
        swatch: 'supplyT',
      };
    default:
      return { title: COMPONENTS[id].name, value: '', swatch: null };
  }
}

/** The hour's coefficient of performance of the heat pump (heat / electricity), "—" while it is off. */
export function copText(result: SimulationResult, i: number): string {
  const heat = result.series.heatPumpHeat[i] ?? 0;
  const el = result.series.heatPumpElectricity[i] ?? 0;
  return heat > 0 && el > 0 ? (heat / el).toFixed(1) : '—';
}

/** The rack model's short name from the catalog (its id when the catalog does not know it). */
function aiRackName(s: Scenario): string {
  try {
    return aiRackModel(s.aiRacks.model).name.replace(/\s*liquid-cooled rack$/i, '');
  } catch {
    return s.aiRacks.model;
  }
}
