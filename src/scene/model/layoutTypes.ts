/** Types and fixed dimensions of the plant layout (see layout.ts). */
import type { ComponentId, FlowLoop, TemperatureSeries } from './components';
import type { ViewName } from './live';

export type Vec3 = [number, number, number];

/** 40-ft ISO container (ISO 668 1AA), m. */
export const CONTAINER = { length: 12.192, width: 2.438, height: 2.896 } as const;
/** More miner boxes than this are drawn as one box per ⌈count / MAX_DRAWN_MINERS⌉ miners. */
export const MAX_DRAWN_MINERS = 20_000;
/** Fans per dry-cooler unit drawn (2 rows of 6, a common V-type block). */
export const FANS_PER_UNIT = 12;
/** Visual spacing between plates of the drawn plate pack, m. */
export const PLATE_PITCH = 0.025;
export const SPAN_WIDTH = 8;
export const ROW_PITCH = 1.6;

export interface ContainerLayout {
  index: number;
  x0: number;
  x1: number;
  z: number;
  length: number;
  width: number;
  height: number;
  /** Miners inside (scenario count, not drawn boxes). */
  miners: number;
  racksPerSide: number;
  slotsPerRack: number;
  /** Rack centres along x, the two rack rows' z (north, south) and the racks' height, m. */
  rackX: number[];
  rackZ: [number, number];
  rackHeight: number;
}

export interface MinerLayout {
  /** Miner boxes drawn. */
  drawn: number;
  /** Scenario miners per drawn box (1 unless the count exceeds MAX_DRAWN_MINERS). */
  perBox: number;
  /** Box size (x = rack width, y = height, z = depth), m. */
  size: Vec3;
  /** Box centres, xyz per box. */
  positions: Float32Array;
  /** +1 when the front faces +z, −1 when it faces −z. */
  facing: Float32Array;
  /** Container index of each box. */
  container: Uint16Array;
  /** Order in which boxes are shown off when uptime < 1 (rank < off count ⇒ off). A fixed permutation. */
  offRank: Uint32Array;
}

export interface PipeRun {
  component: ComponentId;
  points: Vec3[];
  /** Outer radius (with insulation), m. */
  radius: number;
  /** Temperature at the start; `tempEnd` when it changes along the run (heating rails). */
  temp: TemperatureSeries;
  tempEnd?: TemperatureSeries;
  loop: FlowLoop | null;
  /** Insulated (aluminium-clad) mains vs bare steel pipe. */
  insulated: boolean;
}

export interface PlateExchangerLayout {
  x: number;
  z: number;
  plates: number;
  packLength: number;
  plateHeight: number;
  plateWidth: number;
  /** x of the fixed frame plate (nozzles face west from it). */
  fixedPlateX: number;
  /** Nozzle centres: hot in (top), hot out (bottom), cold in (bottom), cold out (top). */
  nozzles: { hotIn: Vec3; hotOut: Vec3; coldIn: Vec3; coldOut: Vec3 };
}

export interface DryCoolerLayout {
  units: { x: number; z: number; length: number; width: number; height: number }[];
  /** Fan centres (top of the units), xyz per fan. */
  fans: Float32Array;
  fanCount: number;
  fanRadius: number;
}

export interface GreenhouseLayout {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
  length: number;
  width: number;
  area: number;
  spans: number;
  spanWidth: number;
  gutterHeight: number;
  ridgeHeight: number;
  /** z of each crop row's centre. */
  rows: number[];
  rowX0: number;
  rowX1: number;
  /** Post spacing along the gutters, m. */
  postSpacing: number;
}

/** The AI racks' hall (only when the scenario has racks): rack cabinets in rows facing a cold aisle. */
export interface AiHallLayout {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
  height: number;
  /** Racks in the scenario and racks drawn (at most MAX_DRAWN_RACKS). */
  racks: number;
  drawn: number;
  /** Cabinet size (x = width, y = height, z = depth), m. */
  rackSize: Vec3;
  /** Cabinet centres on the floor (y = 0), xyz per cabinet, and +1/−1 when the front faces +z/−z. */
  positions: number[];
  facing: number[];
}

/** The water-to-water heat pump skid (only when the scenario has one). */
export interface HeatPumpLayout {
  x: number;
  z: number;
  length: number;
  width: number;
  height: number;
  /** Heat capacity, W (for the label). */
  capacity: number;
  /** The racks' water to and from the evaporator (not coloured: the core has no hourly series for it). */
  sourcePipes: Vec3[][];
}

/** More AI racks than this are not all drawn (the hall shows this many). */
export const MAX_DRAWN_RACKS = 400;

export interface PickBox {
  component: ComponentId;
  center: Vec3;
  size: Vec3;
  /** Container index for the miners' boxes. */
  container?: number;
}

export interface Viewpoint {
  position: Vec3;
  target: Vec3;
  label: string;
}

export interface PlantLayout {
  containers: ContainerLayout[];
  miners: MinerLayout;
  minerCount: number;
  hx: PlateExchangerLayout;
  dryCooler: DryCoolerLayout;
  boilers: { x: number; z: number; radius: number; height: number }[];
  tank: { x: number; z: number; radius: number; height: number } | null;
  pumps: { component: ComponentId; position: Vec3; temp: TemperatureSeries }[];
  /** The mixing point of bypass and exchanger water (3-way valve). */
  mixValve: Vec3;
  pipes: PipeRun[];
  greenhouse: GreenhouseLayout;
  /** Concrete pads: [x0, z0, x1, z1]. */
  pads: [number, number, number, number][];
  pick: PickBox[];
  anchors: Partial<Record<ComponentId, Vec3>>;
  views: Record<ViewName, Viewpoint>;
  /** AI racks' hall and heat pump: null unless the scenario has racks / a heat pump. */
  aiHall: AiHallLayout | null;
  heatPump: HeatPumpLayout | null;
  /** Axis-aligned bounds of everything: [xmin, zmin, xmax, zmax]. */
  bounds: [number, number, number, number];
}
