// The host proposal's text helpers: one formatter for every number, notes in plain language in the
// document's units, sources as footnotes, logo size limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFormat } from '../../src/app/components/proposal/format';
import { buildNotes } from '../../src/app/components/proposal/notes';
import { LOGO_LIMIT, logoProblem } from '../../src/app/components/proposal/parties';
import { plainNote, readSource, stripDeveloperText } from '../../src/app/components/proposal/plain';
import { wholeParts } from '../../src/app/components/proposal/format';

const si = docFormat('SI', 'USD');
const imp = docFormat('imperial', 'USD');
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('proposal format', () => {
  it('writes each quantity in the chosen system, money in the one currency', () => {
    expect(plain(si.area(20000))).toBe('20,000 m²');
    expect(plain(imp.area(20000))).toBe('215,000 ft²');
    expect(plain(si.temperature(273.15 + 21))).toBe('21 °C');
    expect(plain(imp.temperature(273.15 + 21))).toBe('70 °F');
    expect(plain(si.energy(7700))).toBe('7,700 MWh');
    expect(plain(si.money(1_346_481))).toBe('1.35 M USD');
    expect(plain(si.money(-5_182_320))).toBe('\u22125.18 M USD');
    expect(si.moneyCell(-5182320.4)).toBe('\u22125,182,320');
    expect(si.moneyCell(-0.2)).toBe('0');
    expect(plain(si.percent(0.9287))).toBe('93 %');
  });
});

describe('proposal notes in plain language', () => {
  it('drops paths, file names, field names and tracker references', () => {
    const t = stripDeveloperText(
      'capex from the economics defaults (src/core/economics/schema.ts, each sourced or marked); leafAreaSchedule from FACTS.md (issue 17), 0.035/kWh',
    );
    expect(t).not.toMatch(/src\/|\.ts|\.md|FACTS|issue|leafAreaSchedule/);
    expect(t).toContain('(each sourced or marked)');
    expect(t).toContain('leaf area schedule');
    expect(t).toContain('kWh');
  });

  it('writes areas, temperatures and lengths in the document units', () => {
    expect(plain(plainNote('2 ha of film, day 21–24 °C', si))).toBe('20,000 m² of film, day 21–24 °C');
    expect(plain(plainNote('a 2,000 m² (0.2 ha) greenhouse', si))).toBe('a 2,000 m² greenhouse');
    const i = plain(plainNote('2 ha, 5 m mean height, 60/70/80 °C, −32 °C, 1.25 m/m² of pipe, 80 L/s', imp));
    // a length per floor area is ft per ft² (1 m/m² = 0.3048 ft/ft²), not "9.84 ft … per m²" (a UI review)
    expect(i).toBe(
      '215,000 ft², 16.4 ft mean height, 140/158/176 °F, −26 °F, 0.381 ft/ft² of pipe, 1,270 gpm',
    );
    expect(plain(plainNote('3 m of heating pipe per m² (the Dutch 1.875 m/m² rail)', imp))).toBe(
      '0.914 ft of heating pipe per ft² (the Dutch 0.572 ft/ft² rail)',
    );
    expect(plain(plainNote('3 m of heating pipe per m²', si))).toBe('3 m of heating pipe per m²');
  });

  it('writes heat powers, U-values, UA and energies in imperial units; electric power stays in MW', () => {
    const note =
      "Plate exchanger: the catalog's 2.7 MW site unit (U = 4500 W/m²K), UA ≈ 36 kW/K; dry cooler: the catalog's 3 MW V-type unit; 1.0 MWh unmet.";
    expect(plain(plainNote(note, imp))).toBe(
      "Plate exchanger: the catalog's 9.21 MMBtu/h site unit (U = 792 BTU/h·ft²·°F), UA ≈ 68,200 BTU/h·°F; dry cooler: the catalog's 10.2 MMBtu/h V-type unit; 3.41 MMBtu unmet.",
    );
    expect(plainNote(note, si)).toBe(note);
    expect(plain(plainNote("Backup: the greenhouse's electric boilers, 6 MW, 99 % efficient", imp))).toBe(
      "Backup: the greenhouse's electric boilers, 20.5 MMBtu/h, 99 % efficient",
    );
    // electricity: the miners' nameplate, racks' IT power, "kW electric"
    for (const t of [
      '360 miners in 4 container modules, 3 MW (blocklore.co)',
      'AI racks: 22 × 132 kW = 2.904 MW of IT nameplate',
      'Site size: 36 miners (one rack, 36 × 5.36 kW = 193 kW electric, derived)',
      'energy cost US$0.035/kWh',
    ]) {
      expect(plainNote(t, imp)).toBe(t);
    }
    expect(plain(plainNote("Heat pump: the racks' ~2.0 MW of liquid heat", imp))).toBe(
      "Heat pump: the racks' ~6.82 MMBtu/h of liquid heat",
    );
  });

  it('reads source marks as words', () => {
    expect(readSource('[facts] up to 90 % recovered', si)).toEqual({
      kind: 'fact',
      text: 'up to 90 % recovered',
    });
    expect(readSource('assumption: 60 % pump efficiency', si).kind).toBe('assumption');
  });

  it('numbers the sources and cites them from the assumptions that name their topic', () => {
    const n = buildNotes(
      ['Economics: heat given for free.', 'Greenhouse: 2 ha.'],
      { miners: '[facts] 360 miners', economics: 'assumption: 2-year term' },
      si,
    );
    expect(n.footnotes.map((f) => [f.n, f.topic])).toEqual([
      [1, 'Miners'],
      [2, 'Economics'],
    ]);
    expect(n.footnotes[1]?.text).toBe('Our assumption: 2-year term');
    expect(n.assumptions[0]?.refs).toEqual([2]);
    expect(plain(n.assumptions[1]?.text ?? '')).toBe('Greenhouse: 20,000 m².');
  });
});

