/**
 * The KPIs of a simulation (energy, heat ledger, economics): id → unit, label, definition, reference.
 * Energies are Σ hourly mean power × 1 h over the simulated hours. Money is in the scenario's currency
 * (unit '$' stands for it). Read it through `OUTPUTS` / `outputInfo` (outputs.ts).
 */
import type { OutputSpec } from './outputTypes';

const PCT = { unit: '%', scale: 100 } as const;
const ECON = 'src/core/economics (scenario economics)';
const LEDGER = 'heat ledger (first law, every step; see HEAT_LEDGER)';

export const ENERGY_KPI_OUTPUTS = {
  minerElectricity_MWh: {
    unit: 'MWh',
    label: 'miner electricity',
    definition: 'electricity of the miners',
    reference: LEDGER,
  },
  heatRecovered_MWh: {
    unit: 'MWh',
    label: 'miner heat into the coolant',
    definition: 'miner heat taken up by the coolant',
    reference: LEDGER,
  },
  minerHeatToAir_MWh: {
    unit: 'MWh',
    label: 'miner heat to container air',
    definition: 'miner electricity not taken up by the coolant (lost to the container air)',
    reference: LEDGER,
  },
  heatToGreenhouse_MWh: {
    unit: 'MWh',
    label: 'miner heat delivered to the greenhouse',
    definition: 'miner heat the greenhouse took, directly or through the buffer tank',
    reference: LEDGER,
  },
  heatRejected_MWh: {
    unit: 'MWh',
    label: 'heat rejected by the dry cooler',
    definition: 'miner heat rejected to outdoor air',
    reference: LEDGER,
  },
  tankLoss_MWh: {
    unit: 'MWh',
    label: 'buffer-tank losses',
    definition: 'heat lost from the buffer tank to its room',
    reference: LEDGER,
  },
  tankStorageChange_MWh: {
    unit: 'MWh',
    label: 'buffer-tank storage change',
    definition: 'tank charge − discharge − loss (energy left in the tank at the end)',
    reference: LEDGER,
  },
  greenhouseHeatDemand_MWh: {
    unit: 'MWh',
    label: 'greenhouse heat demand',
    definition:
      'heat the pipes must give to hold the set-point = heatToGreenhouse + heatPumpHeat + backupHeat + unmetHeat',
    reference: 'ideal-loads demand as in EnergyPlus "Zone Ideal Loads Air System"',
  },
  backupHeat_MWh: {
    unit: 'MWh',
    label: 'heat from the backup heater',
    definition: 'backup heater output into the greenhouse loop',
    reference: LEDGER,
  },
  unmetHeat_MWh: {
    unit: 'MWh',
    label: 'unmet heat',
    definition: 'greenhouse heat demand nothing supplied (plant, tank or pipes too small)',
    reference: LEDGER,
  },
  heatCoverage: {
    unit: '–',
    display: PCT,
    label: 'share of the greenhouse heat from the miners (and the heat pump)',
    definition:
      '(heatToGreenhouse + heatPumpHeat) / greenhouseHeatDemand (0 without demand), in [0, 1] by the ledger identity',
    reference: '',
  },
  energyReuseFactor: {
    unit: '–',
    label: 'ERF: reused / total facility energy',
    definition: '(heatToGreenhouse + heatPumpHeat) / (miner + auxiliary + AI racks + heat pump electricity)',
    reference:
      'The Green Grid, White Paper #29 "ERE: a metric for measuring the benefit of reuse energy from a data center" (2010)',
  },
  peakGreenhouseLoad_kW: {
    unit: 'kW',
    label: 'peak hourly greenhouse demand',
    definition:
      'largest hourly mean greenhouse heat demand. It includes the heating starting up late in the day (the pipe water warmed from cold and the air brought back to the day set-point within the controller’s 30-min horizon as the sun fades): on the Manitoba pilot 5.3 MW at +8 °C on a November afternoon, against 2.8 MW at the coldest hours. A transient: size the plant on designGreenhouseLoad_kW, not on this',
    reference: '',
  },
  designGreenhouseLoad_kW: {
    unit: 'kW',
    label: 'greenhouse demand at the design hours (coldest 0.4 %)',
    definition:
      'mean hourly greenhouse heat demand over the run’s ⌈0.4 %⌉ coldest hours (36 of 8,760), the heating design condition: the load to size the exchanger, the backup and the loops for',
    reference:
      'ASHRAE Handbook—Fundamentals (2021), ch. 14 Climatic Design Information: 99.6 % annual heating design dry-bulb (exceeded in all but 0.4 % of the hours)',
  },
  unmetHours: {
    unit: 'h',
    label: 'hours with unmet heat',
    definition:
      'clock hours whose unmet heat exceeds 2 % of the hour’s demand and 1 W per m² of floor: the shortfall against a greenhouse that nothing limits, integrated over the clock hour (catching up later in the hour pays it back), so the count hardly depends on the time step (pilot: 7 / 4 / 4 h at 5 min / 15 min / 1 h)',
    reference: 'after ASHRAE 90.1 "unmet load hours", on the heat shortfall instead of the zone temperature',
  },
  coldHours: {
    unit: 'h',
    label: 'hours > 0.5 K below set-point',
    definition: 'hours with the hourly mean air temperature more than 0.5 K below the hourly mean set-point',
    reference: '',
  },
  maxCoolantTemp_C: {
    unit: '°C',
    label: 'hottest coolant (miner outlet, hourly mean)',
    definition: 'maximum hourly mean miner outlet temperature',
    reference: '',
  },
  minerUptime: {
    unit: '–',
    display: PCT,
    label: 'miner uptime',
    definition: 'mean share of the miners hashing',
    reference: '',
  },
  hashrateAverage_THs: {
    unit: 'TH/s',
    label: 'average hashrate',
    definition: 'mean hashrate',
    reference: '',
  },
  energyBalanceResidual: {
    unit: '–',
    label: 'first-law residual over the run (relative)',
    definition:
      'Σ|step residuals of miner loop, greenhouse loop, tank, greenhouse| × dt / Σ energy throughput',
    reference: '',
  },
  auxiliaryElectricity_MWh: {
    unit: 'MWh',
    label: 'pumps and dry-cooler fans',
    definition: 'pump and fan electricity (not added to the fluids: lost to the surroundings)',
    reference: LEDGER,
  },
  backupInput_MWh: {
    unit: 'MWh',
    label: 'backup heater input (fuel or electricity)',
    definition: 'backup heater input',
    reference: LEDGER,
  },
  heatDemandPerArea_GJm2: {
    unit: 'GJ/m²',
    label: 'greenhouse heat demand per floor area',
    definition: 'greenhouseHeatDemand per m² of floor area',
    reference: '',
  },
  heatPumpHeat_MWh: {
    unit: 'MWh',
    label: 'heat pump heat delivered to the greenhouse',
    definition: 'heat the heat pump gave the greenhouse loop (AI racks’ heat + its electricity)',
    reference: LEDGER,
  },
  heatPumpElectricity_MWh: {
    unit: 'MWh',
    label: 'heat pump electricity',
    definition: 'compressor electricity of the heat pump',
    reference: LEDGER,
  },
  heatPumpCop: {
    unit: '–',
    label: 'heat pump seasonal COP',
    definition: 'heatPumpHeat / heatPumpElectricity over the run (0 without a heat pump)',
    reference: 'Carnot-efficiency model fitted to published data (src/core/components/heatPump.ts)',
  },
  aiItElectricity_MWh: {
    unit: 'MWh',
    label: 'AI racks IT electricity',
    definition: 'IT electricity of the AI racks = heat to hall air + heat-pump source heat + aiHeatRejected',
    reference: LEDGER,
  },
  aiHeatRejected_MWh: {
    unit: 'MWh',
    label: 'AI heat rejected',
    definition: 'AI racks’ liquid heat the heat pump did not take',
    reference: LEDGER,
  },
  heatPumpSourceHeat_MWh: {
    unit: 'MWh',
    label: 'AI heat into the heat pump',
    definition: 'AI racks’ liquid heat taken by the heat pump’s evaporator',
    reference: LEDGER,
  },
  heatPumpCyclingLoss_MWh: {
    unit: 'MWh',
    label: 'heat pump cycling loss',
    definition:
      'heat pump electricity lost to the plant room while it cycles below its minimum modulation = heatPumpSourceHeat + heatPumpElectricity − heatPumpHeat',
    reference: LEDGER,
  },
  aiHeatToAir_MWh: {
    unit: 'MWh',
    label: 'AI heat to hall air',
    definition: 'AI racks’ IT electricity not carried by the liquid',
    reference: LEDGER,
  },
} as const satisfies Record<string, OutputSpec>;

