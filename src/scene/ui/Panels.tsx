/** DOM overlays of the twin: legend, inspect panel, hover tooltip, headline strip, guided-tour caption. */
import { useSyncExternalStore } from 'react';
import type { SimulationResult } from '../../core';
import {
  cssGradient,
  legendTicks,
  STATUS_COLORS,
  type TemperatureScale,
  temperatureColor,
  toHex,
} from '../model/colormap';
import { COMPONENT_IDS, type ComponentId, COMPONENTS } from '../model/components';
import { formatQuantity, type Units } from '../model/format';
import { readouts, type TourStep, tooltipText } from '../model/live';
import type { TwinController } from '../three/controller';

export function Legend({
  scale,
  units,
  lowered = false,
}: {
  scale: TemperatureScale;
  units: Units;
  /** A software renderer lowered the drawing quality (three/renderer.ts): say so. */
  lowered?: boolean;
}) {
  const ticks = legendTicks(scale, units);
  return (
    <section className="twin-legend twin-panel" aria-label="Temperature scale">
      <div className="twin-legend-title">
        Temperature, {units === 'SI' ? '°C' : '°F'} — one scale for every part
      </div>
      <div
        className="twin-legend-bar"
        style={{ background: cssGradient() }}
        role="img"
        aria-label={`cividis colour scale from ${ticks[0]?.label} to ${ticks[ticks.length - 1]?.label} ${units === 'SI' ? '°C' : '°F'}`}
      />
      <div className="twin-legend-ticks" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.label} style={{ left: `${t.pos * 100}%` }}>
            {t.label}
          </span>
        ))}
      </div>
      <ul className="twin-legend-keys">
        <li>
          <i style={{ background: STATUS_COLORS.running }} /> running
        </li>
        <li>
          <i style={{ background: STATUS_COLORS.throttled }} /> throttled
        </li>
        <li>
          <i style={{ background: STATUS_COLORS.off }} /> off
        </li>
        <li>
          <i className="twin-flow-key" /> flow (speed ∝ rate)
        </li>
      </ul>
      {lowered ? (
        <p
          className="twin-legend-note"
          title="The browser draws 3D without a graphics card here (software rendering): each frame takes about a second of the page's time, so the twin is drawn without shadows or smoothing."
        >
          Software rendering: drawn light to stay responsive
        </p>
      ) : null}
    </section>
  );
}

export interface InspectProps {
  result: SimulationResult | null;
  scale: TemperatureScale;
  selected: ComponentId | null;
  container: number | null;
  hour: number;
  units: Units;
  minerCount: number;
  modules: number;
  onSelect(id: ComponentId | null): void;
  onFocus(id: ComponentId): void;
  /** Parts drawn in this plant (default: all but a buffer tank the result does not have). */
  parts?: readonly ComponentId[];
}

export function InspectPanel(p: InspectProps) {
  const spec = p.selected ? COMPONENTS[p.selected] : null;
  return (
    <section
      className={`twin-inspect twin-panel${spec ? ' open' : ''}`}
      aria-label="Inspect a component"
      data-testid="inspect"
    >
      <PartPicker {...p} />
      {spec && <InspectBody {...p} id={spec.id} />}
    </section>
  );
}

