/**
 * Capex that follows the hardware: purchased-equipment cost curves for the plate exchanger (vs area), the
 * dry cooler (vs its heat-transfer area, from its rated UA) and the loop pumps (vs shaft power), and the
 * payback explained in words.
 *
 * Cost curves: Turton, Bailie, Whiting & Shaeiwitz, Analysis, Synthesis and Design of Chemical Processes,
 * 3rd ed. (2009), Appendix A, eq. A.1 and Table A.1: log10 Cp = K1 + K2·log10 A + K3·(log10 A)², purchased
 * cost of the base-case (carbon steel, near-ambient pressure) item in US dollars of 2001 (CEPCI 397),
 * escalated here to CEPCI 797.9 (2023 annual average, Chemical Engineering magazine) — order-of-magnitude
 * (±30–50 %) study estimates, not quotes. Outside a curve's size range the end point is scaled by the
 * six-tenths rule (Williams 1947), as Turton advises against extrapolating the fits.
 *
 * Verification of the K1/K2/K3 (2026-12, issue 12): the three rows below were first typed from memory. They
 * were checked against independent transcriptions of Table A.1 in public cost-estimation code (searched for
 * the literal coefficients): five or more unrelated implementations — a Turton 4th-ed. data table labelled
 * "Turton 4e Table A.1, centrifugal pump (1-300 kW shaft)" and "… air cooler (10-10,000 m^2 bare-tube area)",
 * an equipment-cost package with FlatPlate (10–1000 m²) / AirCooler (10–10 000 m²) / Centrifugal pump
 * (1–300 kW) rows, a Turton 5th-ed. (2018) tool, and others — all give exactly these values and size
 * ranges. The table is the same in the 3rd (2009), 4th (2012) and 5th (2018) editions (CEPCI 397 basis).
 * Not checked against a printed copy of the book: no scan of Table A.1 itself was reachable. See
 * models/SOURCES.md [turton-2009].
 */
import { dryCoolerModel, minerModel, plateExchangerModel } from '../models/catalog';

/** CEPCI of Turton's Table A.1 (September 2001) and of the cost year used (2023 annual average). */
export const CEPCI_BASE = 397;
export const CEPCI_NOW = 797.9;

interface Curve {
  k1: number;
  k2: number;
  k3: number;
  /** Size range of the fit, in the curve's unit. */
  min: number;
  max: number;
}

/** Turton Table A.1: flat-plate heat exchanger, A = heat-transfer area, m², 10–1000 (verified, see above). */
export const PLATE_EXCHANGER_CURVE: Readonly<Curve> = {
  k1: 4.6656,
  k2: -0.1557,
  k3: 0.1547,
  min: 10,
  max: 1000,
};
/** Turton Table A.1: air cooler, A = heat-transfer area, m², 10–10 000 (verified, see above). */
export const AIR_COOLER_CURVE: Readonly<Curve> = { k1: 4.0336, k2: 0.2341, k3: 0.0497, min: 10, max: 10000 };
/** Turton Table A.1: centrifugal pump, A = shaft power, kW, 1–300 (verified, see above). */
export const PUMP_CURVE: Readonly<Curve> = { k1: 3.3892, k2: 0.0536, k3: 0.1538, min: 1, max: 300 };

/**
 * Overall coefficient of a water/glycol air cooler on its bare-tube area, W/(m²·K): 700 ≈ 123 Btu/(h·ft²·°F),
 * the engine jacket-water value of GPSA Engineering Data Book, 13th ed., Sec. 10 (typical U for air
 * coolers). Converts the dry cooler's rated UA to the area Turton's curve takes.
 */
export const AIR_COOLER_U = 700;

/** Purchased cost in USD of the cost year for size `s` on `c` (six-tenths rule outside the range). */
export function curveCost(c: Curve, s: number): number {
  if (!(s > 0 && Number.isFinite(s))) return 0;
  const at = (x: number): number => {
    const l = Math.log10(x);
    return 10 ** (c.k1 + c.k2 * l + c.k3 * l * l);
  };
  const x = Math.min(Math.max(s, c.min), c.max);
  return at(x) * (s / x) ** 0.6 * (CEPCI_NOW / CEPCI_BASE);
}

/** The sizes the cost curves take, from a scenario's hardware (SI). */
export interface HardwareSizes {
  /** Plate exchanger heat-transfer area, m². */
  exchangerArea: number;
  /** Dry coolers' rated capacity (total), W, and UA (total), W/K. */
  dryCoolerCapacity: number;
  dryCoolerUa: number;
  /** Shaft power of the miner-loop and greenhouse-loop pumps at nominal flow, W. */
  pumpPower: number;
}

/** What `hardwareSizes` reads (a loaded scenario has these fields). */
export interface HardwareScenario {
  miners: { model: string; count: number };
  minerLoop: { flowPerMiner: number; externalPressureDrop: number; pumpEfficiency: number };
  greenhouseLoop: { flow: number; externalPressureDrop: number; pumpEfficiency: number };
  heatExchanger: {
    model?: string | undefined;
    area?: number | undefined;
    ua?: number | undefined;
    overallU?: number | undefined;
  };
  dryCooler: { model: string; count: number };
}

