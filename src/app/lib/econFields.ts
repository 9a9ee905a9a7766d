/**
 * The editor's Economics group: every field with a plain label and its unit (the variant fields —
 * mining revenue, tariffs, demand charge, heat contract — are choices in editor/econVariants.ts).
 */
import { econ, type Group, opts } from './fields';

const CAPEX_UNITS = '(amount, per MW of miners, or per TH/s)';
const CAPEX: [string, string, string][] = [
  ['miners', 'miners', '15 USD/TH'],
  ['containers', 'containers & site', '700000 USD/MW'],
  ['plateExchanger', 'plate exchanger', '60000 USD'],
  ['piping', 'piping', '80000 USD'],
  ['dryCooler', 'dry cooler', '0 USD'],
  ['pumps', 'pumps', '0 USD'],
  ['installation', 'installation', '50000 USD'],
  ['other', 'other', '0 USD'],
];
const ESCALATION: [string, string][] = [
  ['hashprice', 'hashprice'],
  ['electricity', 'electricity'],
  ['fuel', 'fuel'],
  ['heatPrice', 'heat price'],
  ['opex', 'fixed costs'],
];

/** The Economics group of the editor. */
export function economicsGroup(): Group {
  return {
    id: 'economics',
    title: 'Economics',
    fields: [
      {
        path: 'economics.currency',
        label: 'Currency',
        type: 'select',
        optional: true,
        options: opts(['USD', 'USD'], ['CAD', 'CAD']),
      },
      econ('economics.exchangeRate', 'Exchange rate (CAD per USD)', '1.38'),
      { path: 'economics', label: 'Prices and contracts', type: 'economics' },
      econ('economics.poolFee', 'Pool fee (%)', '2 %'),
      econ('economics.naturalGasPrice', 'Natural gas price (per m³ or per GJ)', '0.30 CAD/m^3'),
      econ('economics.propanePrice', 'Propane price (per L or per GJ)', '0.70 CAD/L'),
      econ('economics.carbonPrice', 'Carbon price on fuel CO₂ (per tonne)', '0 CAD/t'),
      econ('economics.gridCo2', 'Grid electricity CO₂ (kg per kWh)', '0.002 kg/kWh'),
      econ('economics.naturalGasCo2', 'Natural gas CO₂ (kg per m³ or per GJ)', '1.966 kg/m^3'),
      econ('economics.propaneCo2', 'Propane CO₂ (kg per L or per GJ)', '1.515 kg/L'),
      ...CAPEX.map(([k, label, d]) => econ(`economics.capex.${k}`, `Capex: ${label} ${CAPEX_UNITS}`, d)),
      {
        path: 'economics.capex.heatRecoveryOwner',
        label: 'Who pays the heat-recovery capex (exchanger, piping, installation)',
        type: 'select',
        optional: true,
        options: opts(['operator', 'Mining operator (default)'], ['host', 'Greenhouse host']),
      },
      econ('economics.opex.maintenance', 'Maintenance per year (% of each party’s capex)', '2 %'),
      econ('economics.opex.operatorFixed', 'Operator fixed costs (per year)', '0 USD/year'),
      econ('economics.opex.hostFixed', 'Host fixed costs for the heat link (per year)', '0 USD/year'),
      {
        path: 'economics.horizonYears',
        label: 'Horizon (years, 1–50)',
        type: 'integer',
        min: 1,
        max: 50,
        optional: true,
        placeholder: '2',
      },
      econ('economics.discountRate', 'Discount rate (% per year)', '10 %'),
      econ('economics.minerSalvage', 'Miner resale at the end (% of miner capex, or an amount)', '30 %'),
      ...ESCALATION.map(([k, label]) =>
        econ(`economics.escalation.${k}`, `Yearly change: ${label} (% per year)`, '0 %'),
      ),
    ],
  };
}
