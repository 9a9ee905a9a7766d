/**
 * Development harness of the 3D twin (open /#scene-harness): loads the Manitoba pilot, runs the annual
 * simulation on the main thread and shows TwinScene full-window with its own hour state.
 * URL parameters: ?miners=3600 (miners.count), ?modules=8, ?area=5ha (greenhouse.floorArea),
 * ?tank=50 (bufferTank.volume, m³), ?hour=… (start hour), ?units=imperial, ?view=exchanger, ?quality=low|high (else auto),
 * ?set=path:value;path:value (any scenario field, e.g. set=miners.availability:90 %),
 * ?site=ai-racks-heat-pump (another bundled scenario of models/sites instead of the pilot).
 */
import { useEffect, useMemo, useState } from 'react';
import { loadScenario, type Scenario, type SimulationResult, setField, simulate } from '../core';
import pilot from '../../models/sites/manitoba-pilot.json';

/** The bundled scenarios (models/sites/*.json) by file name. */
const SITES = import.meta.glob<{ default: unknown }>('../../models/sites/*.json', { eager: true });
const bundled = (name: string | null): unknown =>
  (name && SITES[`../../models/sites/${name}.json`]?.default) || pilot;
import type { ViewName } from './model/live';
import { qualityParam } from './three/renderer';
import TwinScene from './TwinScene';

function scenarioFromUrl(params: URLSearchParams): { scenario: Scenario; error: string | null } {
  let input: unknown = bundled(params.get('site'));
  const set = (path: string, value: unknown) => {
    input = setField(input, path, value);
  };
  const miners = params.get('miners');
  if (miners) set('miners.count', Number(miners));
  const modules = params.get('modules');
  if (modules) set('miners.modules', Number(modules));
  const area = params.get('area');
  if (area)
    set('greenhouse.floorArea', /[a-z]/i.test(area) ? area.replace(/(\d)([a-z])/i, '$1 $2') : Number(area));
  const tank = params.get('tank');
  if (tank) set('bufferTank.volume', `${Number(tank)} m^3`);
  // ?set=miners.availability:90 %;minerLoop.inletSetpoint:76 degC — any scenario field (unit strings allowed).
  for (const pair of (params.get('set') ?? '').split(';').filter(Boolean)) {
    const k = pair.indexOf(':');
    if (k > 0) set(pair.slice(0, k).trim(), pair.slice(k + 1).trim());
  }
  try {
    return { scenario: loadScenario(input), error: null };
  } catch (e) {
    return { scenario: loadScenario(pilot), error: (e as Error).message };
  }
}

export default function Harness() {
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const { scenario, error } = useMemo(() => scenarioFromUrl(params), [params]);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [hour, setHour] = useState(() => Number(params.get('hour') ?? 18 * 24 + 19));
  const [units, setUnits] = useState<'SI' | 'imperial'>(
    params.get('units') === 'imperial' ? 'imperial' : 'SI',
  );
  const [ms, setMs] = useState(0);
  useEffect(() => {
    // Let the first frame paint before the ~0.5 s year runs on the main thread.
    const t = setTimeout(() => {
      const t0 = performance.now();
      const r = simulate(scenario);
      setMs(performance.now() - t0);
      setResult(r);
    }, 50);
    return () => clearTimeout(t);
  }, [scenario]);
  return (
    <div style={{ position: 'fixed', inset: 0 }}>
      <TwinScene
        scenario={scenario}
        result={result}
        hour={hour}
        onHourChange={setHour}
        units={units}
        initialView={(params.get('view') as ViewName | null) ?? 'overview'}
        quality={qualityParam(params.get('quality'))}
      />
      <div
        style={{
          position: 'absolute',
          left: 12,
          bottom: 250,
          padding: '4px 8px',
          borderRadius: 6,
          background: 'rgba(10,17,25,0.7)',
          color: '#9fb0c1',
          font: '11px system-ui, sans-serif',
        }}
      >
        harness · {scenario.miners.count} miners · {result ? `year in ${Math.round(ms)} ms` : 'simulating…'}
        {error ? ` · scenario error: ${error}` : ''} ·{' '}
        <label>
          units{' '}
          <select
            value={units}
            onChange={(e) => setUnits(e.target.value as 'SI' | 'imperial')}
            aria-label="Units"
          >
            <option value="SI">SI</option>
            <option value="imperial">imperial</option>
          </select>
        </label>
      </div>
    </div>
  );
}
