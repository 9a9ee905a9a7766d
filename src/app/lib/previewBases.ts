/**
 * The quick preview's KPIs corrected on the page by the error the preview made on a year computed exactly
 * (core/sim/previewCorrection.ts): every result the workers return is recorded by revision, and a preview is
 * corrected from the earlier revision, among those with both a preview and a full year of the same weather and
 * hours, whose preview is nearest to it in heat demand and heat delivered (an edit back towards an earlier value
 * is corrected by that value's error, not the last one's). The KPIs change (the cards, the proposal's figures),
 * and a "colder than the set-point" warning they contradict is dropped; the preview's hourly series, cash flows
 * and other warnings stay its own until the full year replaces them.
 */
import { correctFromNearest, type Kpis, previewWarnings } from '../../core';
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
    const bases = this.basesFor(r, weather, output.hours);
    const c = correctFromNearest(
      output.kpis,
      bases.map((b) => ({ coarse: b.rec.preview!, exact: b.rec.exact! })),
      output.hours,
    );
    if (!c) return output;
    const warnings = previewWarnings(output.warnings ?? [], c.kpis);
    return { ...output, kpis: c.kpis, warnings, correctedFrom: bases[c.anchor]!.revision };
  }

  /** Revisions before `r` with a preview and a full year of this weather and hours, newest first. */
  private basesFor(r: number, weather: string, hours: number): { revision: number; rec: Recorded }[] {
    const out: { revision: number; rec: Recorded }[] = [];
    for (const [revision, rec] of this.byRevision) {
      if (revision < r && rec.preview && rec.exact && rec.weather === weather && rec.hours === hours) {
        out.push({ revision, rec });
      }
    }
    return out.sort((a, b) => b.revision - a.revision);
  }

  /** Past KEPT revisions, drop the oldest, never the newest base (a run of plant edits brings no previews). */
  private forgetOld(): void {
    if (this.byRevision.size <= KEPT) return;
    let keep = -1;
    for (const [r, rec] of this.byRevision) if (rec.preview && rec.exact && r > keep) keep = r;
    let oldest = Number.POSITIVE_INFINITY;
    for (const r of this.byRevision.keys()) if (r !== keep && r < oldest) oldest = r;
    this.byRevision.delete(oldest);
  }
}
