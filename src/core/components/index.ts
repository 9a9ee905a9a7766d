/**
 * Plant components: miner bank, dry cooler, backup heater, stratified buffer tank, greenhouse pipe rail.
 * SI units, kelvin.
 */
export {
  createMinerBankOutput,
  evaluateMinerBank,
  type MinerBank,
  type MinerBankInputs,
  type MinerBankOutput,
  type MinerShutdownReason,
  type MinerStatus,
  MIN_UNIT_FLOW,
  minerBank,
  nominalCoolantFlow,
} from './minerBank';
export {
  AIR_CP,
  AIR_GAS_CONSTANT,
  ATMOSPHERE,
  airDensity,
  createDryCoolerOutput,
  createFanSpeedResult,
  type DryCooler,
  type DryCoolerInputs,
  type DryCoolerOutput,
  dryCooler,
  dryCoolerFanPower,
  dryCoolerOutlet,
  dryCoolerUaFromRating,
  type FanSpeedInputs,
  type FanSpeedResult,
  fanSpeedForOutlet,
} from './dryCooler';
export {
  type BackupHeater,
  type BackupHeaterSpec,
  backupHeater,
  condensingBoilerEfficiency,
  createHeaterOutput,
  ELECTRIC_BOILER_EFFICIENCY,
  type HeaterInputs,
  type HeaterKind,
  type HeaterOutput,
  heaterOutput,
} from './backupHeater';
export {
  type BufferTank,
  type BufferTankInputs,
  type BufferTankParams,
  type BufferTankStepResult,
  createBufferTank,
  stepTank,
  tankEnergy,
  tankMeanT,
} from './bufferTank';
export * from './pipeRail';
export {
  CYCLING_DEGRADATION,
  HEAT_PUMP_ETA,
  type HeatPump,
  type HeatPumpInputs,
  type HeatPumpOutput,
  type HeatPumpSpec,
  heatPump,
  heatPumpCop,
  operateHeatPump,
  partLoadCop,
} from './heatPump';
