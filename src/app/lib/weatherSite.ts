/**
 * What an uploaded EPW changes in the scenario: the weather reference, the site name (the file's city,
 * region, country) and the heating design temperature — the file's ASHRAE 99.6 % record when it has one,
 * otherwise the 0.4th percentile of its hourly dry bulbs, rounded to 0.5 K — and a sentence saying so.
 */
import { toCelsius } from '../../core';
import type { WeatherInfo } from '../../worker/engine';
import { designFromHours, epwDryBulbs, siteNameOf } from './chartText';
import { type ScenarioJson, getPath } from './edit';

export type Edits = Record<string, { value: unknown; text: string }>;

const degC = (t: number) => `${t.toFixed(1).replace('-', '−')} °C`;

export function siteFromWeather(
  info: Pick<WeatherInfo, 'fileName' | 'location' | 'designHeatingT'>,
  epwText: string,
  input: ScenarioJson,
): { edits: Edits; text: string } {
  const edits: Edits = { 'site.weather': { value: info.fileName, text: info.fileName } };
  const said: string[] = [];
  const name = siteNameOf(info.location);
  if (name) {
    edits['site.name'] = { value: name, text: name };
    const before = getPath(input, 'site.name');
    said.push(`site name "${before ?? ''}" → "${name}"`);
  }
  const hours = epwDryBulbs(epwText);
  const fromHours = hours.length >= 24 * 28 ? designFromHours(hours) : undefined;
  const pct = fromHours === undefined ? '' : `from the file's coldest 0.4 % of hours`;
  const record = info.designHeatingT;
  if (record !== undefined && Number.isFinite(record)) {
    const design = Math.round(toCelsius(record) * 10) / 10;
    edits['site.designOutdoorTemperature'] = { value: `${design} degC`, text: `${design} degC` };
    const check = fromHours === undefined ? '' : ` (${pct}: ${degC(fromHours)})`;
    said.push(`design temperature ${degC(design)} from the file's ASHRAE 99.6 % design conditions${check}`);
  } else if (fromHours !== undefined) {
    edits['site.designOutdoorTemperature'] = { value: `${fromHours} degC`, text: `${fromHours} degC` };
    said.push(`design temperature ${degC(fromHours)} ${pct}`);
  }
  const sentence = said.length ? `Set ${said.join('; ')}.` : 'The file names no site.';
  return { edits, text: sentence.charAt(0).toUpperCase() + sentence.slice(1) };
}
