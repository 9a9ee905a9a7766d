/** The page's own hour slider (when the 3D view, which has its time control, is off). */
import type { RunOutput } from '../../worker/engine';
import { hourLabel } from './exchanger/hour';

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
  // the date as the Exchanger tab and the 3D time control write it ("12 Jan, 08:00–09:00")
  const label = run ? hourLabel(run, hour) : '';
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
