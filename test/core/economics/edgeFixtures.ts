/** Shared by the economics edge tests: a constant hourly year, and the first refusal or the issues of a parse. */
import type { HourlyEnergy } from '../../../src/core/economics/computeTypes';
import type { InputError } from '../../../src/core/errors';
import { parseEconomics } from '../../../src/core/economics/schema';
import { refused } from '../refused';

/** `hours` hours of a 2 MW, 100 PH/s plant heating 1 MW of a 1.3 MW demand (0.3 MW from propane), `over` set. */
export function hourly(hours: number, over: Partial<HourlyEnergy> = {}): HourlyEnergy {
  const c = (w: number) => new Float64Array(hours).fill(w);
  return {
    hours,
    minerElectricPower: c(2e6),
    hashrate: c(100e15),
    heatToGreenhouse: c(1e6),
    backupHeat: c(0.3e6),
    backupInput: c(0.3e6 / 0.9),
    auxiliaryPower: c(1e5),
    greenhouseHeatDemand: c(1.3e6),
    backupFuel: 'propane',
    backupEfficiency: 0.9,
    ...over,
  };
}

/** The first bad field's InputError. */
export function bad(input: unknown): InputError {
  return refused(() => parseEconomics(input));
}

/** A zod parse's issues as message and path. */
export const issues = (r: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => (r.error?.issues ?? []).map((i) => ({ message: i.message, path: i.path }));
