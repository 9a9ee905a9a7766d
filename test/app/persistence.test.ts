import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { validate } from '../../src/app/lib/edit';
import { CURRENT_VERSION, MigrationError, migrate } from '../../src/app/lib/migrate';
import {
  decodeScenario,
  decodeShared,
  encodeScenario,
  patchJson,
  sharedPayload,
  sharedView,
  shareUrl,
} from '../../src/app/lib/share';
import { Library, memoryKV, type ScenarioDoc } from '../../src/app/lib/storage';

describe('schema migrations', () => {
  it('passes a current file through unchanged', () => {
    expect(migrate(manitoba)).toEqual(manitoba);
  });

  it('upgrades a version-0 draft (no schemaVersion, greenhouse.area) to a valid current scenario', () => {
    const { schemaVersion: _v, ...rest } = structuredClone(manitoba) as Record<string, unknown>;
    const gh = rest.greenhouse as Record<string, unknown>;
    const { floorArea, ...ghRest } = gh;
    const v0 = { ...rest, greenhouse: { ...ghRest, area: floorArea } };
    const up = migrate(v0);
    expect(up.schemaVersion).toBe(CURRENT_VERSION);
    expect((up.greenhouse as Record<string, unknown>).floorArea).toBe('2 ha');
    expect(validate(up).ok).toBe(true);
  });

  it('refuses newer, malformed and non-object files with a plain message', () => {
    expect(() => migrate({ ...manitoba, schemaVersion: 99 })).toThrow(/newer than this app/);
    expect(() => migrate({ schemaVersion: 'one' })).toThrow(MigrationError);
    expect(() => migrate([1, 2])).toThrow(/JSON object/);
    expect(() => migrate(null)).toThrow(MigrationError);
  });

  it('runs custom migration chains step by step', () => {
    const steps = { 0: (s: Record<string, unknown>) => ({ ...s, schemaVersion: 1, step0: true }) };
    expect(migrate({ a: 1 }, steps)).toEqual({ a: 1, schemaVersion: 1, step0: true });
  });
});

describe('share links', () => {
  it('round-trips the Manitoba pilot and compresses it', async () => {
    const text = await encodeScenario(manitoba);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(JSON.stringify(manitoba).length * 0.75);
    expect(await decodeScenario(text)).toEqual(manitoba);
  });

  it('round-trips any JSON object (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        const back = await decodeScenario(await encodeScenario(v));
        expect(back).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 60 },
    );
  });

  it('builds and reads the URL fragment', async () => {
    const url = await shareUrl({ a: 1 }, 'http://127.0.0.1:5301/?x=1#old');
    const u = new URL(url);
    expect(u.search).toBe('?x=1');
    expect(await decodeShared(sharedPayload(u.hash)!)).toEqual({ a: 1 });
    expect(sharedPayload('#scene-harness')).toBeUndefined();
  });

  it('sends only the changes from the nearest preset, with the hour and the view', async () => {
    const edited = structuredClone(manitoba) as unknown as Record<string, Record<string, unknown>>;
    edited.greenhouse!.floorArea = '3 ha';
    delete edited.greenhouse!.leakage;
    const url = await shareUrl(edited, 'http://127.0.0.1:5301/', { hour: 4321, view: 'exchanger' });
    const u = new URL(url);
    expect(u.hash).toMatch(/^#p=manitoba-pilot~[A-Za-z0-9_-]+&h=4321&v=exchanger$/);
    expect(url.length).toBeLessThan(200);
    expect(await decodeShared(sharedPayload(u.hash)!)).toEqual(edited);
    expect(sharedView(u.hash)).toEqual({ hour: 4321, view: 'exchanger' });
  });

  it('still opens the older full links (#s=)', async () => {
    const hash = `#s=${await encodeScenario(manitoba)}`;
    expect(await decodeShared(sharedPayload(hash)!)).toEqual(manitoba);
    expect(sharedView(hash)).toEqual({});
  });

  it('refuses paths that would reach the prototype', () => {
    expect(() => patchJson({}, [[['__proto__', 'x'], 1]])).toThrow(/damaged/);
  });

  it('round-trips random edits of a preset (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('name', 'extra', 'greenhouse', 'site'), fc.jsonValue(), { maxKeys: 3 }),
        async (edits) => {
          const next = { ...structuredClone(manitoba), ...edits };
          const u = new URL(await shareUrl(next, 'http://x/'));
          expect(await decodeShared(sharedPayload(u.hash)!)).toEqual(JSON.parse(JSON.stringify(next)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reports a damaged link', async () => {
    await expect(decodeScenario('!!!')).rejects.toThrow(/damaged/);
    await expect(decodeScenario('AAAA')).rejects.toThrow(/damaged/);
  });
});

describe('scenario library', () => {
  const doc = (id: string, name: string): ScenarioDoc => ({
    id,
    name,
    edit: { input: structuredClone(manitoba), drafts: { 'miners.count': { value: 'x', text: 'x' } } },
    savedAt: 1,
  });

  it('saves, lists by name, loads exactly and removes', async () => {
    const lib = new Library(memoryKV());
    await lib.save(doc('b', 'Beta'));
    await lib.save(doc('a', 'Alpha'));
    await lib.saveWeather('w1', 'EPW text');
    expect((await lib.list()).map((d) => d.name)).toEqual(['Alpha', 'Beta']);
    expect(await lib.load('b')).toEqual(doc('b', 'Beta'));
    await lib.remove('b');
    expect((await lib.list()).map((d) => d.id)).toEqual(['a']);
    expect(await lib.weatherText('w1')).toBe('EPW text');
  });

  it('keeps the workspace (open scenario, units, hour)', async () => {
    const lib = new Library(memoryKV());
    expect(await lib.workspace()).toBeUndefined();
    await lib.saveWorkspace({ version: 1, activeId: 'a', units: 'imperial', hour: 500 });
    expect(await lib.workspace()).toEqual({ version: 1, activeId: 'a', units: 'imperial', hour: 500 });
  });
});
