/** The proposal screen's fields for the two parties' names and logos (not printed). */
import { useId, useState } from 'react';
import { LOGO_LIMIT, logoProblem, type Parties, type Party, type PartyRole, readDataUrl } from './parties';

const ROLES: { role: PartyRole; label: string; placeholder: string }[] = [
  { role: 'host', label: 'Greenhouse (host)', placeholder: 'e.g. Prairie Greens Ltd.' },
  { role: 'operator', label: 'Mining operator', placeholder: 'e.g. Northern Hash Inc.' },
];

function PartyFields(props: {
  role: PartyRole;
  label: string;
  placeholder: string;
  party: Party;
  onChange(role: PartyRole, change: Partial<Party>): void;
}) {
  const { role, label, placeholder, party, onChange } = props;
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const why = logoProblem(file);
    setProblem(why);
    if (why) return;
    try {
      onChange(role, { logo: await readDataUrl(file) });
    } catch (e) {
      setProblem(`Could not read “${file.name}”: ${(e as Error).message}`);
    }
  };
  return (
    <fieldset className="pp-party" data-party={role}>
      <legend>{label}</legend>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        type="text"
        value={party.name}
        placeholder={placeholder}
        onChange={(e) => onChange(role, { name: e.target.value })}
      />
      <label htmlFor={`${id}-logo`}>Logo (image, at most {LOGO_LIMIT / 1024} KB)</label>
      <div className="pp-logo-row">
        <input
          id={`${id}-logo`}
          type="file"
          accept="image/*"
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {party.logo ? (
          <button type="button" onClick={() => onChange(role, { logo: null })}>
            Remove logo
          </button>
        ) : null}
      </div>
      {problem ? (
        <p className="pp-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

export function PartiesEditor(props: {
  parties: Parties;
  onChange(role: PartyRole, change: Partial<Party>): void;
}) {
  return (
    <div className="pp-parties no-print">
      {ROLES.map((r) => (
        <PartyFields key={r.role} {...r} party={props.parties[r.role]} onChange={props.onChange} />
      ))}
      <p className="pp-hint">
        Names and logos are printed in the header; they are kept while the app is open.
      </p>
    </div>
  );
}
