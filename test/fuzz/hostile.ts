/** Hostile inputs from issue 11 and their relatives, shared by the fuzz tests. */
export const HOSTILE_QUANTITIES = [
  'createUnit("ha", "5000 m^2", {override: true})',
  'zeros(30000, 30000)',
  'evaluate("2 ha")',
  'import({x: 1})',
  'x = 5',
  'f(x) = x^2',
  'ha',
  '1e300 W',
  '2 * 3 ha',
  '[1, 2]',
  '{a: 1}',
  'Infinity',
  '-Infinity m^2',
  'NaN',
  '0x10',
  `${'9'.repeat(200)}`,
  '1 ha; createUnit("ha")',
  'sqrt(4) ha',
  '__proto__',
  '',
];

export const PROTO_IDS = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];
