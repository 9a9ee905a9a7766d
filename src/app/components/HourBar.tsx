/** The page's own hour slider (when the 3D view, which has its time control, is off). */
import type { RunOutput } from '../../worker/engine';
import { MONTHS } from '../lib/aggregate';

export function HourBar({
  run,
  hour,
  onHour,
}: {
  run: RunOutput | null;
  hour: number;
  onHour: (h: number) => void;
}) {
  const n = run?.hours ?? 8760;
  const label = run
    ? `${MONTHS[run.calendar.month[hour]! - 1]} ${run.calendar.day[hour]}, ${String(run.calendar.hour[hour]! - 1).padStart(2, '0')}:00–${String(run.calendar.hour[hour]!).padStart(2, '0')}:00`
    : '';
  return (
    <div className="hourbar">
      <label htmlFor="hour">Hour shown</label>
      <input
        id="hour"
        type="range"
        min={0}
        max={n - 1}
        step={1}
        value={hour}
        aria-valuetext={label}
        onChange={(e) => onHour(Number(e.target.value))}
      />
      <output htmlFor="hour">{label}</output>
    </div>
  );
}
