/** Scenario section `dryCooler`: rejects the heat the greenhouse does not take. */
import { integer, section, text } from './declare';

export const dryCooler = section(
  'dryCooler',
  'Dry cooler that rejects the heat the greenhouse does not take',
  {
    model: text({
      minLength: 1,
      doc: 'Catalog id (models/equipment/dry-coolers)',
      source: 'catalog (models/equipment/dry-coolers)',
    }),
    // At least one: the miner loop has no other heat sink in summer, so a plant without a dry cooler would
    // have to stop its miners whenever the greenhouse takes less than their heat (not modelled).
    count: integer({
      min: 1,
      max: 1000,
      default: 1,
      why: 'a plant needs at least one dry cooler to reject the heat the greenhouse does not take',
      doc: 'Number of dry-cooler units (at least 1: the miner loop needs a heat sink when the greenhouse takes less)',
      source: 'assumption: one unit per plant unless given',
    }),
  },
);