/**
 * Hardware sizes of a scenario: the exchanger area (given, or UA/U with the catalog's U), the dry coolers'
 * rated capacity and UA × count, and the pumps' hydraulic power / pump efficiency at the nominal flows
 * (ΔP = the loop's external drop, plus the miners' own for the miner loop).
 */
export function hardwareSizes(s: HardwareScenario): HardwareSizes {
  const cat = s.heatExchanger.model ? plateExchangerModel(s.heatExchanger.model) : undefined;
  const u = s.heatExchanger.overallU ?? cat?.overallU ?? 4500;
  const area = s.heatExchanger.area ?? (s.heatExchanger.ua ?? cat?.ua ?? 0) / u;
  const dc = dryCoolerModel(s.dryCooler.model);
  const n = Math.max(0, s.dryCooler.count);
  const miner = minerModel(s.miners.model);
  const minerFlow = s.minerLoop.flowPerMiner * s.miners.count;
  const pumpMiner =
    (minerFlow * (miner.coolant.pressureDrop + s.minerLoop.externalPressureDrop)) /
    s.minerLoop.pumpEfficiency;
  const pumpGreenhouse =
    (s.greenhouseLoop.flow * s.greenhouseLoop.externalPressureDrop) / s.greenhouseLoop.pumpEfficiency;
  return {
    exchangerArea: area,
    dryCoolerCapacity: dc.nominal.capacity * n,
    dryCoolerUa: dc.ua * n,
    pumpPower: pumpMiner + pumpGreenhouse,
  };
}

/** Capex lines from the hardware, USD of the cost year (one pump cost per loop). */
export function hardwareCapexUsd(
  h: HardwareSizes,
  pumps = 2,
): {
  plateExchanger: number;
  dryCooler: number;
  pumps: number;
} {
  return {
    plateExchanger: curveCost(PLATE_EXCHANGER_CURVE, h.exchangerArea),
    dryCooler: curveCost(AIR_COOLER_CURVE, h.dryCoolerUa / AIR_COOLER_U),
    pumps: pumps * curveCost(PUMP_CURVE, h.pumpPower / 1000 / pumps),
  };
}

/**
 * Money in words for a sentence: millions above 100 000 ("−0.3 M USD", "5.18 M USD", 3 significant digits),
 * else whole units with grouping ("45,000 USD"); U+2212 for the minus sign.
 */
export function moneyWords(x: number, currency?: string): string {
  const unit = currency ? ` ${currency}` : '';
  const a = Math.abs(x);
  const text = a >= 1e5 ? `${Number((a / 1e6).toPrecision(3))} M` : Math.round(a).toLocaleString('en-US');
  return `${x < 0 && text !== '0' ? '\u2212' : ''}${text}${unit}`;
}

/**
 * Simple payback in words, for a result that shows "–" otherwise: when there is none, why — the year-1 net
 * benefit is a loss, or it is too small to repay the capex within the term (then the payback it would take,
 * capex / net benefit). `currency` labels the money ("no payback within the 2-year term: net benefit
 * −0.3 M USD/yr").
 */
export function paybackNote(
  years: number | null,
  horizonYears: number,
  capex: number,
  annualNet: number,
  currency?: string,
): string {
  const term = `the ${horizonYears}-year term`;
  if (years !== null) {
    return years === 0
      ? 'pays back at once (no capital outlay)'
      : `pays back in ${years.toFixed(1)} years, within ${term}`;
  }
  const net = `net benefit ${moneyWords(annualNet, currency)}/yr`;
  if (!(annualNet > 0)) {
    const against = capex > 0 ? ` against ${moneyWords(capex, currency)} of capex` : '';
    return `no payback within ${term}: ${net}${against}, so it never pays back`;
  }
  return (
    `no payback within ${term}: ${net} against ${moneyWords(capex, currency)} of capex ` +
    `(simple payback would take ${(capex / annualNet).toFixed(1)} years)`
  );
}

/** The economics fields `applyHardwareCapex` reads and writes. */
interface CapexTarget {
  economics: {
    currency: string;
    exchangeRate: number;
    capex: Record<'plateExchanger' | 'dryCooler' | 'pumps', { basis: string; amount: number }>;
  };
}

/**
 * Capex lines the scenario file leaves out (economics.capex.plateExchanger, .dryCooler, .pumps) follow the
 * hardware: the cost curves above, in the scenario's currency (CAD = USD × exchangeRate). A line the file
 * gives is kept as written. `raw` is the scenario input as read (to tell given from defaulted lines).
 */
export function applyHardwareCapex(s: HardwareScenario & CapexTarget, raw: unknown): void {
  const given = (k: string): boolean => {
    const e = (raw as { economics?: { capex?: Record<string, unknown> } } | null)?.economics;
    return e?.capex?.[k] !== undefined;
  };
  let usd: ReturnType<typeof hardwareCapexUsd>;
  try {
    usd = hardwareCapexUsd(hardwareSizes(s));
  } catch {
    return; // a catalog entry missing: the schema reports it; keep the defaults
  }
  const fx = s.economics.currency === 'CAD' ? s.economics.exchangeRate : 1;
  for (const k of ['plateExchanger', 'dryCooler', 'pumps'] as const) {
    if (!given(k)) s.economics.capex[k] = { basis: 'total', amount: usd[k] * fx };
  }
}
