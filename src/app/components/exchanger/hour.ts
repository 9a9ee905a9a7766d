/**
 * The exchanger at one hour of the app's annual run, from the run's hourly series (hourly means of the
 * simulated steps): terminal temperatures, flows, duty, approach, the counterflow LMTD (core
 * `lmtdCounterflow`), the UA the plant model used that hour, and NTU and ε from the energy balance — the
 * capacity rates follow from the duty and each stream's temperature change (C = Q/ΔT), so
 * Cmin = Q/max(ΔTh, ΔTc), NTU = UA/Cmin, ε = Q/(Cmin·(Th,in − Tc,in)) = max(ΔTh, ΔTc)/(Th,in − Tc,in)
 * (Incropera, Fundamentals of Heat and Mass Transfer, §11.4). Hourly means of temperatures make the LMTD
 * and NTU of an hour approximate when the plant changed within it.
 */
import { lmtdCounterflow } from '../../../core';
import type { RunOutput } from '../../../worker/engine';
import type { Section } from './model';

type HourRun = Pick<RunOutput, 'hours' | 'series' | 'calendar'>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Jan, 06:00–07:00" for hour index `i` (EPW hour-ending convention). */
export function hourLabel(run: HourRun, i: number): string {
  const m = run.calendar.month[i] ?? 1;
  const d = run.calendar.day[i] ?? 1;
  const h = run.calendar.hour[i] ?? 1;
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d} ${MONTHS[m - 1]}, ${pad(h - 1)}:00–${pad(h)}:00`;
}

/** Index of the first hour with the smallest (`min`) or largest value of a series. */
export function extremeHour(values: ArrayLike<number>, n: number, mode: 'min' | 'max'): number {
  let best = 0;
  for (let i = 1; i < n; i++) {
    const v = values[i]!;
    if (mode === 'min' ? v < values[best]! : v > values[best]!) best = i;
  }
  return best;
}

/** The exchanger rows of hour `i` (SI), or why there are none. */
export function hourSection(run: HourRun, i: number): Section {
  const s = run.series;
  const hotIn = s.minerOutletT[i]!;
  const hotOut = s.hxHotOutT[i]!;
  const coldIn = s.greenhouseReturnT[i]!;
  const coldOut = s.hxColdOutT[i]!;
  const duty = s.hxDuty[i]!;
  const ua = s.hxUA[i]!;
  const dth = hotIn - hotOut;
  const dtc = coldOut - coldIn;
  const active = duty > 1 && dth > 1e-6 && dtc > 1e-6 && hotIn > coldIn;
  let lmtd: number | null = null;
  if (active) {
    try {
      lmtd = lmtdCounterflow(hotIn, hotOut, coldIn, coldOut);
    } catch {
      lmtd = null; // hourly means can cross when the plant switched within the hour
    }
  }
  const cmin = active ? duty / Math.max(dth, dtc) : null;
  return {
    id: 'hour',
    title: `One hour of the run: ${hourLabel(run, i)}`,
    note: active
      ? 'Hourly means of the simulated steps; NTU and ε from the energy balance (C = Q/ΔT of each stream).'
      : 'The exchanger carries no heat in this hour (no greenhouse demand on it, or the branch is closed).',
    columns: ['hot: miner loop', 'cold: greenhouse'],
    rows: [
      { id: 'hOutdoor', label: 'Outdoor', kind: 'temperature', value: s.outdoorT[i]! },
      { id: 'hInlet', label: 'Inlet', kind: 'temperature', hot: hotIn, cold: coldIn },
      { id: 'hOutlet', label: 'Outlet', kind: 'temperature', hot: hotOut, cold: coldOut },
      { id: 'hFlow', label: 'Mass flow', kind: 'massFlow', hot: s.minerFlow[i]!, cold: s.hxColdFlow[i]! },
      { id: 'hDuty', label: 'Duty', kind: 'power', value: duty },
      {
        id: 'hApproach',
        label: 'Approach',
        kind: 'temperatureDifference',
        value: active ? Math.min(hotIn - coldOut, hotOut - coldIn) : null,
      },
      { id: 'hLmtd', label: 'LMTD (counterflow)', kind: 'temperatureDifference', value: lmtd },
      { id: 'hUa', label: 'UA at the hour’s flows', kind: 'conductance', value: ua },
      { id: 'hNtu', label: 'NTU = UA/Cmin', kind: 'plain', value: cmin ? ua / cmin : null },
      {
        id: 'hEps',
        label: 'Effectiveness ε',
        kind: 'plain',
        value: active ? Math.max(dth, dtc) / (hotIn - coldIn) : null,
      },
    ],
  };
}
