/** Scenario section `miners`: the liquid-cooled ASICs. */
import { ZERO_CELSIUS } from '../../errors';
import { choice, fraction, integer, quantity, section, text } from './declare';

export const miners = section('miners', 'The miners (catalog model, count, operating mode)', {
  model: text({
    minLength: 1,
    doc: "Catalog id of the miner, e.g. 'avalon-a1566ha' (models/equipment/miners)",
    source: 'catalog (models/equipment/miners)',
  }),
  count: integer({ min: 1, max: 1_000_000, doc: 'Number of miners', source: 'user input' }),
  modules: integer({
    min: 1,
    max: 10_000,
    default: 1,
    doc: 'Number of container modules the miners are split into',
    source: 'assumption: one module unless given',
  }),
  mode: choice({
    values: ['normal', 'eco', 'boost'],
    default: 'normal',
    doc: 'Operating mode from the miner datasheet',
    source: 'miner datasheet modes (catalog)',
  }),
  powerLimit: fraction({
    min: 0,
    max: 1,
    default: 1,
    doc: 'Power limit as a fraction of the mode’s nominal power',
    source: 'assumption: full power',
  }),
  containerAirTemperature: quantity({
    unit: 'K',
    min: 263.15,
    max: 333.15,
    example: '30 degC',
    default: 30 + ZERO_CELSIUS,
    doc: 'Container air temperature around the units',
    source: 'assumption: 30 °C inside a ventilated container',
  }),
  availability: fraction({
    min: 0,
    max: 1,
    default: 1,
    doc: 'Planned availability (maintenance, pool outages): scales hashrate and power',
    source: 'assumption: 100 %',
  }),
});
