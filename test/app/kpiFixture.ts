// The energy KPIs of a run as the app's card tests use them (made-up round figures, not model output).
export const ENERGY_KPIS = {
  minerElectricity_MWh: 26000,
  heatRecovered_MWh: 24000,
  heatToGreenhouse_MWh: 12000,
  heatRejected_MWh: 11500,
  greenhouseHeatDemand_MWh: 15000,
  backupHeat_MWh: 3000,
  backupInput_MWh: 3030,
  heatCoverage: 0.8,
  energyReuseFactor: 0.46,
  peakGreenhouseLoad_kW: 7000,
  designGreenhouseLoad_kW: 5000,
  auxiliaryElectricity_MWh: 300,
};
