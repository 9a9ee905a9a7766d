/**
 * Weather and solar geometry for the Heat Reuse Twin: EPW parsing, the bundled Winnipeg TMYx year, sun
 * position, sunrise/sunset, irradiance on tilted surfaces and transmission through greenhouse covers.
 * SI units for weather data (K, Pa, W/m², m/s, m); angles in degrees (see each module).
 */
export {
  BUNDLED_WEATHER_ATTRIBUTION,
  type BundledWeatherSource,
  bundledWeather,
  bundledWeatherSource,
  decodeBundledWeather,
} from './bundled';
export { calendarSequence } from './calendar';
export {
  buildWeatherYear,
  type EpwDesignConditions,
  type EpwLocation,
  fillGaps,
  parseEpw,
  parseEpwRaw,
  type RawEpw,
  WEATHER_COLUMNS,
  type WeatherColumn,
  type WeatherYear,
} from './epw';
export {
  type CoverOptics,
  coverFromNormalTransmittance,
  coverTransmittance,
  DOUBLE_POLY,
  effectiveDiffuseAngles,
  type GableRoofInput,
  type GableRoofResult,
  gableRoofTransmission,
  incidenceAngle,
  SINGLE_GLASS,
  type SkyModel,
  type TiltedIrradiance,
  type TiltedIrradianceInput,
  tiltedIrradiance,
  transmittedIrradiance,
} from './irradiance';
export {
  horizontalIRClarkAllen,
  STEFAN_BOLTZMANN,
  skyEmissivityClarkAllen,
  skyTemperatureFromIR,
} from './sky';
export {
  DEFAULT_SOLAR_YEAR,
  epwHourSolarPosition,
  extraterrestrialNormal,
  type HourSolarPosition,
  julianDayJan1,
  SOLAR_CONSTANT,
  type SolarOptions,
  type SolarPosition,
  solarPosition,
  type SunriseSunset,
  sunriseSunset,
  type WeatherSolarGeometry,
  weatherSolarGeometry,
} from './solar';
export { dailyMeans, heatingDegreeDays, irradiation, mean } from './stats';
