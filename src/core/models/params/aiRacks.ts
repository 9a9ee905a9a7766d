/** Scenario section `aiRacks`: liquid-cooled AI/GPU racks beside (or instead of part of) the miners. */
import { fraction, integer, quantity, section, text } from './declare';

export const aiRacks = section(
  'aiRacks',
  'Liquid-cooled AI/GPU racks whose warm water feeds the heat pump',
  {
    model: text({
      minLength: 1,
      default: 'nvidia-gb200-nvl72',
      doc: "Catalog id of the rack, e.g. 'nvidia-gb200-nvl72' (models/equipment/ai-racks)",
      source: 'catalog (models/equipment/ai-racks)',
    }),
    count: integer({
      min: 0,
      max: 100_000,
      default: 0,
      doc: 'Number of racks (0: no AI racks)',
      source: 'user input',
    }),
    utilisation: fraction({
      min: 0,
      max: 1,
      optional: true,
      doc: 'Mean IT power / nameplate (default: the catalog’s)',
      source: 'catalog (assumption: 80 %)',
    }),
    supplyTemperature: quantity({
      unit: 'K',
      min: 278.15,
      max: 343.15,
      example: '40 degC',
      optional: true,
      doc: 'Facility water to the racks = heat-pump evaporator outlet (default: the catalog’s)',
      source: 'catalog (ASHRAE TC 9.9 class limit)',
    }),
  },
  {},
);
