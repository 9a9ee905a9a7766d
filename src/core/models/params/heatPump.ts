/** Scenario section `heatPump`: water-to-water heat pump lifting the AI racks' warm water to the greenhouse. */
import { fraction, quantity, section } from './declare';

export const heatPump = section(
  'heatPump',
  'Heat pump between the AI racks’ water and the greenhouse loop (before the backup heater)',
  {
    capacity: quantity({
      unit: 'W',
      min: 0,
      max: 1e9,
      example: '1.5 MW',
      default: 0,
      doc: 'Heat output capacity at the condenser (0: no heat pump)',
      source: 'user input',
    }),
    eta: fraction({
      min: 0.05,
      max: 0.95,
      default: 0.49,
      doc: 'Carnot efficiency η of COP = η·T_cond/(T_cond − T_evap)',
      source:
        'fitted to the issue-17 anchor (45 °C source → 60/70/80 °C supply: COP 5.5/4.3/3.5), src/core/components/heatPump.ts',
    }),
    approach: quantity({
      // 'kelvin' (not 'K'): a temperature difference, shown in kelvin rather than converted to °C.
      unit: 'kelvin',
      min: 0,
      max: 30,
      example: '5 K',
      default: 5,
      doc: 'Refrigerant-to-water approach in the condenser and in the evaporator (temperature difference)',
      source: 'assumption: 5 K for industrial plate condensers/evaporators',
    }),
    minPartLoad: fraction({
      min: 0.01,
      max: 1,
      default: 0.25,
      doc: 'Lowest modulation before on/off cycling (EN 14825 degradation below it)',
      source: 'assumption: 25 % for a screw/multi-compressor industrial unit',
    }),
    maxSupply: quantity({
      unit: 'K',
      min: 303.15,
      max: 453.15,
      example: '90 degC',
      default: 363.15,
      doc: 'Highest condenser water outlet',
      source:
        'assumption: 90 °C, HFO/R-1234ze industrial high-temperature heat pumps (Arpagaus et al. 2018, Energy 152)',
    }),
  },
  {},
);
