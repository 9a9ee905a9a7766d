/**
 * Public API of the Heat Reuse Twin thermal core. SI units throughout (K, Pa, kg/s, W, J); temperatures
 * in kelvin. No DOM, React or three imports anywhere under src/core (it runs in Node, Web Workers, tests).
 */
// zod without eval (the app's Content-Security-Policy has no 'unsafe-eval'), before any schema parses.
import './zodSetup';

export { InputError, PhysicsError, toCelsius, toKelvin, ZERO_CELSIUS } from './errors';
export {
  convert,
  DISPLAY_UNITS,
  type DisplayKind,
  type DisplayUnit,
  displayUnitOf,
  exampleFor,
  fromDisplayUnit,
  parseQuantity,
  quantity,
  toDisplayUnit,
  type UnitSystem,
} from './units';

// Fluids: water (IAPWS-IF97, R12-08, R15-11), propylene/ethylene glycol (Melinder 2010).
export { fluid, fluidFromSpec, parseFluid, saturationPressure, saturationTemperature } from './fluids';
export type { Fluid, FluidName } from './fluids/types';

// Heat exchangers: ε-NTU, LMTD, plate sizing (Martin / VDI), off-design.
export {
  effectiveness,
  type FlowArrangement,
  hxModel,
  hxModelFromUA,
  lmtdCorrectionFactor,
  lmtdCounterflow,
  maxEffectiveness,
  type NominalPoint,
  type NominalSpec,
  ntuFromEffectiveness,
  offDesign,
  PLATE_PRESETS,
  type PlateDesign,
  type PlateGeometry,
  type ChannelSide,
  checkArrangement,
  DEFAULT_PLATE_LIMITS,
  GEOMETRY_RANGES,
  LIMIT_RANGES,
  checkGeometry,
  plateLimits,
  FLOW_ARRANGEMENTS,
  type LimitCheck,
  type NominalField,
  type PlateRating,
  plateArea,
  type Passes,
  type PlateLimits,
  PROPERTY_BASIS,
  type RatingInput,
  type RatingResult,
  rateExchanger,
  ratePlate,
  sizeNominal,
  sizePlate,
} from './hx';

// Hydraulics: Darcy friction (Colebrook), pipes, pumps.
export { frictionFactor } from './hydraulics/friction';
export { pipeHeatLoss, pipePressureDrop } from './hydraulics/pipe';
export {
  operatingPoint as pumpOperatingPoint,
  pumpFromPoints,
  pumpPower,
  speedForFlow,
} from './hydraulics/pump';

// Components and catalog.
export * as components from './components';
export {
  aiRackModel,
  catalog,
  dryCoolerModel,
  minerModel,
  plateExchangerModel,
} from './models/catalog';
export { type AiRackModel, LIQUID_COOLING_CLASSES } from './models/aiRacks';

// Economics: revenue, electricity, avoided fuel, CO₂, NPV/IRR, per party.
export {
  computeEconomics,
  curveCost,
  type Economics,
  type EconomicsKpis,
  type EconomicsResult,
  economicsSchema,
  type HardwareSizes,
  hardwareCapexUsd,
  hardwareSizes,
  irr,
  npv,
  parseEconomics,
  parsePriceCsv,
  paybackNote,
  simplePayback,
} from './economics';

// "Did you mean …?" for typed names (scenario fields, command-line options).
export { levenshtein, suggestOption } from './models/suggest';

// Business case under uncertainty (Monte Carlo over market paths and weather years).
export {
  type Band,
  type Fan,
  type Histogram,
  type RiskAnalysis,
  type RiskAnalysisOptions,
  type RiskResult,
  type PerMwSummary,
  perMwSummary,
  sharedCurrency,
  riskAnalysis,
  riskYear,
  runRisk,
} from './risk';
export { HALVING_INTERVAL_YEARS, type RiskParams, riskSection as RISK_PARAMS } from './economics/riskParams';

// Exports (CSV, result records) and engineering studies (exchanger size, off-design table).
export * from './export';
export * from './studies';

// Scenario, plant, weather, greenhouse, simulation.
export {
  isLoadedScenario,
  loadScenario,
  PARAMS,
  parseScenarioText,
  type ParamInfo,
  paramInfo,
  SCHEMA_VERSION,
  SECTIONS,
  type Scenario,
  ScenarioError,
  type ScenarioInput,
  type ScenarioIssue,
  scenarioSchema,
  setField,
} from './models/scenario';
export {
  buildPlant,
  createPlantState,
  type Plant,
  type PlantInputs,
  type PlantState,
  solvePlant,
} from './plant/plant';
export {
  BUNDLED_WEATHER_ATTRIBUTION,
  bundledWeather,
  bundledWeatherSource,
  parseEpw,
  solarPosition,
  sunriseSunset,
  type WeatherYear,
} from './weather';
export { coverPreset, coverPresets, createGreenhouse } from './greenhouse';
export {
  type EnergyKpiId,
  type EnergyKpis,
  HEAT_LEDGER,
  type Kpis,
  OUTPUTS,
  type OutputInfo,
  outputInfo,
  SERIES,
  SERIES_NAMES,
  type SeriesName,
  type ScreenTrail,
  type SimulateOptions,
  type SimulationResult,
  type SimulationWarning,
  simulate,
} from './sim/simulate';
// A run's hourly series as views of one block (the worker copies a result into one to transfer it).
export { newSeries } from './sim/setup';
// Economics-only edits answered from the last run's series (no simulation).
export { physicsKey } from './models/physicsKey';
export { type GreenhouseTrace, greenhouseKey } from './sim/greenhouseTrace';
export { RunCache, reprice } from './sim/reprice';
export {
  correctBetweenNearest,
  correctFromNearest,
  correctPreviewKpis,
  farthestPoints,
  type PreviewAnchor,
  PREVIEW_TIME_STEP,
  PREVIEW_TRUST,
  previewDistance,
  previewInput,
  previewWarnings,
} from './sim/previewCorrection';

// Measured telemetry: import (CSV, Home Assistant history), ASHRAE Guideline 14 scores, calibration.
export * as telemetry from './telemetry';
// The value grid of a one-parameter sweep (the CLI's `a..b:n` and the app's Sweep tab).
export { linearGrid } from './numerics/grid';
