/** The left column: the note on edits not applied yet, and the scenario editor. */
import type { DocumentState } from '../hooks/useDocument';
import type { Group } from '../lib/fields';
import type { UnitSystem } from '../lib/units';
import { Editor } from './Editor';

export function SidePane({
  groups,
  document,
  units,
  onCommit,
}: {
  groups: Group[];
  document: DocumentState;
  units: UnitSystem;
  onCommit(): void;
}) {
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
