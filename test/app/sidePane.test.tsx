// @vitest-environment happy-dom
/**
 * The scenario pane is drawn again only when something it shows changed (components/SidePane.tsx): a result
 * arriving makes a new document-state object with the same contents, and must not re-render the editor.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { loadScenario } from '../../src/core';
import { SidePane, samePaneProps } from '../../src/app/components/SidePane';
import type { DocumentState } from '../../src/app/hooks/useDocument';
import { editorGroups } from '../../src/app/lib/fields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const groups = editorGroups({ miners: [], dryCoolers: [], plateExchangers: [], covers: [] });

function documentState(): DocumentState {
  return {
    doc: { edit: { input: manitoba, drafts: {} } },
    scenario: loadScenario(manitoba),
    issues: [],
    onEdit: vi.fn(),
    onRevert: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    onWeatherFile: vi.fn(),
    onBundledWeather: vi.fn(),
    canUndo: false,
  } as unknown as DocumentState;
}

describe('the scenario pane', () => {
  const onCommit = () => {};
  const d = documentState();
  const props = { groups, document: d, units: 'SI' as const, onCommit };

  it('is the same for a new document-state object with the same contents (a result arrived)', () => {
    expect(samePaneProps(props, { ...props, document: { ...d, canUndo: true } })).toBe(true);
  });

  it('is drawn again when the document, its scenario, issues or a handler changes, or the units', () => {
    const changed: Partial<DocumentState>[] = [
      { doc: { ...d.doc! } },
      { scenario: loadScenario(manitoba) },
      { issues: [] },
      { onEdit: vi.fn() },
      { onRevert: vi.fn() },
      { undo: vi.fn() },
      { redo: vi.fn() },
      { onWeatherFile: vi.fn() },
      { onBundledWeather: vi.fn() },
    ];
    for (const c of changed) expect(samePaneProps(props, { ...props, document: { ...d, ...c } })).toBe(false);
    expect(samePaneProps(props, { ...props, units: 'imperial' })).toBe(false);
    expect(samePaneProps(props, { ...props, onCommit: () => {} })).toBe(false);
  });

  it('keeps the editor’s fields when only the document-state object is new', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    act(() => root.render(<SidePane {...props} />));
    const input = el.querySelector('[data-path="heatExchanger.area"] input') as HTMLInputElement;
    expect(input).not.toBeNull();
    // a value written straight into the field's DOM stays: React did not render the field again (it would
    // have written the field's own value back)
    input.value = '77';
    act(() => root.render(<SidePane {...props} document={{ ...d }} />));
    expect((el.querySelector('[data-path="heatExchanger.area"] input') as HTMLInputElement).value).toBe('77');
    act(() => root.render(<SidePane {...props} units="imperial" />));
    expect(el.querySelector('[data-path="heatExchanger.area"] input')).not.toBeNull();
    act(() => root.unmount());
  });
});
