/**
 * AI/GPU rack catalog entries (models/equipment/ai-racks): liquid-cooled rack-scale systems, their facility
 * water temperatures (ASHRAE TC 9.9 liquid-cooling classes) and hosting economics. Same source convention
 * as the rest of the catalog (catalog.ts): every datum is `{ value, source }`.
 */
import { ZERO_CELSIUS } from '../errors';
import { z } from 'zod';
import { InputError } from '../errors';
import { quantity } from '../units';

const text = z.string().min(1);
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: text });
const sQty = sourced(z.union([z.string().min(1), z.number()]));

/** ASHRAE TC 9.9 facility-water classes and their supply-temperature limits, °C (W+ : above 45 °C). */
export const LIQUID_COOLING_CLASSES = { W17: 17, W27: 27, W32: 32, W40: 40, W45: 45, 'W+': 70 } as const;
export type LiquidCoolingClass = keyof typeof LIQUID_COOLING_CLASSES;

export const aiRackSchema = z.strictObject({
  id: text,
  name: text,
  manufacturer: text,
  gpus: sourced(z.number().int().min(1).max(10_000)),
  power: sQty,
  liquidHeatFraction: sQty,
  liquidCoolingClass: sourced(z.enum(Object.keys(LIQUID_COOLING_CLASSES) as [LiquidCoolingClass])),
  supplyTemperature: sQty,
  returnTemperature: sQty,
  hostingPrice: sQty,
  utilisation: sQty,
  capexPerPower: sQty,
});

export interface AiRackModel {
  id: string;
  name: string;
  manufacturer: string;
  gpus: number;
  /** IT nameplate power per rack, W. */
  power: number;
  /** Share of the IT power carried by the liquid loop, 0–1. */
  liquidHeatFraction: number;
  liquidCoolingClass: LiquidCoolingClass;
  /** Facility water supply / return, K. */
  supplyTemperature: number;
  returnTemperature: number;
  /** Colocation price, USD per W of contracted IT per second (× W × s = USD). */
  hostingPrice: number;
  /** Mean IT power / nameplate, 0–1. */
  utilisation: number;
  /** Facility capex, USD per W of IT. */
  capexPerPower: number;
  /** Dotted path → source text. */
  sources: Readonly<Record<string, string>>;
}

const MONTH = (365.25 / 12) * 86400;

/** "149 USD/kW/month" → USD/(W·s); "20 MUSD/MW" or "20 USD/W" → USD/W. */
function usd(field: string, v: string | number, kind: 'perPowerTime' | 'perPower'): number {
  const m = /^\s*([0-9.]+(?:e[+-]?\d+)?)\s*(M?)USD\s*\/\s*(kW\/month|W\/month|MW|kW|W)\s*$/i.exec(String(v));
  const allowed =
    kind === 'perPowerTime' ? 'a price like "149 USD/kW/month"' : 'a cost like "20 MUSD/MW" or "20 USD/W"';
  if (!m) throw new InputError(field, v, allowed);
  const x = Number(m[1]) * (m[2] ? 1e6 : 1);
  const per = m[3]!.toLowerCase();
  const watts = { 'kw/month': 1e3, 'w/month': 1, mw: 1e6, kw: 1e3, w: 1 }[per]!;
  const timed = per.endsWith('/month');
  if (timed !== (kind === 'perPowerTime') || !(x >= 0 && Number.isFinite(x))) {
    throw new InputError(field, v, allowed);
  }
  return timed ? x / watts / MONTH : x / watts;
}

/** Parse and convert an AI rack catalog entry to SI. Throws InputError naming `<id>.<path>`. */
export function parseAiRack(json: unknown): AiRackModel {
  const r = aiRackSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new InputError(`ai-rack.${i.path.join('.')}`, undefined, i.message);
  }
  const j = r.data;
  const f = (p: string) => `${j.id}.${p}`;
  const sources: Record<string, string> = {};
  for (const [k, d] of Object.entries(j)) if (typeof d === 'object') sources[k] = d.source;
  const q = (p: keyof typeof j, unit: string, min: number, max: number, allowed: string) => {
    const x = quantity((j[p] as { value: string | number }).value, unit, f(p));
    if (!(x >= min && x <= max)) throw new InputError(f(p), (j[p] as { value: unknown }).value, allowed);
    return x;
  };
  const rack: AiRackModel = {
    id: j.id,
    name: j.name,
    manufacturer: j.manufacturer,
    gpus: j.gpus.value,
    power: q('power', 'W', 1e3, 2e6, 'between 1 kW and 2 MW per rack'),
    liquidHeatFraction: q('liquidHeatFraction', '', 0, 1, 'a fraction between 0 and 1'),
    liquidCoolingClass: j.liquidCoolingClass.value,
    supplyTemperature: q('supplyTemperature', 'K', 278.15, 343.15, 'between 5 °C and 70 °C'),
    returnTemperature: q('returnTemperature', 'K', 278.15, 363.15, 'between 5 °C and 90 °C'),
    hostingPrice: usd(f('hostingPrice'), j.hostingPrice.value, 'perPowerTime'),
    utilisation: q('utilisation', '', 0, 1, 'a fraction between 0 and 1'),
    capexPerPower: usd(f('capexPerPower'), j.capexPerPower.value, 'perPower'),
    sources,
  };
  const limit = LIQUID_COOLING_CLASSES[rack.liquidCoolingClass] + ZERO_CELSIUS;
  if (rack.supplyTemperature > limit + 1e-9) {
    throw new InputError(
      f('supplyTemperature'),
      j.supplyTemperature.value,
      `at most ${limit - ZERO_CELSIUS} °C for ASHRAE class ${rack.liquidCoolingClass}`,
    );
  }
  if (!(rack.returnTemperature > rack.supplyTemperature)) {
    throw new InputError(
      f('returnTemperature'),
      j.returnTemperature.value,
      'warmer than the supply temperature',
    );
  }
  return rack;
}
