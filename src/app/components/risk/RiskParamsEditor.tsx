/**
 * Editor of the Monte Carlo parameters (`economics.risk`): one input per declared field, with its doc, unit
 * range and source from the core's declaration (`RISK_PARAMS`). Edits are passed up as
 * (dotted path, text) — e.g. ("economics.risk.btcVolatility", "60 %") — for the app's scenario editor,
 * which validates them with the core's schema like any other field.
 */
import { RISK_PARAMS } from '../../../core';

export interface RiskParamsEditorProps {
  /** Current values as the scenario input has them (unit strings or numbers); missing = default. */
  values: Readonly<Record<string, unknown>>;
  onChange: (path: string, text: string) => void;
  /** Error text per field key, from validation. */
  errors?: Readonly<Record<string, string>>;
}

const YEAR = 365.25 * 86400;

/** The default shown as people write it: rates in %, the halving delay in years. */
function shownDefault(key: string, v: unknown): string {
  if (typeof v !== 'number') return '';
  if (key === 'yearsToHalving') return `${+(v / YEAR).toFixed(2)} year`;
  if (key === 'feesPerBlock' || key === 'blockSubsidy') return String(v);
  return `${+(v * 100).toFixed(2)} %`;
}

export function RiskParamsEditor({ values, onChange, errors = {} }: RiskParamsEditorProps) {
  return (
    <fieldset className="risk-params">
      <legend>{RISK_PARAMS.doc}</legend>
      {Object.entries(RISK_PARAMS.fields).map(([key, p]) => {
        const id = `risk-${key}`;
        const v = values[key];
        const err = errors[key];
        return (
          <div key={key} className="field">
            <label htmlFor={id} title={p.meta.source}>
              {p.meta.doc}
            </label>
            <input
              id={id}
              type="text"
              value={v === undefined ? '' : String(v)}
              placeholder={shownDefault(key, p.meta.default)}
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `${id}-err` : undefined}
              onChange={(e) => onChange(`economics.risk.${key}`, e.currentTarget.value)}
            />
            {err && (
              <span id={`${id}-err`} className="field-error">
                {err}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
