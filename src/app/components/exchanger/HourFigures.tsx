/**
 * The exchanger at one chosen hour of the annual run (default: the coldest hour), beside the design day:
 * pick the coldest hour, the hour of peak exchanger duty, or any hour of the year by number.
 */
import { useId, useMemo, useState } from 'react';
import type { RunOutput } from '../../../worker/engine';
import type { UnitSystem } from '../../lib/units';
import { FigureTable } from './FigureTable';
import { extremeHour, hourSection } from './hour';

export function HourFigures({ run, units }: { run: RunOutput; units: UnitSystem }) {
  const coldest = useMemo(() => extremeHour(run.series.outdoorT, run.hours, 'min'), [run]);
  const peak = useMemo(() => extremeHour(run.series.hxDuty, run.hours, 'max'), [run]);
  const [chosen, setChosen] = useState<number | null>(null);
  const hour = Math.min(Math.max(chosen ?? coldest, 0), run.hours - 1);
  const section = useMemo(() => hourSection(run, hour), [run, hour]);
  const inputId = useId();
  return (
    <div className="xp-hour">
      <div className="xp-hour-controls">
        <button
          type="button"
          className="small"
          aria-pressed={hour === coldest}
          onClick={() => setChosen(coldest)}
        >
          Coldest hour
        </button>
        <button type="button" className="small" aria-pressed={hour === peak} onClick={() => setChosen(peak)}>
          Peak duty hour
        </button>
        <label htmlFor={inputId}>Hour of the year</label>
        <input
          id={inputId}
          type="number"
          min={1}
          max={run.hours}
          step={1}
          value={hour + 1}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isInteger(v) && v >= 1 && v <= run.hours) setChosen(v - 1);
          }}
        />
      </div>
      <FigureTable section={section} units={units} />
    </div>
  );
}
