/** Composite fields: the coolant (fluid and glycol share) and the heating curve. */
import { useId } from 'react';
import { getPath } from '../../lib/edit';
import { displayUnit } from '../../lib/units';
import { Box, fieldIssues, Messages, quantityValue, siText } from './Box';
import type { FieldProps } from './types';

const FLUIDS = [
  { value: 'water', label: 'Water' },
  { value: 'propylene-glycol', label: 'Propylene glycol' },
  { value: 'ethylene-glycol', label: 'Ethylene glycol' },
];

/** "propylene-glycol 55%" → ["propylene-glycol", "55"]. */
export function splitFluid(text: string): [string, string] {
  const m = /^\s*([A-Za-z][A-Za-z-]*)\s*(\d+(?:\.\d*)?)?\s*%?\s*$/.exec(text);
  if (!m) return [text, ''];
  return [m[1]!.toLowerCase(), m[2] ?? ''];
}

export function FluidField(p: FieldProps<'fluid'>) {
  const { def } = p;
  const id = useId();
  const draft = p.drafts[def.path];
  const raw = String(draft ? draft.value : (getPath(p.input, def.path) ?? 'water'));
  const [name, share] = splitFluid(raw);
  const issues = fieldIssues(p.issues, def.path);
  const set = (n: string, s: string, immediate: boolean) => {
    const text = n === 'water' ? 'water' : `${n} ${s || '30'}%`;
    p.onEdit(def.path, text, text, immediate);
  };
  return (
    <div className={`field${issues.length ? ' invalid' : ''}`} data-path={def.path}>
      <label htmlFor={id}>{def.label}</label>
      <div className="fluid">
        <select id={id} value={name} onChange={(e) => set(e.target.value, share, true)}>
          {FLUIDS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        {name !== 'water' ? (
          <div className="input-unit share">
            <input
              aria-label="Glycol share by mass"
              type="text"
              inputMode="decimal"
              value={share}
              onChange={(e) => set(name, e.target.value, false)}
              onBlur={p.onCommit}
              onKeyDown={(e) => e.key === 'Enter' && p.onCommit()}
            />
            <span className="unit">% glycol</span>
          </div>
        ) : null}
      </div>
      <Messages id={`${id}-err`} issues={issues} label={def.label} />
    </div>
  );
}

export function HeatingCurve(p: FieldProps<'heatingCurve'>) {
  const { def, units } = p;
  const rows = (getPath(p.input, def.path) as unknown[] | undefined) ?? [];
  const issues = fieldIssues(p.issues, def.path);
  const unit = displayUnit('temperature', units);
  const setRows = (next: unknown[]) => p.onEdit(def.path, next, JSON.stringify(next), true);
  return (
    <fieldset className="curve" data-path={def.path}>
      <legend>{def.label}: supply temperature vs outdoor</legend>
      <div className="curve-head" aria-hidden="true">
        <span>Outdoor ({unit.label})</span>
        <span>Supply ({unit.label})</span>
        <span />
      </div>
      {rows.map((_, i) => {
        const base = `${def.path}.${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (index = path)
          <div className="curve-row" key={i}>
            {(['outdoor', 'supply'] as const).map((k) => (
              <Box
                key={k}
                path={`${base}.${k}`}
                label={`Point ${i + 1} ${k}`}
                shown={siText(getPath(p.scenario, `${base}.${k}`), 'temperature', units)}
                unitLabel={unit.label}
                issues={fieldIssues(p.issues, `${base}.${k}`)}
                toValue={(t) => quantityValue(t, 'temperature', units)}
                handlers={p}
                draft={p.drafts[`${base}.${k}`]}
              />
            ))}
            <button
              type="button"
              className="icon"
              aria-label={`Remove point ${i + 1}`}
              disabled={rows.length <= 1}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="link"
        onClick={() => {
          const last = rows[rows.length - 1] as Record<string, unknown> | undefined;
          setRows([...rows, last ? { ...last } : { outdoor: '0 degC', supply: '60 degC' }]);
        }}
      >
        + Add point
      </button>
      <Messages
        id={`${def.path}-err`}
        issues={issues.filter((i) => !/\.\d+\.(outdoor|supply)$/.test(i.path))}
        label={def.label}
      />
    </fieldset>
  );
}