describe('proposal logos', () => {
  it('accepts small images only, with a message that says why', () => {
    expect(logoProblem({ name: 'a.png', type: 'image/png', size: 1000 })).toBeNull();
    expect(logoProblem({ name: 'a.png', type: 'image/png', size: LOGO_LIMIT + 1 })).toMatch(
      /201 KB.*at most 200 KB/,
    );
    expect(logoProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 })).toMatch(/not an image/);
  });
});

describe('every bundled site reads as plain text', () => {
  const dir = join(process.cwd(), 'models/sites');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(file, () => {
      const site = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      for (const f of [si, imp]) {
        const n = buildNotes(site.assumptions ?? [], site.sources ?? {}, f);
        const text = [...n.assumptions.map((a) => a.text), ...n.footnotes.map((x) => x.text)].join('\n');
        expect(text).not.toMatch(
          /src\/|models\/|\.(json|ts|md)\b|FACTS|\[facts\]|\b[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b/,
        );
        expect(text).not.toMatch(f === si ? /\d\s*(?:ha\b|ft²)/ : /\d\s*(?:ha\b|m²|°C|MWh|W\/m²\s*K|kW\/K)/);
      }
    });
  }
});

describe('wholeParts (rows that add up to their rounded total)', () => {
  it('the pilot year: 7,700.56 + 15,898.75 + 0.0004 MWh → 7,700 + 15,899 + 0 = 23,599, no negative row', () => {
    // taking the loss as the remainder of rounded rows printed 23,599 − 7,701 − 15,899 = −1 MWh
    expect(wholeParts([7700.556, 15898.747, 0.0004])).toEqual([7700, 15899, 0]);
  });

  it('largest remainders first; the sum is the rounded sum; negatives count as 0', () => {
    expect(wholeParts([1.4, 1.4, 1.2])).toEqual([2, 1, 1]); // Σ 4.0: one unit to the first largest remainder
    expect(wholeParts([0.5, 0.5])).toEqual([1, 0]); // Σ 1
    expect(wholeParts([2.2, -0.3])).toEqual([2, 0]);
    for (const parts of [
      [3.333, 3.333, 3.334],
      [10.6, 20.6, 0.6],
      [0.2, 0.2, 0.2],
    ]) {
      const w = wholeParts(parts);
      expect(w.reduce((a, b) => a + b, 0)).toBe(Math.round(parts.reduce((a, b) => a + b, 0)));
      for (const [i, x] of w.entries()) expect(Math.abs(x - parts[i]!)).toBeLessThan(1);
    }
  });
});
