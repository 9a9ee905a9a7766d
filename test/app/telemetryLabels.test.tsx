/**
 * The Telemetry tab's words (a UI review in imperial): channels by their OUTPUTS label, the parameters to fit
 * by their editor label with ranges in the app's unit system, the fitted values likewise, the example year's
 * exchanger area in ft², and no repository path or field path shown to the user; SI unchanged in its units.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { G14Table } from '../../src/app/components/telemetry/G14Table';
import { channelLabel, fitChoiceView, fittedText, noteText } from '../../src/app/components/telemetry/labels';
import { overlayData } from '../../src/app/components/telemetry/overlay';
import { TelemetryPanel } from '../../src/app/components/telemetry/TelemetryPanel';
import { exampleYear } from '../../src/app/components/telemetry/TelemetryTab';
import type { ScoreRow } from '../../src/worker/telemetry';
import { fitChoices } from '../../src/worker/telemetry';
import type { TelemetryClient } from '../../src/worker/telemetryClient';

const SI_UNITS = /m\^2|m²|\bkW\b|L\/s|°C|degC|W\/\(|\bm\/m/;

describe('telemetry labels', () => {
  it('channels read by their OUTPUTS label', () => {
    expect(channelLabel('heatToGreenhouse')).toBe('Miner heat to greenhouse');
    expect(channelLabel('hxColdOutT')).toBe('Exchanger cold outlet');
    expect(channelLabel('notAChannel')).toBe('notAChannel');
  });

  it('fit parameters by editor label, ranges in imperial units (SI in SI), no field paths', () => {
    const imp = fitChoices().flatMap((c) => fitChoiceView(c, 'imperial') ?? []);
    const text = imp.map((c) => `${c.label} (${c.range})`).join('\n');
    expect(text).not.toMatch(SI_UNITS);
    expect(text).not.toMatch(/\b[a-z]+[A-Z]\w*\.\w+|greenhouse\.|heatExchanger\./);
    const byPath = (views: typeof imp, p: string) => views.find((v) => v.path === p);
    expect(byPath(imp, 'heatExchanger.area')).toMatchObject({ label: 'Plate area', range: '108–10,800 ft²' });
    expect(byPath(imp, 'greenhouseLoop.flow')?.range).toBe('15.9–7,930 gpm');
    expect(byPath(imp, 'greenhouse.pipeLengthPerArea')?.range).toBe('0.152–3.05 ft/ft²');
    expect(byPath(imp, 'heatExchanger.overallU')?.range).toBe('88.1–1,760 BTU/h·ft²·°F');
    expect(byPath(imp, 'greenhouse.daySetpoint')?.range).toBe('50–86 °F');
    expect(byPath(imp, 'miners.powerLimit')?.range).toBe('30–100 %');
    // the deprecated screen saving (now computed) is not offered
    expect(byPath(imp, 'greenhouse.screenSaving')).toBeUndefined();
    const si = fitChoices().flatMap((c) => fitChoiceView(c, 'SI') ?? []);
    expect(byPath(si, 'heatExchanger.area')?.range).toBe('10–1,000 m²');
    expect(byPath(si, 'heatExchanger.ua')?.range).toBe('10–5,000 kW/K');
    expect(byPath(si, 'greenhouseLoop.flow')?.range).toBe('1–500 L/s');
    expect(byPath(si, 'greenhouse.leakage')?.range).toBe('0.05–5 1/h');
  });

  it('the core’s notes and errors say “column map”, not the CLI’s --map', () => {
    expect(noteText('say ":cumulative" or ":interval" in --map to choose')).toBe(
      'say ":cumulative" or ":interval" in the column map to choose',
    );
    expect(noteText('--map: "x" is not a series')).toBe('column map: "x" is not a series');
  });

  it('fitted values by label in the display units', () => {
    const fitted = { 'greenhouse.leakage': '0.8 1/h', 'heatExchanger.area': '70 m^2' };
    expect(fittedText(fitted, 'imperial')).toBe('Air leakage = 0.8 1/h, Plate area = 753 ft²');
    expect(fittedText(fitted, 'SI')).toBe('Air leakage = 0.8 1/h, Plate area = 70 m²');
  });

  it('measured over simulated in °F and BTU/h in imperial', () => {
    const t = overlayData([293.15], [294.15], 'K', 'imperial');
    expect(t.unit).toBe('°F');
    expect(t.data[2][0]).toBeCloseTo(68, 9);
    const p = overlayData([1000], undefined, 'W', 'imperial');
    expect(p.unit).toBe('BTU/h');
    expect(p.data[2][0]).toBeCloseTo(3412.14, 1);
    expect(overlayData([1000], undefined, 'W').unit).toBe('kW');
  });

  it('the G14 table names each series by its label', () => {
    const row = {
      series: 'heatToGreenhouse',
      hourly: { n: 10, nmbe: 0.01, cvrmse: 0.1, r2: 0.9 },
      meetsHourly: true,
    } as unknown as ScoreRow;
    const html = renderToStaticMarkup(<G14Table before={[row]} />);
    expect(html).toContain('Miner heat to greenhouse');
    expect(html).not.toContain('heatToGreenhouse');
  });

  it('the example year in ft² without a repository path; the column map names channel ids beside labels', () => {
    const ex = exampleYear('imperial');
    expect(ex.description).toContain('a 753 ft² exchanger');
    expect(ex.description).not.toMatch(/m²|README|models\//);
    expect(exampleYear('SI').description).toContain('a 70 m² exchanger');
    const client = { fitChoices: async () => [] } as unknown as TelemetryClient;
    const html = renderToStaticMarkup(
      <TelemetryPanel
        input={{}}
        run={undefined}
        client={client}
        onCalibrated={() => {}}
        example={ex}
        units="imperial"
      />,
    );
    expect(html).toContain('753 ft²');
    expect(html).toContain('miner heat to greenhouse (<code>heatToGreenhouse</code>)');
    expect(html).not.toMatch(/README|models\//);
  });
});
