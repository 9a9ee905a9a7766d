/**
 * Greenhouse cover presets, shipped as JSON under `models/equipment/greenhouse-covers/` with the catalog's
 * source convention (every datum is `{ "value": …, "source": "…" }`, sources start with `[facts]` (the "Domain
 * facts" of models/SOURCES.md), a citation, `derived:` or `assumption:`; see src/core/models/catalog.ts).
 * Parsed here to SI numbers.
 *
 * `uValue` is the overall cover heat-loss coefficient per m² of cover (W/(m²·K)) that the literature
 * quotes; the climate model calibrates its film coefficients so that it reproduces this value at the
 * rating condition (see `COVER_RATING_CONDITION` in model.ts).
 */
import { z } from 'zod';
import { InputError } from '../errors';
import { quantity } from '../units';

import doubleGlass from '../../../models/equipment/greenhouse-covers/double-glass.json';
import doublePoly from '../../../models/equipment/greenhouse-covers/double-poly.json';
import singleGlass from '../../../models/equipment/greenhouse-covers/single-glass.json';
import twinWallPc8 from '../../../models/equipment/greenhouse-covers/twin-wall-polycarbonate-8mm.json';

const text = z.string().min(1);
const sQty = z.strictObject({ value: z.union([z.string().min(1), z.number()]), source: text });

export const coverSchema = z.strictObject({
  id: text,
  name: text,
  uValue: sQty,
  solarTransmittance: sQty,
  solarAbsorptance: sQty,
  firEmissivity: sQty,
  arealHeatCapacity: sQty,
  layerResistance: sQty,
});

export interface CoverPreset {
  readonly id: string;
  readonly name: string;
  /** Overall heat-loss coefficient per m² cover at the rating condition, W/(m²·K). */
  readonly uValue: number;
  /** Solar (global) transmittance of the clean cover, –. */
  readonly solarTransmittance: number;
  /** Solar absorptance of the cover, –. */
  readonly solarAbsorptance: number;
  /** Far-infrared emissivity of the cover surfaces (cover treated as FIR-opaque), –. */
  readonly firEmissivity: number;
  /** Heat capacity per m² cover, J/(m²·K). */
  readonly arealHeatCapacity: number;
  /** Conduction resistance of the cover layer(s) between its inner and outer surface, m²·K/W. */
  readonly layerResistance: number;
  /** Dotted path → source text, for provenance display. */
  readonly sources: Readonly<Record<string, string>>;
}

function num(
  file: string,
  path: string,
  v: { value: string | number },
  unit: string,
  min: number,
  max: number,
): number {
  const x = quantity(v.value, unit, `${file}.${path}`);
  if (!(x >= min && x <= max)) {
    throw new InputError(`${file}.${path}`, v.value, `between ${min} and ${max}${unit ? ` ${unit}` : ''}`);
  }
  return x;
}

/** Parse one cover JSON document (throws InputError naming `<id>.<field>`). */
export function parseCover(json: unknown): CoverPreset {
  const r = coverSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const id =
      typeof json === 'object' && json && 'id' in json ? String((json as { id: unknown }).id) : 'cover';
    throw new InputError(
      `${id}.${issue.path.join('.')}`,
      json,
      'a cover preset in the catalog format',
      issue.message,
    );
  }
  const d = r.data;
  const id = d.id;
  const tau = num(id, 'solarTransmittance', d.solarTransmittance, '', 0, 1);
  const alpha = num(id, 'solarAbsorptance', d.solarAbsorptance, '', 0, 1);
  if (tau + alpha > 1) {
    throw new InputError(`${id}.solarAbsorptance`, alpha, `at most 1 − solarTransmittance = ${1 - tau}`);
  }
  return Object.freeze({
    id,
    name: d.name,
    uValue: num(id, 'uValue', d.uValue, 'W/m^2/K', 0.3, 15),
    solarTransmittance: tau,
    solarAbsorptance: alpha,
    firEmissivity: num(id, 'firEmissivity', d.firEmissivity, '', 0.05, 1),
    arealHeatCapacity: num(id, 'arealHeatCapacity', d.arealHeatCapacity, 'J/m^2/K', 1, 1e6),
    layerResistance: num(id, 'layerResistance', d.layerResistance, 'm^2 K/W', 1e-5, 2),
    sources: Object.freeze({
      uValue: d.uValue.source,
      solarTransmittance: d.solarTransmittance.source,
      solarAbsorptance: d.solarAbsorptance.source,
      firEmissivity: d.firEmissivity.source,
      arealHeatCapacity: d.arealHeatCapacity.source,
      layerResistance: d.layerResistance.source,
    }),
  });
}

export type CoverId = 'single-glass' | 'double-glass' | 'double-poly' | 'twin-wall-polycarbonate-8mm';

const RAW: Record<CoverId, unknown> = {
  'single-glass': singleGlass,
  'double-glass': doubleGlass,
  'double-poly': doublePoly,
  'twin-wall-polycarbonate-8mm': twinWallPc8,
};

let parsed: Record<CoverId, CoverPreset> | undefined;

/** All shipped cover presets, parsed once. */
export function coverPresets(): Readonly<Record<CoverId, CoverPreset>> {
  if (!parsed) {
    const out = {} as Record<CoverId, CoverPreset>;
    for (const k of Object.keys(RAW) as CoverId[]) out[k] = parseCover(RAW[k]);
    parsed = out;
  }
  return parsed;
}

/** One shipped preset by id (InputError listing the ids otherwise). */
export function coverPreset(id: string): CoverPreset {
  const all = coverPresets();
  // Own properties only ("toString", "__proto__" are unknown ids, not Object.prototype members).
  if (typeof id === 'string' && Object.hasOwn(all, id)) return (all as Record<string, CoverPreset>)[id]!;
  throw new InputError(
    'greenhouse.cover',
    id,
    `a known cover; unknown cover ${JSON.stringify(id)}; known: ${Object.keys(all).join(', ')}`,
  );
}
