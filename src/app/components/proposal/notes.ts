/**
 * The proposal's assumptions and their sources as numbered footnotes: each source of the scenario becomes
 * one footnote in plain words; an assumption cites the footnotes whose topic it starts with.
 */
import type { DocFormat } from './format';
import { KIND_WORDS, plainNote, readSource } from './plain';

export interface Footnote {
  n: number;
  topic: string;
  text: string;
}

export interface Notes {
  assumptions: { text: string; refs: number[] }[];
  footnotes: Footnote[];
}

function topicOf(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The stem a topic is recognised by in an assumption ("miners" → "miner", "set-points" → "set point"). */
function stem(topic: string): string {
  return topic.toLowerCase().replace(/s$/, '');
}

export function buildNotes(assumptions: string[], sources: Record<string, string>, f: DocFormat): Notes {
  const footnotes = Object.entries(sources).map(([key, value], i) => {
    const { kind, text } = readSource(value, f);
    return { n: i + 1, topic: topicOf(key), text: `${KIND_WORDS[kind]}: ${text}` };
  });
  const list = assumptions.map((a) => {
    const text = plainNote(a, f);
    const head = text.slice(0, 60).toLowerCase().replace(/-/g, ' ');
    const refs = footnotes.filter((fn) => head.includes(stem(fn.topic))).map((fn) => fn.n);
    return { text, refs };
  });
  return { assumptions: list, footnotes };
}

/** The footnote numbers whose topic contains any of `words` (e.g. cite(notes, 'weather')). */
export function cite(notes: Notes, ...words: string[]): number[] {
  return notes.footnotes
    .filter((fn) => words.some((w) => fn.topic.toLowerCase().includes(w)))
    .map((fn) => fn.n);
}
