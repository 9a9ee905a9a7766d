/**
 * The quick preview's KPIs corrected on the page by the error the preview made on the latest year computed
 * exactly (core/sim/previewCorrection.ts): every result the workers return is recorded by revision, and a
 * preview is corrected from the newest earlier revision that has both its preview and its full year, with the
 * same weather and hours. Only the KPIs change (the cards, the proposal's figures); the preview's hourly series,
 * cash flows and warnings stay its own until the full year replaces them.
 */
import { correctPreviewKpis, type Kpis } from '../../core';
import type { RunOutput } from '../../worker/engine';

interface Recorded {
  weather: string;
  hours: number;
  preview?: Kpis;
  exact?: Kpis;
}

/** Revisions remembered (a base older than this many edits is far from the edit anyway). */
const KEPT = 16;

export class PreviewBases {
  private readonly byRevision = new Map<number, Recorded>();

  /**
   * Record a result of `revision` (run on `weatherId`, '' for the bundled year) and return what to show: a
   * preview with its KPIs corrected and `correctedFrom` set where a base exists and the edit is within the
   * correction's trust (core PREVIEW_TRUST); any other result as it came.
   */
  take(output: RunOutput, weatherId: string | undefined): RunOutput {
    const weather = weatherId ?? '';
    const r = output.revision;
    let rec = this.byRevision.get(r);
    if (!rec || rec.weather !== weather || rec.hours !== output.hours) {
      rec = { weather, hours: output.hours };
      this.byRevision.set(r, rec);
      this.forgetOld();
    }
    if (!output.preview) {
      rec.exact = output.kpis;
      return output;
    }
    rec.preview = output.kpis;
    const base = this.baseFor(r, weather, output.hours);
    if (!base) return output;
    const kpis = correctPreviewKpis(output.kpis, base.rec.exact!, base.rec.preview!, output.hours);
    return kpis ? { ...output, kpis, correctedFrom: base.revision } : output;
  }

  /** The newest revision before `r` with a preview and a full year (of this weather and hours, when given). */
  private baseFor(
    r: number,
    weather: string | undefined,
    hours: number | undefined,
  ): { revision: number; rec: Recorded } | undefined {
    let best: { revision: number; rec: Recorded } | undefined;
    for (const [revision, rec] of this.byRevision) {
      if (revision >= r || !rec.preview || !rec.exact) continue;
      if ((weather !== undefined && rec.weather !== weather) || (hours !== undefined && rec.hours !== hours))
        continue;
      if (!best || revision > best.revision) best = { revision, rec };
    }
    return best;
  }

  /** Past KEPT revisions, drop the oldest, never the newest base (a run of plant edits brings no previews). */
  private forgetOld(): void {
    if (this.byRevision.size <= KEPT) return;
    const keep = this.baseFor(Number.POSITIVE_INFINITY, undefined, undefined)?.revision;
    let oldest = Number.POSITIVE_INFINITY;
    for (const r of this.byRevision.keys()) if (r !== keep && r < oldest) oldest = r;
    this.byRevision.delete(oldest);
  }
}