/** The list of parts to inspect (the buffer tank only when the scenario has one). */
function PartPicker(p: InspectProps) {
  const ids =
    p.parts ?? COMPONENT_IDS.filter((c) => c !== 'bufferTank' || (p.result?.series.tankTopT?.[0] ?? 0) > 0);
  return (
    <label className="twin-pick">
      <span>Inspect</span>
      <select
        value={p.selected ?? ''}
        onChange={(e) => p.onSelect((e.target.value || null) as ComponentId | null)}
        aria-label="Component to inspect"
      >
        <option value="">Choose a part…</option>
        {ids.map((c) => (
          <option key={c} value={c}>
            {COMPONENTS[c].name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The selected part: name with its temperature swatch, role, the core's readouts for the hour. */
function InspectBody(p: InspectProps & { id: ComponentId }) {
  const spec = COMPONENTS[p.id];
  const rows = p.result ? readouts(p.result, p.id, p.hour, p.units) : [];
  const colourT =
    spec.colour && p.result
      ? p.result.series[spec.colour][Math.min(p.result.hours - 1, p.hour)]!
      : Number.NaN;
  return (
    <div className="twin-inspect-body" data-component={spec.id}>
      <header>
        {spec.colour && Number.isFinite(colourT) && (
          <i
            className="twin-swatch"
            style={{ background: toHex(temperatureColor(p.scale, colourT)) }}
            aria-hidden="true"
          />
        )}
        <h2>{spec.name}</h2>
        <button
          type="button"
          className="twin-btn twin-close"
          aria-label="Close the inspect panel"
          onClick={() => p.onSelect(null)}
        >
          ×
        </button>
      </header>
      <p className="twin-role">{spec.role}</p>
      {spec.id === 'miners' && (
        <p className="twin-note">
          {p.container !== null ? `Module ${p.container + 1} of ${p.modules}. ` : ''}
          Bank totals for all {p.minerCount.toLocaleString('en-US')} miners
          {p.container !== null
            ? ` (≈ ${formatQuantity((rows[0]?.value ?? 0) / p.modules, 'power', p.units)} in this module)`
            : ''}
          .
        </p>
      )}
      {!p.result ? <p className="twin-note">Simulating the year…</p> : <Readouts rows={rows} />}
      <div className="twin-inspect-actions">
        <button type="button" className="twin-btn" onClick={() => p.onFocus(spec.id)}>
          Fly to it
        </button>
        <span className="twin-note">Heat path highlighted</span>
      </div>
    </div>
  );
}

function Readouts({ rows }: { rows: ReturnType<typeof readouts> }) {
  return (
    <table className="twin-readouts">
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} data-series={r.series} data-si={String(r.value)} data-kind={r.kind}>
            <th scope="row">{r.label}</th>
            <td>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Tooltip({
  ctrl,
  result,
  hour,
  units,
}: {
  ctrl: TwinController;
  result: SimulationResult | null;
  hour: number;
  units: Units;
}) {
  const hover = useSyncExternalStore(
    (l) => ctrl.subscribeHover(l),
    () => ctrl.hover,
  );
  if (!hover) return null;
  const text = tooltipText(result, hover.component, hour, units);
  return (
    <div
      className="twin-tooltip"
      role="tooltip"
      style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 12}px)` }}
    >
      {hover.component === 'miners' && hover.container !== undefined
        ? `Module ${hover.container + 1} · `
        : ''}
      {text}
      <span className="twin-tooltip-hint">click to inspect</span>
    </div>
  );
}

export function Headline({
  result,
  hour,
  units,
}: {
  result: SimulationResult | null;
  hour: number;
  units: Units;
}) {
  if (!result) return null;
  const s = result.series;
  const i = Math.min(result.hours - 1, hour);
  const chip = (label: string, value: number, cls: string) => (
    <li className={cls}>
      <span className="h-label">{label}</span>
      <strong className="h-value">{formatQuantity(value, 'power', units)}</strong>
    </li>
  );
  return (
    <ul className="twin-headline" aria-label="Heat flows this hour">
      {chip('Miners draw', s.minerElectricPower[i]!, 'h-miners')}
      {chip('To greenhouse', s.heatToGreenhouse[i]!, 'h-gh')}
      {chip('Boilers add', s.backupHeat[i]!, 'h-boiler')}
      {chip('Dry cooler rejects', s.dryCoolerDuty[i]!, 'h-dc')}
    </ul>
  );
}

export function TourCaption({
  step,
  index,
  count,
  onPrev,
  onNext,
  onExit,
  paused,
  onPause,
}: {
  step: TourStep;
  index: number;
  count: number;
  onPrev(): void;
  onNext(): void;
  onExit(): void;
  paused: boolean;
  onPause(p: boolean): void;
}) {
  return (
    <section className="twin-tour twin-panel" aria-label="Guided tour" aria-live="polite">
      <div className="twin-tour-step">
        Step {index + 1} of {count}
      </div>
      <h2>{step.title}</h2>
      <p>{step.caption}</p>
      <div className="twin-tour-actions">
        <button type="button" className="twin-btn" onClick={onPrev} disabled={index === 0}>
          ‹ Back
        </button>
        <button type="button" className="twin-btn" aria-pressed={paused} onClick={() => onPause(!paused)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="twin-btn twin-primary" onClick={onNext}>
          {index + 1 === count ? 'Finish' : 'Next ›'}
        </button>
        <button type="button" className="twin-btn" onClick={onExit} aria-label="Exit the tour">
          Exit
        </button>
      </div>
      <div className="twin-tour-dots" aria-hidden="true">
        {Array.from({ length: count }, (_, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed-length progress dots
          <i key={k} className={k === index ? 'on' : ''} />
        ))}
      </div>
    </section>
  );
}
