// Share links keep the result tab (issue 15, item 10): `&t=<tab>` only when the tab is not Results, so the
// default link does not grow; links without it (older ones, or made on Results) read as no tab → Results.
import { describe, expect, it } from 'vitest';
import { resultTabOf } from '../../src/app/components/ResultTabs';
import { presetInput } from '../../src/app/lib/presets';
import { decodeShared, sharedPayload, sharedView, shareUrl } from '../../src/app/lib/share';

const BASE = 'http://127.0.0.1:5173/';

describe('share links keep the result tab', () => {
  it('adds the tab after the hour and view, and reads it back with the scenario', async () => {
    const input = presetInput('manitoba-pilot');
    const url = await shareUrl(input, BASE, { hour: 4000, view: 'exchanger', tab: 'exchanger' });
    const u = new URL(url);
    expect(u.hash).toMatch(/^#p=manitoba-pilot~[A-Za-z0-9_-]+&h=4000&v=exchanger&t=exchanger$/);
    expect(sharedView(u.hash)).toEqual({ hour: 4000, view: 'exchanger', tab: 'exchanger' });
    expect(await decodeShared(sharedPayload(u.hash)!)).toEqual(JSON.parse(JSON.stringify(input)));
  });

  it.each(['exchanger', 'telemetry', 'risk'])('round-trips the %s tab', async (tab) => {
    const u = new URL(await shareUrl(presetInput('manitoba-pilot'), BASE, { tab }));
    expect(u.hash.endsWith(`&t=${tab}`)).toBe(true);
    expect(resultTabOf(sharedView(u.hash).tab)).toBe(tab);
  });

  it('leaves the tab out on Results: the default link is as short as before (46 characters)', async () => {
    const plain = await shareUrl(presetInput('manitoba-pilot'), BASE);
    const onResults = await shareUrl(presetInput('manitoba-pilot'), BASE, { tab: 'results' });
    expect(onResults).toBe(plain);
    expect(plain.length).toBe(46);
    expect(sharedView(new URL(plain).hash).tab).toBeUndefined();
  });

  it('reads older links (no t=) as no tab, and ignores a tab name that is not a word', async () => {
    expect(sharedView('#p=manitoba-pilot~i44FAA&h=12&v=greenhouse')).toEqual({
      hour: 12,
      view: 'greenhouse',
    });
    expect(sharedView('#p=manitoba-pilot~i44FAA&t=Risk!')).toEqual({});
    expect(sharedView('#p=manitoba-pilot~i44FAA&t=nosuchtab').tab).toBe('nosuchtab');
    expect(resultTabOf('nosuchtab')).toBeUndefined();
    const u = new URL(await shareUrl(presetInput('manitoba-pilot'), BASE, { tab: '<script>' }));
    expect(u.hash).not.toContain('&t=');
  });
});

describe('share links keep the unit system (a review: a link made in imperial opened in SI)', () => {
  it('imperial adds &u=imperial and reads back; SI adds nothing, so SI links stay as short as before', async () => {
    const input = presetInput('manitoba-pilot');
    const imp = new URL(await shareUrl(input, BASE, { hour: 500, tab: 'sweep', units: 'imperial' }));
    expect(imp.hash).toMatch(/&h=500&t=sweep&u=imperial$/);
    expect(sharedView(imp.hash)).toEqual({ hour: 500, tab: 'sweep', units: 'imperial' });
    const si = await shareUrl(input, BASE, { units: 'SI' });
    expect(si).toBe(await shareUrl(input, BASE));
    expect(sharedView(new URL(si).hash).units).toBeUndefined();
  });

  it('a unit system that is neither is ignored', () => {
    expect(sharedView('#p=manitoba-pilot~i44FAA&u=furlongs').units).toBeUndefined();
    expect(sharedView('#p=manitoba-pilot~i44FAA&u=SI').units).toBe('SI');
  });
});
