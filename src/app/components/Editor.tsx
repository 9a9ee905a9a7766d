/**
 * The scenario editor: groups of labelled fields; quantities take unit strings ("2 ha", "160 gpm") and show
 * the display unit of the current system; messages from the schema appear beside the field.
 */
import type { ScenarioIssue } from '../../core';
import type { FieldDef, Group } from '../lib/fields';
import { fieldIssues } from './editor/Box';
import { FluidField, HeatingCurve } from './editor/composite';
import { IntegerField, QuantityField, SelectField, TextField } from './editor/simple';
import type { Props } from './editor/types';
import { EconomicsFields, WeatherField } from './editor/weatherEconomics';

export { quantityValue } from './editor/Box';
export { splitFluid } from './editor/composite';
export type { EditHandlers } from './editor/types';

export function Editor(props: Props) {
  const { groups } = props;
  return (
    <form className="editor" aria-label="Scenario editor" onSubmit={(e) => e.preventDefault()}>
      {groups.map((g, i) => (
        <details key={g.id} className="group" open={i < 2 || g.id === 'greenhouse'} data-group={g.id}>
          <summary>
            <span>{g.title}</span>
            {groupHasIssues(g, props.issues) ? <span className="badge-bad">check</span> : null}
          </summary>
          <div className="fields">
            {g.fields.map((f) => (
              <FieldRow key={f.path} def={f} {...props} />
            ))}
          </div>
        </details>
      ))}
    </form>
  );
}

function groupHasIssues(g: Group, issues: ScenarioIssue[]): boolean {
  return g.fields.some((f) => fieldIssues(issues, f.path).length > 0);
}

function FieldRow(props: Props & { def: FieldDef }) {
  const { def } = props;
  switch (def.type) {
    case 'quantity':
      return <QuantityField {...props} def={def} />;
    case 'integer':
      return <IntegerField {...props} def={def} />;
    case 'select':
      return <SelectField {...props} def={def} />;
    case 'text':
      return <TextField {...props} def={def} />;
    case 'fluid':
      return <FluidField {...props} def={def} />;
    case 'heatingCurve':
      return <HeatingCurve {...props} def={def} />;
    case 'weather':
      return <WeatherField {...props} def={def} />;
    case 'economics':
      return <EconomicsFields {...props} def={def} />;
  }
}
