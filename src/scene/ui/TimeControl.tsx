/** Time control: scrub the year hour by hour, play/pause at several speeds, jump to key hours. */
import { useEffect, useRef, useState } from 'react';
import { dateLabel, hourInfo, MONTH_NAMES, monthStartHours, timeLabel } from '../model/calendar';

export const SPEEDS = [
  { label: '1 h/s', hoursPerSecond: 1 },
  { label: '6 h/s', hoursPerSecond: 6 },
  { label: '1 day/s', hoursPerSecond: 24 },
  { label: '1 week/s', hoursPerSecond: 168 },
] as const;

export interface TimeControlProps {
  hours: number;
  hour: number;
  leapYear: boolean;
  onHourChange(hour: number): void;
  coldestNight: number | null;
  summerAfternoon: number | null;
  playing: boolean;
  onPlayingChange(playing: boolean): void;
  speed: number;
  onSpeedChange(index: number): void;
}

/** Time bar: play, speed, hour steps, the hour shown and jumps on one row; the year slider below. */
export function TimeControl(p: TimeControlProps) {
  usePlayback(p);
  const info = hourInfo(Math.max(0, p.hour), p.leapYear);
  const [dragging, setDragging] = useState(false);
  const max = Math.max(0, p.hours - 1);
  const step = (d: number) => p.onHourChange(Math.min(max, Math.max(0, p.hour + d)));
  return (
    <section className="twin-time" aria-label="Time control">
      <div className="twin-time-row">
        <PlayButton playing={p.playing} disabled={p.hours < 2} onChange={p.onPlayingChange} />
        <label className="twin-speed">
          <span className="twin-sr">Playback speed</span>
          <select
            value={p.speed}
            onChange={(e) => p.onSpeedChange(Number(e.target.value))}
            aria-label="Playback speed"
          >
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <HourSteps step={step} />
        <div className="twin-when" aria-live={dragging || p.playing ? 'off' : 'polite'}>
          <strong>{dateLabel(info)}</strong> <span>{timeLabel(info)}</span>
        </div>
        <Jumps
          coldestNight={p.coldestNight}
          summerAfternoon={p.summerAfternoon}
          onHourChange={p.onHourChange}
        />
      </div>
      <YearSlider
        {...p}
        max={max}
        label={`${dateLabel(info)}, ${timeLabel(info)}`}
        onDragging={setDragging}
      />
    </section>
  );
}

/** While playing, advance the hour at the chosen speed (wrapping at the end of the year). */
function usePlayback(p: TimeControlProps) {
  const hourRef = useRef(p.hour);
  hourRef.current = p.hour;
  const cb = useRef(p.onHourChange);
  cb.current = p.onHourChange;
  const { playing, hours } = p;
  const hps = SPEEDS[p.speed]?.hoursPerSecond ?? 6;
  useEffect(() => {
    if (!playing || hours < 2) return;
    let acc = 0;
    let last = performance.now();
    let raf = requestAnimationFrame(function step(now) {
      acc += ((now - last) / 1000) * hps;
      last = now;
      if (acc >= 1) {
        const n = Math.floor(acc);
        acc -= n;
        cb.current((hourRef.current + n) % hours);
      }
      raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  }, [playing, hours, hps]);
}

function PlayButton(p: { playing: boolean; disabled: boolean; onChange(playing: boolean): void }) {
  return (
    <button
      type="button"
      className="twin-btn twin-play"
      aria-pressed={p.playing}
      aria-label={p.playing ? 'Pause' : 'Play'}
      title={p.playing ? 'Pause (space)' : 'Play (space)'}
      disabled={p.disabled}
      onClick={() => p.onChange(!p.playing)}
    >
      {p.playing ? (
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <rect x="3" y="2" width="3.5" height="12" rx="1" />
          <rect x="9.5" y="2" width="3.5" height="12" rx="1" />
        </svg>
      ) : (
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 2.5v11l9.5-5.5z" />
        </svg>
      )}
    </button>
  );
}

const STEPS = [
  { d: -24, text: '−1 d', label: 'One day back', key: 'shift + ←' },
  { d: -1, text: '−1 h', label: 'One hour back', key: '←' },
  { d: 1, text: '+1 h', label: 'One hour forward', key: '→' },
  { d: 24, text: '+1 d', label: 'One day forward', key: 'shift + →' },
] as const;

function HourSteps({ step }: { step(d: number): void }) {
  return (
    <fieldset className="twin-steps">
      <legend className="twin-sr">Step through the hours</legend>
      {STEPS.map((s) => (
        <button
          key={s.d}
          type="button"
          className="twin-btn"
          onClick={() => step(s.d)}
          aria-label={s.label}
          title={`${s.label} (${s.key})`}
        >
          {s.text}
        </button>
      ))}
    </fieldset>
  );
}

function Jumps(p: Pick<TimeControlProps, 'coldestNight' | 'summerAfternoon' | 'onHourChange'>) {
  return (
    <fieldset className="twin-jumps">
      <legend className="twin-sr">Jump to</legend>
      <button
        type="button"
        className="twin-btn twin-chip"
        disabled={p.coldestNight === null}
        onClick={() => p.coldestNight !== null && p.onHourChange(p.coldestNight)}
        data-testid="jump-coldest"
      >
        ❄ Coldest night
      </button>
      <button
        type="button"
        className="twin-btn twin-chip"
        disabled={p.summerAfternoon === null}
        onClick={() => p.summerAfternoon !== null && p.onHourChange(p.summerAfternoon)}
        data-testid="jump-summer"
      >
        ☀ Summer afternoon
      </button>
    </fieldset>
  );
}

/** The year's hours as a range input, with the months marked under it. */
function YearSlider(
  p: TimeControlProps & { max: number; label: string; onDragging(dragging: boolean): void },
) {
  const { max } = p;
  const months = monthStartHours(p.leapYear).filter((h) => h <= max);
  return (
    <div className="twin-slider">
      <input
        type="range"
        min={0}
        max={max}
        step={1}
        value={Math.min(max, p.hour)}
        disabled={p.hours < 2}
        aria-label="Hour of the year"
        aria-valuetext={p.label}
        onPointerDown={() => p.onDragging(true)}
        onPointerUp={() => p.onDragging(false)}
        onChange={(e) => p.onHourChange(Number(e.target.value))}
      />
      <div className="twin-months" aria-hidden="true">
        {months.map((h, m) => (
          <span key={MONTH_NAMES[m]} style={{ left: `${(h / Math.max(1, max)) * 100}%` }}>
            {MONTH_NAMES[m]}
          </span>
        ))}
      </div>
    </div>
  );
}
