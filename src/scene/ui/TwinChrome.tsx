/** The twin's top bar (date, weather, site, headline) and its viewpoint buttons with the tour toggle. */
import type { Scenario, SimulationResult } from '../../core';
import type { CameraStep } from '../hooks/useCamera';
import { dateLabel, hourInfo, timeLabel } from '../model/calendar';
import { formatQuantity, type Units } from '../model/format';
import type { PlantLayout } from '../model/layout';
import type { ViewName } from '../model/live';
import { Headline } from './Panels';

export const VIEWS: ViewName[] = ['overview', 'container', 'exchanger', 'drycooler', 'greenhouse'];

export function TopBar(p: {
  result: SimulationResult | null;
  scenario: Scenario;
  hour: number;
  leap: boolean;
  units: Units;
  sunElevation: number;
}) {
  const { result, hour, units } = p;
  const info = hourInfo(hour, p.leap);
  const s = result?.series;
  return (
    <header className="twin-top">
      <div className="twin-title twin-panel">
        <div className="twin-when-big">
          <span className="twin-date">{dateLabel(info)}</span>
          <span className="twin-hour">{timeLabel(info)}</span>
        </div>
        <div className="twin-weather">
          <span aria-hidden="true">{p.sunElevation > 0 ? '☀' : '☾'}</span>{' '}
          {s ? (
            <>
              Outside <strong>{formatQuantity(s.outdoorT[hour]!, 'temperature', units)}</strong>
              {' · '}sun {Math.round(p.sunElevation)}°{' · '}
              {formatQuantity(s.globalHorizontal[hour]!, 'irradiance', units)}
            </>
          ) : (
            'Simulating the year…'
          )}
        </div>
        <div className="twin-site">{result?.weather.location ?? p.scenario.site.name}</div>
      </div>
      <Headline result={result} hour={hour} units={units} />
    </header>
  );
}

/** The orbit's keyboard steps as buttons: step, name, key, glyph. */
const ORBIT: [CameraStep, string, string, string][] = [
  ['in', 'Zoom in', '+', '+'],
  ['out', 'Zoom out', '−', '−'],
  ['left', 'Turn left', '[', '⟲'],
  ['right', 'Turn right', ']', '⟳'],
];

export function ViewNav(p: {
  layout: PlantLayout;
  view: ViewName;
  goTo(v: ViewName): void;
  canTour: boolean;
  touring: boolean;
  onTour(): void;
  onStep(step: CameraStep): void;
}) {
  return (
    <nav className="twin-views twin-panel" aria-label="Viewpoints">
      {VIEWS.map((v, i) => (
        <button
          key={v}
          type="button"
          className="twin-btn"
          aria-pressed={p.view === v}
          title={`${p.layout.views[v].label} (${i + 1})`}
          onClick={() => p.goTo(v)}
        >
          {p.layout.views[v].label}
        </button>
      ))}
      <button
        type="button"
        className="twin-btn twin-primary"
        disabled={!p.canTour}
        aria-pressed={p.touring}
        onClick={p.onTour}
      >
        {p.touring ? 'End tour' : 'Guided tour'}
      </button>
      <span className="twin-orbit">
        {ORBIT.map(([step, label, key, glyph]) => (
          <button
            key={step}
            type="button"
            className="twin-btn twin-orbit-btn"
            aria-label={label}
            title={`${label} (${key})`}
            onClick={() => p.onStep(step)}
          >
            <span aria-hidden="true">{glyph}</span>
          </button>
        ))}
      </span>
    </nav>
  );
}
