/** The sources of the economics section's defaults. */

/** Where each default comes from (shown next to results; "assumption:" marks engineering judgement). */
export const ECONOMICS_SOURCES: Record<string, string> = {
  currency:
    'assumption: USD, the currency the pilot’s energy price and the hashprice are quoted in ([facts])',
  exchangeRate:
    'assumption: 1.38 CAD per USD, order of the Bank of Canada daily rate in late 2025 (≈ 1.38–1.41); update to the date of the study',
  hashprice: '[facts] ~US$38/PH/day in late November 2025 (a five-year low, Luxor Hashrate Index)',
  'network.blockSubsidy': '[facts] 3.125 BTC since April 2024',
  'network.feesPerBlock':
    'assumption: 0.03 BTC of fees per block, order of late-2025 averages; check a block explorer',
  poolFee: 'assumption: 2 %, typical of FPPS pool fees (range ~0–4 %)',
  electricityPrice: '[facts] energy cost quoted for the pilot, US$0.035/kWh (Canaan via news aggregators)',
  'demandCharge.price':
    '[facts] Manitoba Hydro general service small (demand), $12.33/kVA (April 2024); none by default since the quoted US$0.035/kWh is all-in',
  'demandCharge.powerFactor': 'assumption: 0.95 (server power supplies with active PFC run near unity)',
  naturalGasPrice:
    'assumption: CAD 0.30/m³ all-in (primary gas + transportation + distribution, Manitoba Hydro/Centra rate structure; the primary gas rate alone was 7.6–20.6 ¢/m³ in 2018–2022)',
  propanePrice: 'assumption: CAD 0.70/L delivered bulk propane, Manitoba; check a current supplier quote',
  gridCo2:
    'assumption: 0.002 kg CO₂e/kWh for Manitoba’s ~97 % hydro grid (order of ECCC National Inventory Report Annex 13 consumption intensity); check the current NIR',
  naturalGasCo2: '[facts] 1.966 kg CO₂ per m³ of natural gas',
  propaneCo2:
    'ECCC National Inventory Report, Annex 6: propane 1.515 kg CO₂/L (cross-check US EPA 40 CFR 98 Table NN-1: 1.518 kg/L)',
  carbonPrice: '[facts] the federal fuel charge went to $0 on 1 April 2025',
  heatContract: 'assumption: heat given free to the host (the pilot’s terms were not published)',
  'capex.miners':
    'assumption: US$15 per TH/s for current-generation hydro miners (order of Luxor Hashrate Index ASIC Price Index for the most efficient tier); check current quotes',
  'capex.containers':
    '[facts] a bitcoin mine costs $0.7–1 M per MW (seed article); the low end, taken as containers, electrical and site works per MW of miner nameplate power, excluding miners (assumption)',
  'capex.plateExchanger':
    'when not given: Turton et al. (2009) Table A.1 flat-plate exchanger cost vs the scenario area, CEPCI-escalated to 2023 (economics/capex.ts); the default below (US$60 000, a budget order of magnitude) only when the hardware cannot be read',
  'capex.piping':
    'assumption: US$80 000 for insulated piping between the container yard and the boiler house',
  'capex.dryCooler':
    'when not given: Turton et al. (2009) Table A.1 air-cooler cost vs area (rated UA / 700 W/m²K, GPSA Sec. 10), CEPCI-escalated to 2023 (economics/capex.ts)',
  'capex.pumps':
    'when not given: Turton et al. (2009) Table A.1 centrifugal-pump cost vs shaft power, one per loop, CEPCI-escalated to 2023 (economics/capex.ts)',
  'capex.installation': 'assumption: US$50 000 for installing the heat-recovery connection',
  'capex.heatRecoveryOwner': 'assumption: the mining operator pays the heat-recovery equipment',
  'opex.maintenance': 'assumption: 2 % of capex per year',
  horizonYears: '[facts] the pilot runs a 24-month term',
  discountRate: 'assumption: 10 % per year (a common hurdle rate for mining projects)',
  minerSalvage: 'assumption: miners resold for 30 % of their cost at the end of the horizon',
};
