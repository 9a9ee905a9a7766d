/**
 * The parts of one year's economics (./compute): the hourly inputs checked, the energy sums, the host's
 * avoided backup, the capex lines split between the parties, and the BTC figures.
 */
import { InputError } from '../errors';
import type { HourlyEnergy } from './computeTypes';
import { electricityCost } from './tariff';
import { BACKUP_FUELS, co2, fuelInput } from './fuel';
import { firstBad } from './mining';
import { CAPEX_LINES, type CapexLineName, type Economics, HEAT_RECOVERY_LINES } from './schema';

/** The hourly inputs: a whole number of hours ≥ 1, every series that long, a known backup fuel and efficiency. */
export function checkHourly(h: HourlyEnergy): void {
  if (!(Number.isInteger(h.hours) && h.hours >= 1))
    throw new InputError('hours', h.hours, 'a whole number of hours ≥ 1');
  const names = [
    'minerElectricPower',
    'hashrate',
    'heatToGreenhouse',
    'backupHeat',
    'backupInput',
    'auxiliaryPower',
    'greenhouseHeatDemand',
  ] as const;
  for (const n of names) {
    const a = h[n];
    if (!(a instanceof Float64Array) || a.length < h.hours) {
      throw new InputError(
        n,
        a instanceof Float64Array ? `${a.length} values` : a,
        `a Float64Array of at least ${h.hours} hourly values`,
      );
    }
  }
  if (!BACKUP_FUELS.includes(h.backupFuel))
    throw new InputError('backupFuel', h.backupFuel, BACKUP_FUELS.join(', '));
  if (!(h.backupEfficiency > 0 && h.backupEfficiency <= 1.1)) {
    throw new InputError('backupHeater.efficiency', h.backupEfficiency, 'between 0 and 1.1 (fraction)');
  }
}

/** Energy sums of the year (J, annualised) and the peaks of miner power (W) and hashrate (hash/s). */
export interface EnergySums {
  minerJ: number;
  auxJ: number;
  heatJ: number;
  ghJ: number;
  backupHeatJ: number;
  backupInJ: number;
  maxP: number;
  maxH: number;
}

/** One pass over the hours for energy sums and nameplate fallbacks; `f` annualises (8760 / hours). */
export function energySums(hourly: HourlyEnergy, f: number): EnergySums {
  const n = hourly.hours;
  const P = hourly.minerElectricPower;
  const H = hourly.hashrate;
  const Q = hourly.heatToGreenhouse;
  let minerJ = 0;
  let auxJ = 0;
  let heatJ = 0;
  let ghJ = 0;
  let backupHeatJ = 0;
  let backupInJ = 0;
  let maxP = 0;
  let maxH = 0;
  for (let i = 0; i < n; i++) {
    const p = P[i]!;
    const h = H[i]!;
    minerJ += p;
    auxJ += hourly.auxiliaryPower[i]!;
    heatJ += Q[i]!;
    ghJ += hourly.greenhouseHeatDemand[i]!;
    backupHeatJ += hourly.backupHeat[i]!;
    backupInJ += hourly.backupInput[i]!;
    if (p > maxP) maxP = p;
    if (h > maxH) maxH = h;
  }
  const sums = {
    minerElectricPower: minerJ,
    auxiliaryPower: auxJ,
    heatToGreenhouse: heatJ,
    greenhouseHeatDemand: ghJ,
    backupHeat: backupHeatJ,
    backupInput: backupInJ,
  };
  for (const [k, v] of Object.entries(sums)) {
    if (!Number.isFinite(v))
      throw new InputError(k, firstBad(hourly[k as keyof typeof sums], n), 'finite W in every hour');
  }
  // Hourly-mean W × 3600 s → J, annualised.
  const A = 3600 * f;
  minerJ *= A;
  auxJ *= A;
  heatJ *= A;
  ghJ *= A;
  backupHeatJ *= A;
  backupInJ *= A;
  return { minerJ, auxJ, heatJ, ghJ, backupHeatJ, backupInJ, maxP, maxH };
}

/** The host's backup: what the delivered miner heat avoided (input, purchase, carbon, CO₂) and what remains. */
export interface HostBackup {
  avoidedInput: number;
  co2AvoidedKg: number;
  avoidedPurchase: number;
  remainingPurchase: number;
  avoidedCarbon: number;
  remainingCo2Kg: number;
  remainingCarbon: number;
  /** Avoided purchase + avoided carbon charge, ¤/year. */
  avoided: number;
}

