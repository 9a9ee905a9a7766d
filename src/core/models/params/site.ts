/** Scenario section `site`: where the plant is and its weather. */
import { ZERO_CELSIUS } from '../../errors';
import { quantity, section, text } from './declare';

export const site = section('site', 'Where the plant is and which weather year it runs on', {
  name: text({ minLength: 1, doc: 'Site name shown in reports', source: 'user input' }),
  weather: text({
    default: 'bundled:winnipeg-tmyx',
    doc: "'bundled:winnipeg-tmyx' or the name of an EPW file the caller supplies",
    source: 'TMYx for Winnipeg The Forks (Climate.OneBuilding.org)',
  }),
  designOutdoorTemperature: quantity({
    unit: 'K',
    min: 203.15,
    max: 293.15,
    example: '-32 degC',
    default: -32 + ZERO_CELSIUS,
    doc: 'Heating design outdoor temperature (99.6 %), for sizing checks and the design day',
    source: 'ASHRAE Handbook Fundamentals ch. 14 climatic design conditions, Winnipeg 99.6 % ≈ −32 °C',
  }),
});
