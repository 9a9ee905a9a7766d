/** Single-value fields: quantity (with unit), whole number, text, choice. */
import { useId } from 'react';
import { getPath } from '../../lib/edit';
import { fieldRange } from '../../lib/sweep';
import { displayUnit, isBareNumber, ungroup } from '../../lib/units';
import { warningText } from '../../lib/warningText';
import { Box, fieldIssues, Messages, quantityValue, siText } from './Box';
import type { FieldProps } from './types';

export function QuantityField(p: FieldProps<'quantity'>) {
  const { def, units } = p;
  const si = getPath(p.scenario, def.path);
  const unit = displayUnit(def.kind, units);
  return (
    <Box
      path={def.path}
      label={def.label}
      help={def.help}
      shown={siText(si, def.kind, units)}
      unitLabel={unit.label}
      placeholder={def.optional ? (def.help ?? 'optional') : undefined}
      issues={fieldIssues(p.issues, def.path)}
      toValue={(t) => quantityValue(t, def.kind, units, def.optional)}
      handlers={p}
      draft={p.drafts[def.path]}
      range={fieldRange(def.path, def.kind, units)}
    />
  );
}

export function IntegerField(p: FieldProps<'integer'>) {
  const { def } = p;
  const v = getPath(def.optional ? p.input : p.scenario, def.path);
  return (
    <Box
      path={def.path}
      label={def.label}
      help={`a whole number, ${def.min}–${def.max.toLocaleString('en-US')}`}
      shown={typeof v === 'number' ? String(v) : ''}
      issues={fieldIssues(p.issues, def.path)}
      inputMode="numeric"
      placeholder={def.placeholder}
      toValue={(typed) => {
        const t = ungroup(typed);
        return t.trim() === '' && def.optional ? undefined : isBareNumber(t) ? Number(t) : t;
      }}
      handlers={p}
      draft={p.drafts[def.path]}
    />
  );
}

export function TextField(p: FieldProps<'text'>) {
  const { def } = p;
  const v = getPath(p.input, def.path);
  return (
    <Box
      path={def.path}
      label={def.label}
      shown={typeof v === 'string' || typeof v === 'number' ? String(v) : ''}
      issues={fieldIssues(p.issues, def.path)}
      inputMode="text"
      placeholder={def.placeholder}
      toValue={(t) =>
        t.trim() === '' && def.optional ? undefined : isBareNumber(t) && def.optional ? Number(t) : t
      }
      handlers={p}
      draft={p.drafts[def.path]}
    />
  );
}

export function SelectField(p: FieldProps<'select'>) {
  const { def } = p;
  const id = useId();
  const draft = p.drafts[def.path];
  const v = draft ? draft.value : getPath(p.input, def.path);
  const issues = fieldIssues(p.issues, def.path);
  const options = def.options();
  const known = options.some((o) => o.value === v);
  return (
    <div className={`field${issues.length ? ' invalid' : ''}`} data-path={def.path}>
      <label htmlFor={id}>{def.label}</label>
      <select
        id={id}
        value={typeof v === 'string' ? v : ''}
        aria-invalid={issues.length > 0}
        aria-describedby={issues.length ? `${id}-err` : undefined}
        onChange={(e) => {
          const val = e.target.value === '' && def.optional ? undefined : e.target.value;
          p.onEdit(def.path, val, e.target.value, true);
        }}
      >
        {def.optional ? <option value="">— none —</option> : null}
        {!known && typeof v === 'string' && v !== '' ? <option value={v}>{v} (unknown)</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {/* catalog names carry their rating in SI ("V-type dry cooler 3 MW"): in the unit system */}
            {warningText(o.label, p.units)}
          </option>
        ))}
      </select>
      <Messages id={`${id}-err`} issues={issues} label={def.label} />
    </div>
  );
}
