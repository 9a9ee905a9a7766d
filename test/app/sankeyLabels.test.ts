import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draw } from '../../src/app/components/Sankey';
import { BACKUP_INPUT, BACKUP_LOSSES, energyFlows } from '../../src/app/lib/aggregate';
import { figure, kpiCards } from '../../src/app/lib/kpis';
import { type LabelNode, type PlacedLabel, placeLabels, wrapWords } from '../../src/app/lib/sankeyLabels';
import { toDisplay } from '../../src/app/lib/units';
import { simulate } from '../../src/core/sim/simulate';

/** DejaVu Sans is about 0.6 em a character; a little wider here, as the browser's canvas would measure. */
const measure = (s: string) => s.length * 6.4;
const style = { fontSize: 10, lineHeight: 13, gap: 4, measure };

const overlap = (a: PlacedLabel, b: PlacedLabel) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

function overlaps(labels: PlacedLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlap(labels[i]!, labels[j]!)) out.push(`${labels[i]!.name} × ${labels[j]!.name}`);
  return out;
}

describe('Sankey labels', () => {
  it('wraps on words, a long word on its own line', () => {
    expect(wrapWords('Backup heater input', 90, measure)).toEqual(['Backup heater', 'input']);
    expect(wrapWords('Electricity', 20, measure)).toEqual(['Electricity']);
    expect(wrapWords('Pumps & fans', 1000, measure)).toEqual(['Pumps & fans']);
  });

  it('pushes apart the labels of small nodes stacked in one column, inside the chart', () => {
    const node = (name: string, y: number): LabelNode => ({
      name,
      value: '1,000',
      x0: 100,
      x1: 112,
      y0: y,
      y1: y + 1,
    });
    // four 1-px nodes 3 px apart at the bottom of a 100-px chart, another column at x = 300
    const nodes = [
      node('A', 90),
      node('B', 93),
      node('C', 96),
      node('D', 99),
      { ...node('E', 40), x0: 300, x1: 312 },
    ];
    const { labels, height } = placeLabels(nodes, 400, 100, style);
    expect(height).toBe(100);
    expect(overlaps(labels)).toEqual([]);
    expect(labels.map((l) => l.name).slice(0, 4)).toEqual(['A', 'B', 'C', 'D']); // their nodes' order
    for (const l of labels) {
      expect(l.top).toBeGreaterThanOrEqual(0);
      expect(l.top + l.height).toBeLessThanOrEqual(100);
    }
    // a column with more labels than room asks for a taller chart
    const many = Array.from({ length: 12 }, (_, i) => node(`N${i}`, 50 + i));
    expect(placeLabels(many, 400, 100, style).height).toBeGreaterThan(12 * 13);
  });

  it('keeps a label before the next column: wrapped when one line would not fit', () => {
    const nodes: LabelNode[] = [
      { name: 'Container air', value: '1,830', x0: 0, x1: 12, y0: 0, y1: 50 },
      { name: 'Greenhouse', value: '8,370', x0: 90, x1: 102, y0: 0, y1: 50 },
    ];
    const { labels } = placeLabels(nodes, 260, 100, style);
    expect(labels[0]!.lines).toEqual(['Container', 'air', '1,830']);
    expect(labels[0]!.x + labels[0]!.width).toBeLessThanOrEqual(90 - 4);
    expect(labels[1]!.lines).toEqual(['Greenhouse · 8,370']);
  });

  const week = (file: string) =>
    simulate(JSON.parse(readFileSync(`models/sites/${file}.json`, 'utf8')), { hours: 168 });
  const fig = (mwh: number) => figure(toDisplay(mwh, 'energy', 'SI'));

  /** Every label inside the chart and none over another, at a phone's and a laptop's width. */
  function checkFit(flows: ReturnType<typeof energyFlows>) {
    return [340, 1040].map((width) => {
      const d = draw(flows, width, 300, fig);
      expect(overlaps(d.labels), `${width} px`).toEqual([]);
      for (const l of d.labels) {
        expect(l.x + l.width, `${l.name} at ${width} px`).toBeLessThanOrEqual(width);
        expect(l.top).toBeGreaterThanOrEqual(0);
        expect(l.top + l.height).toBeLessThanOrEqual(d.height);
      }
      return d;
    });
  }

  it('the Manitoba pilot (a cold week) on a phone and a laptop: no two labels overlap; the heater shows its card', () => {
    const r = week('manitoba-pilot');
    const card = kpiCards(r, 'SI').find((c) => c.id === 'backup')!;
    for (const d of checkFit(energyFlows(r))) {
      const text = (name: string) =>
        d.labels
          .find((l) => l.name === name)
          ?.lines.join(' ')
          .replace(' · ', ' ');
      // the heater's node reads as the "Backup heat" card; its input and losses are labelled nodes
      expect(text('Backup heater')).toBe(`Backup heater ${card.value}`);
      expect(text(BACKUP_INPUT)).toBe(`${BACKUP_INPUT} ${fig(r.kpis.backupInput_MWh)}`);
      expect(text(BACKUP_LOSSES)).toBe(
        `${BACKUP_LOSSES} ${fig(r.kpis.backupInput_MWh - r.kpis.backupHeat_MWh)}`,
      );
    }
  });

  it('AI racks and a heat pump (more nodes): no two labels overlap on a phone or a laptop', () => {
    const flows = energyFlows(week('ai-racks-heat-pump'));
    expect(new Set(flows.flatMap((f) => [f.source, f.target])).size).toBeGreaterThan(12);
    checkFit(flows);
  });
});
