import type { ScenarioIssue } from '../../../core';
import type { Draft, ScenarioJson } from '../../lib/edit';
import type { FieldDef, Group } from '../../lib/fields';
import type { UnitSystem } from '../../lib/units';

export interface EditHandlers {
  /** Apply an edit; `immediate` runs the simulation at once (Enter, blur, selects), else after a pause. */
  onEdit(path: string, value: unknown, text: string, immediate: boolean): void;
  /** Flush a pending (debounced) run now. */
  onCommit(): void;
  /** Drop a field's invalid draft. */
  onRevert(path: string): void;
  /** Upload an EPW file for the weather. */
  onWeatherFile(file: File): void;
  /** Back to the bundled weather year. */
  onBundledWeather(): void;
  /** App-level undo/redo (a field whose own typing has nothing left to undo passes Ctrl+Z on). */
  onUndo?(): void;
  onRedo?(): void;
}

export interface Props extends EditHandlers {
  groups: Group[];
  input: ScenarioJson;
  /** The last valid scenario, SI units. */
  scenario: unknown;
  drafts: Record<string, Draft>;
  issues: ScenarioIssue[];
  units: UnitSystem;
  weatherLabel: string;
}

export type FieldProps<T extends FieldDef['type']> = Props & { def: Extract<FieldDef, { type: T }> };
