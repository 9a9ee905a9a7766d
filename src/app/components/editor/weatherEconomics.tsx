/** The weather year (bundled or an uploaded EPW) and the remaining economics fields. */
import { useId, useState } from 'react';
import { getPath } from '../../lib/edit';
import { isBareNumber } from '../../lib/units';
import { Box, fieldIssues } from './Box';
import type { FieldProps } from './types';

export function WeatherField(p: FieldProps<'weather'>) {
  const id = useId();
  return (
    <fieldset className="field plain" data-path={p.def.path}>
      <legend className="label">{p.def.label}</legend>
      <p className="weather-name">{p.weatherLabel}</p>
      <div className="row">
        <label className="button small" htmlFor={id}>
          Upload EPW…
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".epw,text/plain"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onWeatherFile(f);
            e.target.value = '';
          }}
        />
        {String(getPath(p.input, 'site.weather')) !== 'bundled:winnipeg-tmyx' ? (
          <button type="button" className="small" onClick={p.onBundledWeather}>
            Use bundled Winnipeg year
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

export function EconomicsFields(p: FieldProps<'economics'>) {
  const econ = (getPath(p.input, 'economics') as Record<string, unknown> | undefined) ?? {};
  const covered = new Set(
    p.groups
      .flatMap((g) => g.fields.map((f) => f.path))
      .filter((x) => x.startsWith('economics.'))
      .map((x) => x.split('.')[1]!),
  );
  const keys = Object.keys(econ).filter((k) => !covered.has(k));
  const [newKey, setNewKey] = useState('');
  return (
    <div className="econ">
      <p className="muted">
        Other fields of the economics section (JSON values), e.g. heatContract ={' '}
        {'{"type": "price", "price": "20 CAD/MWh"}'}.
      </p>

      {keys.map((k) => {
        const path = `economics.${k}`;
        const v = econ[k];
        const isText = typeof v === 'string' || typeof v === 'number';
        return (
          <Box
            key={k}
            path={path}
            label={k}
            shown={isText ? String(v) : JSON.stringify(v)}
            issues={fieldIssues(p.issues, path)}
            inputMode="text"
            toValue={(t) => {
              if (isText) return isBareNumber(t) ? Number(t) : t;
              try {
                return JSON.parse(t);
              } catch {
                return t;
              }
            }}
            handlers={p}
            draft={p.drafts[path]}
          />
        );
      })}
      <div className="row add-econ">
        <input
          aria-label="New economics field name"
          placeholder="new field name"
          value={newKey}
          onChange={(e) => setNewKey(e.target.value.replace(/[^A-Za-z0-9_]/g, ''))}
        />
        <button
          type="button"
          className="small"
          disabled={!newKey || newKey in econ}
          onClick={() => {
            p.onEdit(`economics.${newKey}`, '', '', true);
            setNewKey('');
          }}
        >
          Add
        </button>
      </div>
    </div>
  );
}