export const ECONOMICS_KPI_OUTPUTS = {
  currency: {
    unit: '',
    label: 'currency of the money figures',
    definition: 'ISO 4217 code',
    reference: ECON,
  },
  miningRevenue: {
    unit: '$',
    label: 'mining revenue (gross, year 1)',
    definition: 'hashrate × hashprice before the pool fee',
    reference: ECON,
  },
  hostingRevenue: {
    unit: '$',
    label: 'AI hosting revenue (year 1)',
    definition: 'colocation price × contracted IT kW of the AI racks',
    reference: ECON,
  },
  poolFees: { unit: '$', label: 'pool fees', definition: 'pool fee on the mining revenue', reference: ECON },
  electricityCost: {
    unit: '$',
    label: 'electricity cost (miners, auxiliaries, demand charges)',
    definition: 'tariff × (miner + auxiliary) electricity + demand charges',
    reference: ECON,
  },
  demandCharges: {
    unit: '$',
    label: 'demand charges',
    definition: 'demand charges of the tariff',
    reference: ECON,
  },
  backupFuelCostAvoided: {
    unit: '$',
    label: 'backup fuel cost avoided (host)',
    definition: 'what the host would have paid to make the delivered miner heat with its backup',
    reference: ECON,
  },
  heatPayments: {
    unit: '$',
    label: 'heat payments, host → operator',
    definition: 'heat payments',
    reference: ECON,
  },
  co2Avoided_t: {
    unit: 't CO₂',
    label: 'CO₂ avoided',
    definition: 'CO₂ of the backup fuel the miner heat displaced',
    reference: ECON,
  },
  hostNetBenefit: {
    unit: '$',
    label: 'greenhouse host net benefit (year 1)',
    definition: 'avoided backup cost − heat payments − host opex',
    reference: ECON,
  },
  operatorNetBenefit: {
    unit: '$',
    label: 'miner operator net benefit (year 1)',
    definition: 'revenue − pool fee − electricity − opex + heat payments',
    reference: ECON,
  },
  npv: {
    unit: '$',
    label: 'project net present value',
    definition: 'NPV of the project cash flows',
    reference: ECON,
  },
  irr: {
    unit: '–',
    display: PCT,
    label: 'project internal rate of return',
    definition: 'IRR of the project cash flows',
    reference: ECON,
  },
  paybackYears: {
    unit: 'years',
    label: 'project simple payback',
    definition: 'simple payback',
    reference: ECON,
  },
  operatorNpv: {
    unit: '$',
    label: 'operator net present value',
    definition: 'NPV of the operator cash flows',
    reference: ECON,
  },
  operatorIrr: {
    unit: '–',
    display: PCT,
    label: 'operator internal rate of return',
    definition: 'IRR of the operator cash flows',
    reference: ECON,
  },
  operatorPaybackYears: {
    unit: 'years',
    label: 'operator simple payback',
    definition: 'simple payback',
    reference: ECON,
  },
  hostNpv: {
    unit: '$',
    label: 'host net present value',
    definition: 'NPV of the host cash flows',
    reference: ECON,
  },
  hostIrr: {
    unit: '–',
    display: PCT,
    label: 'host internal rate of return',
    definition: 'IRR of the host cash flows',
    reference: ECON,
  },
  hostPaybackYears: {
    unit: 'years',
    label: 'host simple payback',
    definition: 'simple payback',
    reference: ECON,
  },
  capex: { unit: '$', label: 'capital cost', definition: 'capital cost', reference: ECON },
  levelizedCostOfHeat_perMWh: {
    unit: '$/MWh',
    label: 'levelised cost of the recovered heat',
    definition: 'heat-recovery capex and maintenance per MWh delivered',
    reference: ECON,
  },
  backupCostOfHeat_perMWh: {
    unit: '$/MWh',
    label: "backup heater's cost of heat",
    definition: '(fuel price + carbon) / efficiency',
    reference: ECON,
  },
  costPerBtc: {
    unit: '$/BTC',
    label: 'all-in cost per BTC earned',
    definition: '(electricity + opex + straight-line capex − heat income) / BTC',
    reference: ECON,
  },
  cashCostPerBtc: {
    unit: '$/BTC',
    label: 'electricity cost per BTC earned',
    definition: 'electricity cost / BTC',
    reference: ECON,
  },
  btcEarned: {
    unit: 'BTC',
    label: 'BTC earned after the pool fee (year 1)',
    definition: 'BTC after the pool fee',
    reference: ECON,
  },
  hashprice_perPHday: {
    unit: '$/PH/day',
    label: 'hashprice used',
    definition: 'effective hashprice',
    reference: ECON,
  },
} as const satisfies Record<string, OutputSpec>;
