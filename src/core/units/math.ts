/**
 * The one mathjs instance of the core: built from the Unit factories only (`unitDependencies`), so it has no
 * expression parser, no `evaluate`, `parse`, `compile`, `import` or `createUnit` function, no matrices.
 * Our extra units are registered here, once, when the module loads; input never reaches a registration.
 */
import { create, type MathJsInstance, unitDependencies } from 'mathjs';

export const math = create({ unitDependencies }) as unknown as Pick<MathJsInstance, 'unit' | 'isUnit'> & {
  Unit: {
    createUnitSingle(name: string, def: { definition?: string; aliases?: string[] }): unknown;
  };
};

/** Units engineers type that mathjs lacks (name → definition and source). */
const EXTRA: [name: string, definition: string | undefined, aliases: string[]][] = [
  // Hashes are a dimensionless count; TH = 1e12 hash.
  ['hash', undefined, ['hashes']],
  ['TH', '1e12 hash', []],
  ['PH', '1e15 hash', []],
  ['EH', '1e18 hash', []],
  ['ZH', '1e21 hash', []],
  // Currencies: independent units; USD↔CAD goes through a scenario's exchange rate.
  ['USD', undefined, ['usd']],
  ['CAD', undefined, ['cad']],
  // IT Btu per hour: mathjs BTU = 1055.05585262 J (IT, NIST SP 811 B.8), so 1 Btu/h = 0.29307107 W
  // (ASHRAE Handbook Fundamentals ch. 38).
  ['BTUh', '1 BTU/h', ['BTU_h']],
  // MBH = thousand Btu/h, MMBtu/h = million Btu/h (US HVAC trade usage, ASHRAE Terminology).
  ['MBH', '1000 BTU/h', []],
  ['MMBTUh', '1e6 BTU/h', []],
  ['MMBTU', '1e6 BTU', []],
  // Thousand Btu: energy use intensity is reported in kBtu/ft² (ENERGY STAR Portfolio Manager).
  ['kBTU', '1000 BTU', []],
  // Ton of refrigeration = 12 000 Btu/h = 3.516853 kW (ASHRAE Handbook Fundamentals ch. 38; NIST SP 811 B.8).
  ['TR', '12000 BTU/h', []],
  // US gallons per minute (mathjs `gallon` is the US liquid gallon, 3.785411784 L, NIST SP 811 B.8).
  ['gpm', '1 gallon/minute', []],
  // Foot of water, conventional: 0.3048 m × 1000 kg/m³ × 9.80665 m/s² = 2989.067 Pa (NIST SP 811 B.8,
  // "foot of water, conventional (ftH2O)"; the density 1000 kg/m³ is water's at ≈ 4 °C).
  ['ftH2O', '2989.06692 Pa', ['ftWC', 'ft_head']],
  // Per cent (mass fractions, ratios).
  ['pct', '0.01', ['percent']],
];

for (const [name, definition, aliases] of EXTRA) {
  math.Unit.createUnitSingle(name, definition === undefined ? { aliases } : { definition, aliases });
}
