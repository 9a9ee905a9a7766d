/** The weather year (bundled or an uploaded EPW) and the economics choices. */
import { useId } from 'react';
import { getPath } from '../../lib/edit';
import { ChoiceField } from './econChoices';
import { VARIANT_KEYS, VARIANTS } from './econVariants';
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

/** What the editor says about an economics key it has no field for (never raw JSON to type). */
function otherKeyNote(k: string): string {
  if (k === 'risk') return 'Monte Carlo parameters (economics.risk): edit them in the Risk & compare tab.';
  return `economics.${k} is set in the scenario file and kept as it is.`;
}

/** The economics choices (mining revenue, tariffs, demand charge, heat contract) and notes on other keys. */
export function EconomicsFields(p: FieldProps<'economics'>) {
  const econ = (getPath(p.input, 'economics') as Record<string, unknown> | undefined) ?? {};
  const covered = new Set([
    ...VARIANT_KEYS,
    ...p.groups
      .flatMap((g) => g.fields.map((f) => f.path))
      .filter((x) => x.startsWith('economics.'))
      .map((x) => x.split('.')[1]!),
  ]);
  const others = Object.keys(econ).filter((k) => !covered.has(k));
  return (
    <div className="econ">
      {VARIANTS.map((v) => (
        <ChoiceField key={v.path} p={p} variant={v} />
      ))}
      {others.map((k) => (
        <p key={k} className="muted econ-note" data-path={`economics.${k}`}>
          {otherKeyNote(k)}
        </p>
      ))}
    </div>
  );
}
