/** The page header: scenario library, undo/redo, 3D and unit switches, files and sharing. */
import type { LibraryActions } from '../hooks/useLibraryActions';
import { PRESETS, presetLabel } from '../lib/presets';
import type { ScenarioDoc } from '../lib/storage';
import type { UnitSystem } from '../lib/units';

export interface TopBarProps {
  title: string;
  doc: ScenarioDoc | null;
  lib: LibraryActions;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  show3d: boolean;
  onShow3d(on: boolean): void;
  units: UnitSystem;
  onUnits(u: UnitSystem): void;
  hasRun: boolean;
  onShare(): void;
  onHourlyCsv(): void;
  onMonthlyCsv(): void;
  onProposal(): void;
}

/** The scenario library (switch, new from preset, duplicate, delete) and undo/redo. */
function LibraryTools(p: TopBarProps) {
  const { doc, lib } = p;
  return (
    <div className="toolbar" role="toolbar" aria-label="Scenario">
      <label className="tool">
        <span>Scenario</span>
        <select
          aria-label="Saved scenarios"
          value={doc?.id ?? ''}
          onChange={(e) => void lib.switchTo(e.target.value)}
        >
          {doc && !lib.docs.some((x) => x.id === doc.id) ? <option value={doc.id}>{doc.name}</option> : null}
          {lib.docs.map((x) => (
            <option key={x.id} value={x.id}>
              {x.id === doc?.id ? doc.name : x.name}
            </option>
          ))}
        </select>
      </label>
      <label className="tool">
        <span>New from preset</span>
        <select
          aria-label="New scenario from preset"
          value=""
          onChange={(e) => void lib.fromPreset(e.target.value)}
        >
          <option value="">Choose a site…</option>
          {PRESETS.map((x) => (
            <option key={x.id} value={x.id}>
              {presetLabel(x, p.units)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void lib.duplicate()}>
        Duplicate
      </button>
      <button type="button" onClick={() => void lib.remove()} disabled={lib.docs.length <= 1}>
        Delete
      </button>
      <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo the last edit (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </div>
  );
}

/** The 3D view switch and the unit system. */
function ViewSwitches(p: TopBarProps) {
  return (
    <>
      <label className="switch">
        <input type="checkbox" checked={p.show3d} onChange={(e) => p.onShow3d(e.target.checked)} />
        3D view
      </label>
      <fieldset className="units" aria-label="Units">
        <legend className="visually-hidden">Units</legend>
        {(['SI', 'imperial'] as const).map((u) => (
          <label key={u} className={p.units === u ? 'on' : ''}>
            <input
              type="radio"
              name="units"
              value={u}
              checked={p.units === u}
              onChange={() => p.onUnits(u)}
            />
            {u === 'SI' ? 'SI' : 'Imperial'}
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** Import and export JSON, the share link, the CSV files and the host proposal. */
function FileTools(p: TopBarProps) {
  const { lib } = p;
  return (
    <div className="toolbar" role="toolbar" aria-label="Files and sharing">
      <label className="button" htmlFor="import-json">
        Import
      </label>
      <input
        id="import-json"
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void lib.importFile(f);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={lib.exportJson}>
        Export
      </button>
      <button type="button" onClick={p.onShare}>
        Share link
      </button>
      <button type="button" disabled={!p.hasRun} onClick={p.onHourlyCsv}>
        Hourly CSV
      </button>
      <button type="button" disabled={!p.hasRun} onClick={p.onMonthlyCsv}>
        Monthly CSV
      </button>
      <button type="button" className="primary" disabled={!p.hasRun} onClick={p.onProposal}>
        Host proposal
      </button>
    </div>
  );
}

export function TopBar(p: TopBarProps) {
  return (
    <header className="top">
      <div className="brand">
        <h1>Heat Reuse Twin</h1>
        <p className="tag">{p.title}</p>
      </div>
      <LibraryTools {...p} />
      <ViewSwitches {...p} />
      <FileTools {...p} />
    </header>
  );
}
