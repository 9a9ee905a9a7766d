import { describe, expect, it } from 'vitest';
import { siteFromWeather } from '../../src/app/lib/weatherSite';

const header = Array.from({ length: 8 }, (_, i) => `H${i}`).join('\n');
/** An EPW-like text: 20 hours at −35 °C, 20 at −31.3 °C, 8720 at 5 °C (design −31.5 °C, see chartText.test). */
const epw = `${header}\n${[...Array(20).fill(-35), ...Array(20).fill(-31.3), ...Array(8720).fill(5)]
  .map((t) => `2023,1,1,1,60,x,${t},0,80`)
  .join('\n')}\n`;

describe('what an uploaded EPW sets', () => {
  it('without a design-conditions record: the 0.4th percentile of the hours, said in the notice', () => {
    const r = siteFromWeather({ fileName: 'x.epw', location: 'Brandon.Muni, MB, CAN' }, epw, {
      site: { name: 'Pilot' },
    });
    expect(r.edits['site.name']?.value).toBe('Brandon Muni, MB, CAN');
    expect(r.edits['site.designOutdoorTemperature']?.value).toBe('-31.5 degC');
    expect(r.edits['site.weather']?.value).toBe('x.epw');
    expect(r.text).toContain("design temperature −31.5 °C from the file's coldest 0.4 % of hours");
    expect(r.text).toContain('"Pilot" → "Brandon Muni, MB, CAN"');
  });

  it("with the file's ASHRAE record (K): that value, the percentile shown beside it", () => {
    const r = siteFromWeather({ fileName: 'x.epw', location: 'W', designHeatingT: 273.15 - 28.1 }, epw, {});
    expect(r.edits['site.designOutdoorTemperature']?.value).toBe('-28.1 degC');
    expect(r.text).toMatch(/ASHRAE 99\.6 %.*coldest 0\.4 % of hours: −31\.5 °C/);
  });
});
