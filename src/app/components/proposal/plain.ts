/**
 * Scenario notes in plain language for a customer: no file paths, field names or tracker references, and
 * every area, temperature, length and flow written in the document's unit system (so "2 ha" in a note reads
 * "20,000 m²" beside a floor area of 20,000 m², or "215,000 ft²" in imperial).
 */
import { ZERO_CELSIUS } from '../../../core/index';
import { NUMBER_IN_TEXT, parseTextNumber } from '../../lib/units';
import { imperialPower } from '../../lib/warningText';
import type { DocFormat } from './format';

/** How a source string is marked: published facts, a modelling assumption, or a plain reference. */
export type SourceKind = 'fact' | 'assumption' | 'reference';

const NUM = NUMBER_IN_TEXT;
const parse = parseTextNumber;

/** Remove what only a developer reads: paths, file names, catalog ids, camelCase field names, tracker refs. */
export function stripDeveloperText(text: string): string {
  return (
    text
      .replace(/\bthe catalog file\s+\S+/gi, 'the equipment catalogue')
      .replace(/\[facts\]\s*/gi, '')
      .replace(/\b(?:src|models|test)\/[\w./-]*/g, '')
      .replace(/\b[\w-]+\.(?:json|tsx?|md|csv|mjs)\b/gi, '')
      .replace(/\bFACTS\b/g, '')
      .replace(/\bcatalog\s+[a-z0-9]+(?:-[a-z0-9]+)+/gi, 'equipment catalogue')
      .replace(/\(?\bissue \d+\)?/gi, '')
      // camelCase identifiers → words ("leafAreaSchedule" → "leaf area schedule")
      .replace(/\b[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b/g, (w) => w.replace(/([A-Z])/g, ' $1').toLowerCase())
      .replace(/\(\s*[,;:]?\s*/g, '(')
      .replace(/\s*[,;:]?\s*\)/g, ')')
      .replace(/\(\s*\)/g, '')
      .replace(/\s+([,.;:])/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
      .replace(/:\s*$/, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/** Quantities in the text written in the document's units (area, temperature, length). */
export function convertQuantities(text: string, f: DocFormat): string {
  // Hectares always become the document's area unit; the rest is already SI and converts only to imperial.
  let out = text.replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*ha\b`, 'g'), (_, n) =>
    f.area(parse(n) * 1e4),
  );
  if (f.units === 'imperial') {
    out = out
      .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*m²(?![\w/²])`, 'g'), (_, n) => f.area(parse(n)))
      .replace(new RegExp(String.raw`((?:${NUM}\s*[–/]\s*)*)(${NUM})\s*°C`, 'g'), (_, list: string, last) =>
        fahrenheitList(list, last, f),
      )
      .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*L/s\b`, 'g'), (_, n) => f.flow(parse(n) / 1e3))
      .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*L/min\b`, 'g'), (_, n) => f.flow(parse(n) / 6e4))
      // a length per floor area ("3 m of heating pipe per m²", "1.875 m/m²") in ft per ft² (1 m/m² = 0.3048 ft/ft²),
      // not a length in ft per m²
      .replace(
        new RegExp(String.raw`(?<![\w/.])(${NUM})\s*m of ([A-Za-z][A-Za-z -]{0,40}?) per m²`, 'g'),
        (_, n, what) => `${perArea(parse(n))}\u00a0ft of ${what} per ft²`,
      )
      .replace(
        new RegExp(String.raw`(?<![\w/.])(${NUM})\s*m/m²`, 'g'),
        (_, n) => `${perArea(parse(n))}\u00a0ft/ft²`,
      )
      .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*m(?![\w/²³])`, 'g'), (_, n) => f.length(parse(n)));
    out = convertHeat(out, f);
  }
  // "2,000 m² (2,000 m²)" after converting "(0.2 ha)": say it once
  return out.replace(/(\S+)\s(m²|ft²) \((\S+)\s(m²|ft²)\)/g, (all, a, u, b, v) =>
    a === b && u === v ? `${a}\u00a0${u}` : all,
  );
}

/**
 * Heat figures of a note in imperial: U-values (W/m²K), UA (kW/K), yearly energies (MWh) and heat powers
 * (kW, MW) of boilers, exchangers, coolers and heat pumps in MMBtu/h or BTU/h. An electric power stays in
 * kW / MW: US practice states electricity in watts, not Btu/h (the app's per-MW comparison and the site's
 * "MW of electricity" do the same); a power is taken as electric when the words after it say so ("of
 * electricity", "electric", "of IT", "per rack", "of miners") or the clause before it is about miners or racks.
 */
function convertHeat(text: string, f: DocFormat): string {
  const after = /^\s*(?:of electricity|electric|of IT|per rack|of miners?|\(?electric)/;
  const before = /\b(?:miners?|racks?)\b[^.;()]*$/;
  const heat = /^\s*of (?:heat|liquid)/;
  return text
    .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*W/(?:m²\s*·?\s*K|\(m²\s*·?\s*K\))`, 'g'), (_, n) =>
      f.uValue(parse(n)),
    )
    .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*kW/K\b`, 'g'), (_, n) =>
      f.conductance(parse(n) * 1e3),
    )
    .replace(new RegExp(String.raw`(?<![\w/.])(${NUM})\s*MWh\b`, 'g'), (_, n) => f.energy(parse(n)))
    .replace(
      new RegExp(String.raw`(?<![\w/.$])(${NUM})\s*(kW|MW)\b(?![h/])`, 'g'),
      (all: string, n: string, u: string, at: number, whole: string) => {
        const next = whole.slice(at + all.length);
        const electric = !heat.test(next) && (after.test(next) || before.test(whole.slice(0, at)));
        return electric ? all : imperialPower(parse(n) * (u === 'MW' ? 1e6 : 1e3)).replace(' ', '\u00a0');
      },
    );
}

/** m of pipe per m² of floor in ft per ft², three significant digits. */
function perArea(mPerM2: number): string {
  return String(Number((mPerM2 * 0.3048).toPrecision(3)));
}

/** "21–24" + "°C" → "70–75 °F": each number of a list or range converted, the separators kept. */
function fahrenheitList(list: string, last: string, f: DocFormat): string {
  const nums = [...[...list.matchAll(new RegExp(NUM, 'g'))].map((m) => m[0]), last];
  const seps = [...list.matchAll(/\s*([–/])\s*/g)].map((m) => m[1]);
  const conv = nums.map((n) => f.temperature(parse(n) + ZERO_CELSIUS).replace(/\s\S+$/, ''));
  const unit = f.temperature(ZERO_CELSIUS).replace(/^\S+\s/, '');
  return `${conv.map((c, i) => c + (seps[i] ?? '')).join('')}\u00a0${unit}`;
}

/** A note as the customer reads it. */
export function plainNote(text: string, f: DocFormat): string {
  return convertQuantities(stripDeveloperText(text), f);
}

/** A catalog or scenario source string: its kind and its readable text ("[facts] …", "assumption: …"). */
export function readSource(source: string, f: DocFormat): { kind: SourceKind; text: string } {
  const s = source.trim();
  const fact = /^\[facts\]\s*/i;
  const assumption = /^assumption\s*[:,-]?\s*/i;
  if (fact.test(s)) return { kind: 'fact', text: plainNote(s.replace(fact, ''), f) };
  if (assumption.test(s)) return { kind: 'assumption', text: plainNote(s.replace(assumption, ''), f) };
  return { kind: 'reference', text: plainNote(s, f) };
}

/** The words put before a source of each kind. */
export const KIND_WORDS: Record<SourceKind, string> = {
  fact: 'Published facts about the project',
  assumption: 'Our assumption',
  reference: 'Source',
};
