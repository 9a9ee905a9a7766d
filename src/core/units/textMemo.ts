/**
 * Values read from short texts at the boundary (a quantity converted to a unit, a money amount), kept by their
 * text: a sweep's cases repeat every text but one or two, and a mathjs parse costs ≈ 10–50 µs. Keep only what was
 * read successfully (a failure's message names its field). Bounded: texts up to TEXT_MEMO_LENGTH characters, the
 * map cleared when it holds `size` entries.
 */
export const TEXT_MEMO_LENGTH = 64;

export class TextMemo<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly size: number) {}

  /** The value kept for `text` read under `tag` (e.g. a target unit), if any. */
  get(text: string, tag = ''): T | undefined {
    return text.length <= TEXT_MEMO_LENGTH ? this.map.get(`${tag}\u0000${text}`) : undefined;
  }

  /** Keep `value` for `text` under `tag` (nothing for a text longer than TEXT_MEMO_LENGTH). */
  keep(text: string, value: T, tag = ''): void {
    if (text.length > TEXT_MEMO_LENGTH) return;
    if (this.map.size >= this.size) this.map.clear();
    this.map.set(`${tag}\u0000${text}`, value);
  }
}
