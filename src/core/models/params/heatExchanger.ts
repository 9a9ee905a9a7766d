/** Scenario section `heatExchanger`: the plate exchanger between the miner loop and the greenhouse loop. */
import { quantity, section, text } from './declare';

export const heatExchanger = section(
  'heatExchanger',
  'Plate exchanger: a catalog model, an area with U, or UA directly',
  {
    model: text({
      optional: true,
      doc: 'Catalog id of a plate exchanger (models/equipment/plate-exchangers); sets U and area defaults',
      source: 'catalog (models/equipment/plate-exchangers)',
    }),
    area: quantity({
      unit: 'm^2',
      min: 0.1,
      max: 100_000,
      example: '50 m^2',
      optional: true,
      doc: 'Heat-transfer area (UA = U·A at the nominal flows)',
      source: 'user input',
    }),
    overallU: quantity({
      unit: 'W/(m^2 K)',
      min: 100,
      max: 20_000,
      example: '4000 W/m^2/K',
      optional: true,
      doc: 'Overall heat-transfer coefficient at the nominal flows',
      source: 'assumption: range of gasketed plate exchangers, liquid–liquid',
    }),
    ua: quantity({
      unit: 'W/K',
      min: 1,
      max: 1e9,
      example: '180 kW/K',
      optional: true,
      doc: 'UA directly (overrides area × U)',
      source: 'user input',
    }),
    flowExponent: quantity({
      unit: '',
      min: 0.5,
      max: 1,
      example: '0.8',
      default: 0.8,
      doc: 'Exponent of each side’s hA with its flow, hA ∝ ṁ^n',
      source: 'Modelica Buildings library: hA ∝ ṁ^0.8 (Dittus–Boelter exponent)',
    }),
  },
);
