/**
 * Public API of the Heat Reuse Twin thermal core. SI units throughout (K, Pa, kg/s, W, J); temperatures
 * in kelvin. No DOM, React or three imports anywhere under src/core.
 */
export { InputError, PhysicsError, toCelsius, toKelvin, ZERO_CELSIUS } from './errors';
export { convert, parseQuantity, quantity } from './units';
