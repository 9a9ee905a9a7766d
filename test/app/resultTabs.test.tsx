import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResultTabs, resultTabOf, type TabContext } from '../../src/app/components/ResultTabs';
import { wholeIn } from '../../src/app/components/risk/RiskTab';

const ctx: TabContext = {
  run: null,
  final: false,
  fullRun: null,
  units: 'SI',
  input: undefined,
  scenario: null,
  sweepClients: [],
  drafts: {},
  issues: [],
  onEdit: () => {},
  onEdits: () => {},
  onNotice: () => {},
};

describe('result tabs', () => {
  it('render a tablist whose selected tab controls the one visible panel', () => {
    const html = renderToStaticMarkup(
      <ResultTabs tab="results" onTab={() => {}} results={<p>KPI cards here</p>} ctx={ctx} />,
    );
    expect(html).toContain('role="tablist"');
    const tabs = [...html.matchAll(/role="tab"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(tabs).toEqual(['Results', 'Exchanger', 'Sweep', 'Telemetry', 'Risk &amp; compare']);
    expect(html).toMatch(/id="tab-results" aria-selected="true" aria-controls="panel-results" tabindex="0"/);
    expect(html).toMatch(/id="tab-risk" aria-selected="false" aria-controls="panel-risk" tabindex="-1"/);
    // Only the Results panel is shown; the others are hidden and not loaded before they are chosen.
    expect(html).toMatch(
      /id="panel-results" aria-labelledby="tab-results"[^>]*tabindex="0"><p>KPI cards here/,
    );
    expect(html).toMatch(/id="panel-risk"[^>]*hidden=""[^>]*><\/div>/);
  });

  it('take a saved tab name only when this build has that tab', () => {
    expect(resultTabOf('risk')).toBe('risk');
    expect(resultTabOf('telemetry')).toBe('telemetry');
    expect(resultTabOf('exchanger')).toBe('exchanger');
    expect(resultTabOf('sweep')).toBe('sweep');
    expect(resultTabOf('charts')).toBeUndefined();
    expect(resultTabOf(3)).toBeUndefined();
  });

  it('check the Monte Carlo sample count and seed, naming field, value and range', () => {
    expect(wholeIn('Samples', ' 500 ', 1, 100000)).toBe(500);
    expect(wholeIn('Samples', '0', 1, 100000)).toBe('Samples = "0": a whole number between 1 and 100000');
    expect(wholeIn('Seed', '1.5', 0, 4294967295)).toBe(
      'Seed = "1.5": a whole number between 0 and 4294967295',
    );
    expect(wholeIn('Seed', '', 0, 10)).toMatch(/Seed = "": a whole number/);
  });
});
