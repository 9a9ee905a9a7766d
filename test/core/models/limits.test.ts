import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenarioText, ScenarioError } from '../../../src/core/models/scenario';

const text = readFileSync('models/sites/manitoba-pilot.json', 'utf8');

function firstIssue(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues[0]!;
  }
  throw new Error('accepted');
}

describe('scenario size and depth limits (issue 11)', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    expect(loadScenario(`\uFEFF${text}`).miners.count).toBe(360);
  });

  it('refuses 10 000 levels of nesting with a message, not a RangeError', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(firstIssue(() => loadScenario(deep)).message).toMatch(/nested more than 64 levels/);
    let obj: unknown = 1;
    for (let i = 0; i < 10_000; i++) obj = { greenhouse: obj };
    expect(firstIssue(() => loadScenario(obj)).message).toMatch(/nested more than 64 levels/);
  });

  it('counts brackets inside strings as text', () => {
    const s = JSON.parse(text);
    s.description = '['.repeat(500);
    expect(loadScenario(JSON.stringify(s)).description).toHaveLength(500);
  });

  it('refuses a file over 1 MB', () => {
    const big = JSON.stringify({ ...JSON.parse(text), description: 'x'.repeat(1_100_000) });
    expect(firstIssue(() => parseScenarioText(big)).message).toMatch(/at most 1 MB/);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    expect(firstIssue(() => parseScenarioText('{"a": 0x10}'))).toMatchObject({ path: '(file)' });
  });

  it('says where JSON breaks as a line and column, and an empty or cut-off file in words', () => {
    // position 18 of the text is the "2" on line 3, column 7 (a missing colon)
    expect(firstIssue(() => parseScenarioText('{\n  "a": 1,\n  "b" 2\n}')).message).toMatch(
      /^not JSON: .* at line 3, column 7$/,
    );
    expect(firstIssue(() => parseScenarioText(' \n')).message).toBe('empty (no JSON in it)');
    expect(firstIssue(() => parseScenarioText('{"a": [1, 2')).message).toMatch(
      /^not JSON: .*line 1, column 12|^not JSON: it ends before/,
    );
  });

  it('bounds the lists', () => {
    const s = JSON.parse(text);
    s.assumptions = Array.from({ length: 1000 }, () => 'a');
    expect(firstIssue(() => loadScenario(s)).path).toBe('assumptions');
  });
});
