/**
 * Equipment catalog: miners, dry coolers and plate heat exchangers, shipped as JSON under
 * `models/equipment/` and converted here to SI numbers.
 *
 * **Source convention** (applies to every catalog file): apart from `id`, `name` and `manufacturer`, every
 * datum is an object `{ "value": …, "source": "…" }`. `value` is a quantity string with its unit
 * ("480 TH/s", "11.7 L/min", "80 degC"), a plain number, or a text. `source` says where the number comes
 * from and starts with one of:
 *   - `[facts] …` — a published figure from the "Domain facts" section of models/SOURCES.md (which names
 *     its original source);
 *   - a citation (`Modelica Buildings, …`, `Incropera …`) — taken from that reference;
 *   - `derived: …` — arithmetic on other values, with the arithmetic written out;
 *   - `assumption: …` — not published: an engineering choice, with its basis.
 * The parsed objects keep every source in `sources` (dotted path → text) so a UI can show provenance.
 *
 * Parsing errors are `InputError`s naming `<file id>.<dotted path>`, the value and the expected unit/range.
 */
import '../zodSetup';
import { InputError } from '../errors';

import antminerS19XpHydro from '../../../models/equipment/miners/antminer-s19-xp-hydro.json';
import antminerS21Hydro from '../../../models/equipment/miners/antminer-s21-hydro.json';
import antminerS21PlusHydro from '../../../models/equipment/miners/antminer-s21-plus-hydro.json';
import antminerS21XpHydro from '../../../models/equipment/miners/antminer-s21-xp-hydro.json';
import avalonA1566ha from '../../../models/equipment/miners/avalon-a1566ha.json';
import dryCoolerV1000 from '../../../models/equipment/dry-coolers/dry-cooler-v-1000kw.json';
import dryCoolerV3000 from '../../../models/equipment/dry-coolers/dry-cooler-v-3000kw.json';
import pheModule750 from '../../../models/equipment/plate-exchangers/phe-module-750kw.json';
import pheSite2700 from '../../../models/equipment/plate-exchangers/phe-site-2700kw.json';
import nvidiaGb200Nvl72 from '../../../models/equipment/ai-racks/nvidia-gb200-nvl72.json';
import { type AiRackModel, parseAiRack } from './aiRacks';
import { parseDryCooler, parseMinerModel, parsePlateExchanger } from './catalogParsers';
import type { DryCoolerModel, MinerModel, PlateExchangerModel } from './catalogSchema';

export {
  parseDryCooler,
  parseMinerModel,
  parsePlateExchanger,
  plateExchangerNominalFlows,
} from './catalogParsers';
export {
  type DryCoolerModel,
  dryCoolerSchema,
  type MinerMode,
  type MinerModeName,
  type MinerModel,
  minerSchema,
  type PlateExchangerModel,
  plateExchangerSchema,
  type Sources,
} from './catalogSchema';

// ---------------------------------------------------------------------------------------------------------
// The shipped catalog

function byId<T extends { id: string }>(items: T[]): Readonly<Record<string, T>> {
  // No prototype: an id can never reach Object.prototype members.
  const out: Record<string, T> = Object.create(null);
  for (const it of items) out[it.id] = it;
  return out;
}

/** Every shipped catalog entry, parsed to SI, keyed by id. */
export const catalog = {
  miners: byId(
    [avalonA1566ha, antminerS21Hydro, antminerS21XpHydro, antminerS21PlusHydro, antminerS19XpHydro].map(
      parseMinerModel,
    ),
  ),
  dryCoolers: byId([dryCoolerV1000, dryCoolerV3000].map(parseDryCooler)),
  plateExchangers: byId([pheModule750, pheSite2700].map(parsePlateExchanger)),
  aiRacks: byId([nvidiaGb200Nvl72].map(parseAiRack)),
} as const;

/**
 * An entry of a table by id, own properties only: "toString", "constructor", "__proto__" are unknown ids, not
 * Object.prototype members. InputError listing the known ids otherwise.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, id: unknown, field: string, kind: string): T {
  if (typeof id === 'string' && Object.hasOwn(table, id)) return table[id]!;
  throw new InputError(
    field,
    id,
    `a known ${kind}; unknown ${kind} ${JSON.stringify(id)}; known: ${Object.keys(table).join(', ')}`,
  );
}

function lookup<T>(table: Readonly<Record<string, T>>, id: string, field: string, kind: string): T {
  return ownEntry(table, id, field, kind);
}

/** A shipped miner model by id (e.g. "avalon-a1566ha"); InputError listing the known ids otherwise. */
export const minerModel = (id: string): MinerModel =>
  lookup(catalog.miners, id, 'miners.model', 'miner model');
/** A shipped dry cooler by id; InputError listing the known ids otherwise. */
export const dryCoolerModel = (id: string): DryCoolerModel =>
  lookup(catalog.dryCoolers, id, 'dryCooler.model', 'dry cooler model');
/** A shipped plate exchanger by id; InputError listing the known ids otherwise. */
export const plateExchangerModel = (id: string): PlateExchangerModel =>
  lookup(catalog.plateExchangers, id, 'heatExchanger.model', 'plate exchanger model');

/** A shipped AI rack model by id (e.g. "nvidia-gb200-nvl72"); InputError listing the known ids otherwise. */
export const aiRackModel = (id: string): AiRackModel =>
  lookup(catalog.aiRacks, id, 'aiRacks.model', 'AI rack');
