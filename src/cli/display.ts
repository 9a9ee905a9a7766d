/**
 * Numbers for the exchanger reports in the unit system asked for (`--units SI|imperial`): SI values from
 * the core converted with the core's `convert` and labelled as in its display-unit table (DISPLAY_UNITS),
 * except duties in imperial, which engineers read in MBH (thousand Btu/h) or MMBtu/h.
 */
import { InputError, paybackNote, toCelsius, type UnitSystem } from '../core';
import { convert, displayUnits } from './units';

/** Standard gravity, m/s² (CGPM 1901), for heads in metres or feet of the pumped liquid. */
const G = 9.80665;

/** `--units`: "SI" (default) or "imperial" (also "US", "IP"). */
export function unitSystemArg(text: string | undefined): UnitSystem {
  if (text === undefined) return 'SI';
  const t = text.trim().toLowerCase();
  if (t === 'si' || t === 'metric') return 'SI';
  if (t === 'imperial' || t === 'us' || t === 'ip') return 'imperial';
  throw new InputError('--units', text, 'SI or imperial');
}

/** About `n` significant digits, integers for large values. */
export function sig(x: number, n = 4): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 10 ** n) return Math.round(x).toString();
  return String(+x.toPrecision(n));
}

const factor = (from: string, to: string): number => convert(1, from, to);

/** Formatters for one unit system; every argument is SI. */
export class Display {
  private readonly f: Record<string, number>;

  constructor(readonly system: UnitSystem) {
    const imp = system === 'imperial';
    this.f = imp ? this.imperialFactors() : {};
  }

  /** SI → imperial display factors (the core's display units; its unit parser must be loaded). */
  private imperialFactors(): Record<string, number> {
    const table = displayUnits();
    const u = (kind: keyof typeof table): string => table[kind].imperial.unit;
    return {
      power: factor('W', 'BTU/h'),
      massFlow: factor('kg/s', u('massFlow')),
      volumeFlow: factor('m^3/s', u('volumeFlow')),
      pressure: factor('Pa', u('pressure')),
      area: factor('m^2', u('area')),
      velocity: factor('m/s', u('velocity')),
      conductance: factor('W/K', u('conductance')),
      htc: factor('W/(m^2 K)', u('heatTransferCoefficient')),
      cp: factor('J/(kg K)', u('specificHeat')),
      length: factor('m', 'ft'),
      small: factor('m', 'in'),
    };
  }

  get imperial(): boolean {
    return this.system === 'imperial';
  }

  /** Absolute temperature. */
  t(k: number): string {
    return this.imperial ? `${convert(k, 'K', 'degF').toFixed(1)} °F` : `${toCelsius(k).toFixed(1)} °C`;
  }
  /** Temperature difference. */
  dt(k: number, digits = 2): string {
    return this.imperial ? `${(k * 1.8).toFixed(digits)} °F` : `${k.toFixed(digits)} K`;
  }
  /** Heat flow: kW (SI); MBH or MMBtu/h (imperial). */
  power(w: number): string {
    if (!this.imperial) return `${sig(w / 1e3)} kW`;
    const btuh = w * this.f.power!;
    return Math.abs(btuh) >= 1e7 ? `${sig(btuh / 1e6)} MMBtu/h` : `${sig(btuh / 1e3)} MBH`;
  }
  massFlow(kgs: number): string {
    return this.imperial ? `${sig(kgs * this.f.massFlow!)} lb/h` : `${sig(kgs)} kg/s`;
  }
  volumeFlow(m3s: number): string {
    return this.imperial ? `${sig(m3s * this.f.volumeFlow!)} gpm` : `${sig(m3s * 1e3)} L/s`;
  }
  pressure(pa: number, digits = 3): string {
    return this.imperial ? `${sig(pa * this.f.pressure!, digits)} psi` : `${sig(pa / 1e3, digits)} kPa`;
  }
  /** Head of the pumped liquid of density `rho`: m (SI), ft (imperial). */
  head(pa: number, rho: number): string {
    const m = pa / (rho * G);
    return this.imperial ? `${sig(m * this.f.length!, 3)} ft of head` : `${sig(m, 3)} m of head`;
  }
  area(m2: number): string {
    return this.imperial ? `${sig(m2 * this.f.area!)} ft²` : `${sig(m2)} m²`;
  }
  velocity(ms: number): string {
    return this.imperial ? `${sig(ms * this.f.velocity!, 3)} ft/s` : `${sig(ms, 3)} m/s`;
  }
  /** UA. */
  ua(wk: number): string {
    return this.imperial ? `${sig((wk * this.f.conductance!) / 1e3)} MBH/°F` : `${sig(wk / 1e3)} kW/K`;
  }
  /** Overall or film coefficient. */
  htc(v: number): string {
    return this.imperial ? `${sig(v * this.f.htc!)} Btu/(h·ft²·°F)` : `${sig(v)} W/(m²·K)`;
  }
  cp(v: number): string {
    return this.imperial ? `${sig(v * this.f.cp!)} Btu/(lb·°F)` : `${sig(v)} J/(kg·K)`;
  }
  /** Capacity rate ṁ·cp. */
  capacity(wk: number): string {
    return this.ua(wk);
  }
  /** Plate dimensions: m (SI) or in (imperial). */
  dimension(m: number): string {
    return this.imperial ? `${sig(m * this.f.small!, 3)} in` : `${sig(m, 3)} m`;
  }
  /** Small gaps: mm or in. */
  mm(m: number): string {
    return this.imperial ? `${sig(m * this.f.small!, 3)} in` : `${sig(m * 1e3, 3)} mm`;
  }
  /** Electric power of pumps and fans: kW or hp. */
  shaft(w: number): string {
    return this.imperial ? `${sig(convert(w, 'W', 'hp'), 3)} hp` : `${sig(w / 1e3, 3)} kW`;
  }
}

/** What `paybackLines` reads of an annual result's economics (core EconomicsResult). */
export interface PaybackParties {
  currency: string;
  parties: Record<
    'project' | 'operator' | 'host',
    { capex: number; annualNet: number; paybackYears: number | null }
  >;
}

/**
 * The simple payback of each party in words — why it is "–" in the KPI table when it is (core
 * `paybackNote`: "no payback within the 2-year term: net benefit −0.3 M USD/yr …").
 */
export function paybackLines(e: PaybackParties, horizonYears: number): string[] {
  const out = [`Payback (simple, over the ${horizonYears}-year term):`];
  for (const k of ['project', 'operator', 'host'] as const) {
    const p = e.parties[k];
    out.push(
      `  ${k.padEnd(10)}${paybackNote(p.paybackYears, horizonYears, p.capex, p.annualNet, e.currency)}`,
    );
  }
  return out;
}
