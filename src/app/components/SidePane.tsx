/** The left column: the note on edits not applied yet, and the scenario editor. */
import { memo } from 'react';
import type { DocumentState } from '../hooks/useDocument';
import type { Group } from '../lib/fields';
import type { UnitSystem } from '../lib/units';
import { Editor } from './Editor';

interface Props {
  groups: Group[];
  document: DocumentState;
  units: UnitSystem;
  onCommit(): void;
}

/** What the pane reads of the document state (an object made afresh on every render of the page). */
const READ = [
  'doc',
  'scenario',
  'issues',
  'onEdit',
  'onRevert',
  'undo',
  'redo',
  'onWeatherFile',
  'onBundledWeather',
] as const satisfies readonly (keyof DocumentState)[];

/**
 * Whether the pane would draw the same: the same groups, units, commit and everything it reads of the document.
 * A result arriving changes none of them, so the editor's ~60 fields are not rendered again while the page
 * shows the new numbers (≈ 5–9 ms of the main thread per result in software rendering).
 */
export function samePaneProps(a: Props, b: Props): boolean {
  return (
    a.groups === b.groups &&
    a.units === b.units &&
    a.onCommit === b.onCommit &&
    READ.every((k) => a.document[k] === b.document[k])
  );
}

export const SidePane = memo(SidePaneView, samePaneProps);

function SidePaneView({ groups, document, units, onCommit }: Props) {
  const { doc, scenario, issues } = document;
  const edit = doc?.edit;
  const pendingEdits = Object.keys(edit?.drafts ?? {}).length;
  const weatherLabel = doc?.weather
    ? `${doc.weather.fileName} — ${doc.weather.location}`
    : 'Bundled typical year: Winnipeg The Forks (TMYx)';
  return (
    <aside className="side" aria-label="Scenario">
      {pendingEdits ? (
        <p className="draft-note" role="status">
          {pendingEdits} edit{pendingEdits === 1 ? '' : 's'} not applied yet (marked in red): the results show
          the last valid scenario.
        </p>
      ) : null}
      {edit && scenario ? (
        <Editor
          groups={groups}
          input={edit.input}
          scenario={scenario}
          drafts={edit.drafts}
          issues={issues}
          units={units}
          weatherLabel={weatherLabel}
          onEdit={document.onEdit}
          onCommit={onCommit}
          onRevert={document.onRevert}
          onUndo={document.undo}
          onRedo={document.redo}
          onWeatherFile={(f) => void document.onWeatherFile(f)}
          onBundledWeather={document.onBundledWeather}
        />
      ) : (
        <p className="muted">Loading the scenario…</p>
      )}
    </aside>
  );
}