/** The backup input the delivered miner heat avoided, its cost and CO₂ (host side). */
export function hostBackup(e: Economics, hourly: HourlyEnergy, s: EnergySums, f: number): HostBackup {
  const n = hourly.hours;
  const Q = hourly.heatToGreenhouse;
  const { heatJ, backupInJ } = s;

  const fuel = hourly.backupFuel;
  const eta = hourly.backupEfficiency;
  const avoidedInput = fuelInput(heatJ, eta);
  const factors = { grid: e.gridCo2, naturalGas: e.naturalGasCo2, propane: e.propaneCo2 };
  const co2AvoidedKg = co2(fuel, avoidedInput, factors);
  let avoidedPurchase: number;
  let remainingPurchase: number;
  if (fuel === 'electric') {
    avoidedPurchase = (electricityCost(Q, e.backupElectricity, { hours: n }).energyCost * f) / eta;
    remainingPurchase = electricityCost(hourly.backupInput, e.backupElectricity, { hours: n }).energyCost * f;
  } else {
    const price = fuel === 'natural-gas' ? e.naturalGasPrice : e.propanePrice;
    avoidedPurchase = avoidedInput * price;
    remainingPurchase = backupInJ * price;
  }
  const combustion = fuel !== 'electric';
  const avoidedCarbon = combustion ? e.carbonPrice * co2AvoidedKg : 0;
  const remainingCo2Kg = co2(fuel, backupInJ, factors);
  const remainingCarbon = combustion ? e.carbonPrice * remainingCo2Kg : 0;
  const avoided = avoidedPurchase + avoidedCarbon;
  return {
    avoidedInput,
    co2AvoidedKg,
    avoidedPurchase,
    remainingPurchase,
    avoidedCarbon,
    remainingCo2Kg,
    remainingCarbon,
    avoided,
  };
}

/** The capex lines in the scenario currency, and their split between operator and host. */
export interface CapexSplit {
  capexLines: Record<CapexLineName, number>;
  operatorCapex: number;
  hostCapex: number;
  heatRecoveryCapex: number;
}

/** Each capex line on its basis (total, per W or hash/s of nameplate, per miner), paid by its party. */
export function capexSplit(
  e: Economics,
  hourly: HourlyEnergy,
  nameplateP: number,
  nameplateH: number,
): CapexSplit {
  const capexLines = {} as Record<CapexLineName, number>;
  let operatorCapex = 0;
  let hostCapex = 0;
  let heatRecoveryCapex = 0;
  for (const k of CAPEX_LINES) {
    const line = e.capex[k];
    let c: number;
    switch (line.basis) {
      case 'total':
        c = line.amount;
        break;
      case 'perW':
        c = line.amount * nameplateP;
        break;
      case 'perHashrate':
        c = line.amount * nameplateH;
        break;
      case 'perUnit':
        if (hourly.minerCount === undefined || !(hourly.minerCount >= 0)) {
          throw new InputError(
            `economics.capex.${k}`,
            { perUnit: line.amount },
            'a per-unit cost needs the miner count (miners.count)',
          );
        }
        c = line.amount * hourly.minerCount;
        break;
    }
    capexLines[k] = c;
    const heatRecovery = HEAT_RECOVERY_LINES.includes(k);
    if (heatRecovery) heatRecoveryCapex += c;
    if (heatRecovery && e.heatRecoveryOwner === 'host') hostCapex += c;
    else operatorCapex += c;
  }
  return { capexLines, operatorCapex, hostCapex, heatRecoveryCapex };
}

/** BTC mined and earned (after the pool fee), and the costs per BTC earned (all-in and cash); ¤/BTC. */
export interface BtcFigures {
  btcMined: number | undefined;
  btcEarned: number | undefined;
  costPerBtc: number | undefined;
  cashCostPerBtc: number | undefined;
}

/** What the per-BTC costs are computed from (year-1 figures, ¤; hashes mined in the year). */
export interface BtcInputs {
  hashes: number;
  revenue: number;
  electricity: number;
  operatorOpex: number;
  operatorCapex: number;
  aiCapex: number;
  salvage: number;
  payments: number;
}

/** BTC figures of the year; per BTC, the mining side only (AI racks' electricity, capex, maintenance left out). */
export function btcFigures(e: Economics, hourly: HourlyEnergy, f: number, y: BtcInputs): BtcFigures {
  const n = hourly.hours;
  const P = hourly.minerElectricPower;
  const { hashes, revenue, electricity, operatorOpex, operatorCapex, aiCapex, salvage, payments } = y;
  let btcMined: number | undefined;
  if (e.mining.kind === 'network') btcMined = hashes * e.mining.btcPerHash;
  else if (e.mining.btcPrice !== undefined && e.mining.btcPrice > 0) btcMined = revenue / e.mining.btcPrice;
  const btcEarned = btcMined === undefined ? undefined : btcMined * (1 - e.poolFee);
  const perBtc = (cost: number) => (btcEarned !== undefined && btcEarned > 0 ? cost / btcEarned : undefined);
  // Per BTC: the mining side only (AI racks' electricity, capex and maintenance left out).
  const miningElectricity = hourly.ai
    ? ((el2) => (el2.energyCost + el2.demandCost) * f)(
        electricityCost([P, hourly.auxiliaryPower], e.electricity, { hours: n, demand: e.demandCharge }),
      )
    : electricity;
  const miningCapex = operatorCapex - aiCapex;
  const allIn =
    miningElectricity +
    operatorOpex -
    e.opex.maintenance * aiCapex +
    (miningCapex - salvage) / e.horizonYears -
    payments;
  return {
    btcMined,
    btcEarned,
    costPerBtc: perBtc(allIn),
    cashCostPerBtc: perBtc(miningElectricity),
  };
}
