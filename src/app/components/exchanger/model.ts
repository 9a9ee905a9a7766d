/**
 * The exchanger panel's data model: a figure (Row) and a section of figures, the allowable limits checked on
 * them, and the core's design-day report (`designDay`, as `heat-twin design`) for the app's scenario and its
 * last annual run.
 */
import { type DesignDayReport, type DisplayKind, designDay, PLATE_PRESETS } from '../../../core';
import type { RunOutput } from '../../../worker/engine';
import type { ScenarioJson } from '../../lib/edit';

/** One figure: a single value, or a hot/cold pair (SI), shown in `kind`'s display unit. */
export interface Row {
  id: string;
  label: string;
  kind: DisplayKind;
  value?: number | null;
  hot?: number;
  cold?: number;
  /** Significant digits (default 4; temperatures are shown to 0.1). */
  digits?: number;
  /** Allowable upper limit on the value(s), SI (`maxCold` on the cold side when it differs), and what to do when it is exceeded. */
  max?: number;
  maxCold?: number;
  advice?: string;
  /** A warning that is not a limit (e.g. the design duty is out of reach). */
  warn?: string;
  /** How the figure is obtained (shown small under the label). */
  note?: string;
}

export interface Section {
  id: string;
  title: string;
  /** How the section's figures are obtained (shown under the table). */
  note?: string;
  /** Column heads of hot/cold rows. */
  columns?: [string, string];
  rows: Row[];
}

export type Side = 'value' | 'hot' | 'cold';

/** The allowable limit of one side of a row, SI (undefined: not checked). */
export function limitOf(row: Row, side: Side): number | undefined {
  return side === 'cold' ? (row.maxCold ?? row.max) : row.max;
}

/** The sides of a row above its limit. */
export function exceeded(row: Row): Side[] {
  return (['value', 'hot', 'cold'] as const).filter((k) => {
    const x = row[k];
    const max = limitOf(row, k);
    return typeof x === 'number' && max !== undefined && x > max * (1 + 1e-9);
  });
}

/** Plate presets the panel offers (the core's PLATE_PRESETS). */
export const PLATES = Object.keys(PLATE_PRESETS);

export type DesignResult = { ok: true; report: DesignDayReport } | { ok: false; error: string };

/** The design-day report of the scenario, with the design hours from the app's annual run. */
export function computeDesign(
  input: ScenarioJson,
  run: Pick<RunOutput, 'hours' | 'series'>,
  plate = 'large',
): DesignResult {
  const geometry = PLATE_PRESETS[plate];
  if (!geometry) return { ok: false, error: `no plate preset "${plate}"` };
  try {
    const report = designDay(input, {
      run: { hours: run.hours, series: run.series },
      plate: { name: plate, geometry },
    });
    return { ok: true, report };
  } catch (e) {
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}
