/**
 * The hourly series of a simulation: id → unit (SI, as stored), label, definition, reference. Each series is
 * the mean over the hour's internal steps (a power in W is then also the hour's energy in Wh). The hourly CSV
 * column of a series is its id with the unit as a suffix (`hxDuty_kW`, `supplyT_C`; see export/hourly.ts).
 * Read it through `OUTPUTS` / `outputInfo` (outputs.ts).
 */
import type { OutputSpec } from './outputTypes';

const EPW = 'EnergyPlus Auxiliary Programs, "Weather Converter Program" (EPW fields)';
const INTERP = 'linear between EPW rows (EnergyPlus Engineering Reference, "Weather Data Interpolation")';
const GH_MODEL = 'Vanthoor (2011) ch. 8 / Katzin (2021) GreenLight greenhouse model';
const PLANT = 'steady plant operating point (src/core/plant)';
const HP = 'AI racks and heat pump (src/core/sim/heatPumpStep.ts, src/core/components/heatPump.ts)';

export const HOURLY_OUTPUTS = {
  outdoorT: { unit: 'K', label: 'outdoor air', definition: 'outdoor dry bulb', reference: INTERP },
  skyT: {
    unit: 'K',
    label: 'sky',
    definition: 'effective sky temperature for long-wave exchange',
    reference: EPW,
  },
  globalHorizontal: {
    unit: 'W/m²',
    label: 'global horizontal irradiance',
    definition: 'the weather hour’s global horizontal irradiance',
    reference: EPW,
  },
  windSpeed: {
    unit: 'm/s',
    label: 'wind speed',
    definition: 'mean over the hour of the wind speed interpolated between the EPW rows',
    reference: INTERP,
  },
  isDay: {
    unit: '0–1 (share of the hour)',
    label: 'day',
    definition: 'share of the hour between sunrise and sunset',
    reference: 'NOAA solar calculator (Meeus)',
  },
  setpointT: {
    unit: 'K',
    label: 'heating set-point',
    definition: 'air heating set-point, day/night ramped over 2 h after sunrise and sunset',
    reference: '',
  },
  greenhouseAirT: {
    unit: 'K',
    label: 'greenhouse air',
    definition: 'air below the screen (main compartment)',
    reference: GH_MODEL,
  },
  canopyT: { unit: 'K', label: 'canopy', definition: 'canopy temperature', reference: GH_MODEL },
  coverT: {
    unit: 'K',
    label: 'cover (inside)',
    definition: 'inner cover surface temperature',
    reference: GH_MODEL,
  },
  floorT: { unit: 'K', label: 'floor', definition: 'floor surface temperature', reference: GH_MODEL },
  pipeMeanT: {
    unit: 'K',
    label: 'heating pipes',
    definition: 'mean heating-pipe water temperature',
    reference: GH_MODEL,
  },
  pipeInletT: {
    unit: 'K',
    label: 'pipe inlet',
    definition: 'heating-pipe inlet (after the mixing valve); the pipe mean when the valve is shut',
    reference: GH_MODEL,
  },
  pipeOutletT: {
    unit: 'K',
    label: 'pipe outlet',
    definition: 'heating-pipe outlet (the heating circuit return)',
    reference: GH_MODEL,
  },
  screenClosed: {
    unit: '0–1',
    label: 'thermal screen',
    definition: 'thermal screen closure',
    reference: 'Katzin et al. (2020) GreenLight screen control',
  },
  ventOpening: { unit: '0–1', label: 'vents', definition: 'roof vent opening', reference: GH_MODEL },
  greenhouseHeatDemand: {
    unit: 'W',
    label: 'greenhouse heat demand',
    definition:
      'heat the heating pipes must give to hold the air at its set-point: the heat the pipes took, or while the plant limited them the heat of a shadow greenhouse with unlimited heat, the shortfall integrated over the clock hour (never less than what the pipes took); = heatToGreenhouse + backupHeat + unmetHeat every hour',
    reference: 'ideal-loads demand as in EnergyPlus "Zone Ideal Loads Air System"',
  },
  heatRequested: {
    unit: 'W',
    label: 'heat asked for by the valve',
    definition:
      'heat the mixing valve asked for to bring the air to its set-point over the control horizon (half an hour), before plant limits',
    reference: '',
  },
  coverLoss: {
    unit: 'W',
    label: 'cover loss',
    definition: 'heat from the cover to outdoor air and sky (convection + long-wave)',
    reference: GH_MODEL,
  },
  airExchangeLoss: {
    unit: 'W',
    label: 'air exchange loss',
    definition: 'sensible heat of leakage and ventilation',
    reference: GH_MODEL,
  },
  groundLoss: {
    unit: 'W',
    label: 'ground loss',
    definition: 'conduction from the deepest soil layer to deep soil',
    reference: GH_MODEL,
  },
  transpirationLatent: {
    unit: 'W',
    label: 'transpiration',
    definition: 'latent heat of canopy transpiration',
    reference: GH_MODEL,
  },
  solarAbsorbed: {
    unit: 'W',
    label: 'solar absorbed',
    definition: 'solar radiation absorbed inside the greenhouse',
    reference: GH_MODEL,
  },
  minerElectricPower: {
    unit: 'W',
    label: 'miner electricity',
    definition: 'electric power of the miners (× availability)',
    reference: PLANT,
  },
  heatToCoolant: {
    unit: 'W',
    label: 'miner heat to coolant',
    definition: 'miner heat taken up by the coolant',
    reference: PLANT,
  },
  heatToAir: {
    unit: 'W',
    label: 'miner heat to container air',
    definition: 'miner electricity not taken up by the coolant (to the container air; lost)',
    reference: PLANT,
  },
  hashrate: { unit: 'hash/s', label: 'hashrate', definition: 'hashrate of the bank', reference: PLANT },
  minerUptime: {
    unit: '0–1',
    label: 'miner uptime',
    definition: 'share of the miners hashing',
    reference: PLANT,
  },
  minerPowerLimit: {
    unit: '0–1',
    label: 'power limit',
    definition: 'dispatch power limit (curtailment, heat-led)',
    reference: '',
  },
  chipT: { unit: 'K', label: 'chips', definition: 'chip temperature', reference: PLANT },
  minerInletT: {
    unit: 'K',
    label: 'miner inlet',
    definition: 'coolant entering the miners',
    reference: PLANT,
  },
  minerOutletT: {
    unit: 'K',
    label: 'miner outlet',
    definition: 'coolant leaving the miners',
    reference: PLANT,
  },
  hxHotOutT: {
    unit: 'K',
    label: 'exchanger hot outlet',
    definition: 'coolant leaving the plate exchanger',
    reference: PLANT,
  },
  minerFlow: { unit: 'kg/s', label: 'coolant flow', definition: 'miner-loop mass flow', reference: PLANT },
  hxDuty: {
    unit: 'W',
    label: 'exchanger duty',
    definition: 'heat across the plate exchanger (miner loop → greenhouse loop)',
    reference: PLANT,
  },
  hxColdFlow: {
    unit: 'kg/s',
    label: 'exchanger branch flow',
    definition: 'greenhouse-loop flow through the exchanger branch',
    reference: PLANT,
  },
  hxColdOutT: {
    unit: 'K',
    label: 'exchanger cold outlet',
    definition: 'water leaving the exchanger',
    reference: PLANT,
  },
  hxUA: {
    unit: 'W/K',
    label: 'exchanger UA',
    definition: 'exchanger conductance at the operating flows',
    reference: PLANT,
  },
  greenhouseReturnT: {
    unit: 'K',
    label: 'greenhouse return',
    definition: 'primary return of the greenhouse loop',
    reference: PLANT,
  },
  preheatedT: {
    unit: 'K',
    label: 'pre-heated',
    definition: 'after the exchanger branch and bypass mix',
    reference: PLANT,
  },
  supplyT: {
    unit: 'K',
    label: 'supply',
    definition: 'greenhouse loop supply after the backup heater',
    reference: PLANT,
  },
  supplySetpointT: {
    unit: 'K',
    label: 'supply set-point',
    definition: 'supply set-point from the heating curve',
    reference: '',
  },
  greenhouseFlow: {
    unit: 'kg/s',
    label: 'greenhouse loop flow',
    definition: 'primary flow of the greenhouse loop',
    reference: PLANT,
  },
  heatToGreenhouse: {
    unit: 'W',
    label: 'miner heat to greenhouse',
    definition: 'miner heat the greenhouse took: exchanger duty − tank charge + tank discharge (≥ 0)',
    reference: '',
  },
  backupHeat: {
    unit: 'W',
    label: 'backup heat',
    definition: 'heat from the backup heater into the greenhouse loop',
    reference: PLANT,
  },
  backupInput: {
    unit: 'W',
    label: 'backup input',
    definition: 'backup heater fuel or electricity input',
    reference: PLANT,
  },
  dryCoolerDuty: {
    unit: 'W',
    label: 'dry cooler',
    definition: 'miner heat rejected by the dry cooler',
    reference: PLANT,
  },
  fanSpeed: { unit: '0–1', label: 'fan speed', definition: 'dry-cooler fan speed', reference: PLANT },
  fanPower: { unit: 'W', label: 'fan power', definition: 'dry-cooler fan electricity', reference: PLANT },
  pumpPower: {
    unit: 'W',
    label: 'pump power',
    definition: 'electricity of both loop pumps',
    reference: PLANT,
  },
  auxiliaryPower: {
    unit: 'W',
    label: 'auxiliary power',
    definition: 'pumps + dry-cooler fans',
    reference: PLANT,
  },
  unmetHeat: {
    unit: 'W',
    label: 'unmet heat',
    definition:
      'greenhouse heat demand the plant, tank and pipes did not supply, net over the clock hour of any catching up later in the hour (≥ 0)',
    reference: '',
  },
  tankCharge: {
    unit: 'W',
    label: 'tank charge',
    definition: 'surplus miner heat into the buffer tank (0 without a tank)',
    reference: 'stratified tank (src/core/components/bufferTank)',
  },
  tankDischarge: {
    unit: 'W',
    label: 'tank discharge',
    definition: 'heat from the buffer tank to the greenhouse loop',
    reference: 'stratified tank',
  },
  tankLoss: {
    unit: 'W',
    label: 'tank loss',
    definition: 'buffer-tank heat loss to its room',
    reference: 'stratified tank',
  },
  tankTopT: {
    unit: 'K',
    label: 'tank top',
    definition: 'top node of the buffer tank (0 without a tank)',
    reference: 'stratified tank',
  },
  tankBottomT: {
    unit: 'K',
    label: 'tank bottom',
    definition: 'bottom node of the buffer tank (0 without a tank)',
    reference: 'stratified tank',
  },
  heatPumpHeat: {
    unit: 'W',
    label: 'heat pump heat',
    definition:
      'heat the heat pump gave the greenhouse loop in place of backup heat (AI racks’ heat + its electricity)',
    reference: HP,
  },
  heatPumpElectricity: {
    unit: 'W',
    label: 'heat pump electricity',
    definition: 'compressor electricity of the heat pump',
    reference: HP,
  },
  aiItPower: {
    unit: 'W',
    label: 'AI racks IT power',
    definition: 'IT electricity of the AI racks (count × rack power × utilisation; 0 without racks)',
    reference: HP,
  },
  aiHeatRejected: {
    unit: 'W',
    label: 'AI heat rejected',
    definition: 'AI racks’ liquid heat the heat pump did not take (their own dry coolers)',
    reference: HP,
  },
  heatPumpSourceHeat: {
    unit: 'W',
    label: 'heat pump source heat',
    definition: 'AI racks’ liquid heat taken by the heat pump’s evaporator',
    reference: HP,
  },
  heatPumpCyclingLoss: {
    unit: 'W',
    label: 'heat pump cycling loss',
    definition:
      'heat pump electricity beyond its refrigerant cycle’s work while it cycles below its minimum modulation (EN 14825 C_d: standby and restart losses, to the plant room)',
    reference: HP,
  },
  aiHeatToAir: {
    unit: 'W',
    label: 'AI heat to hall air',
    definition: 'AI racks’ IT power not carried by the liquid (not recovered)',
    reference: HP,
  },
} as const satisfies Record<string, OutputSpec>;
