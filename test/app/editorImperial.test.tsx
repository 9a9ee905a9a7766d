// @vitest-environment happy-dom
/**
 * Imperial values in the editor are shown rounded for reading ("3.698 gpm", not "3.69841 gpm"), SI as
 * before; a field the user only focuses and leaves stores nothing (the scenario keeps its exact value), and
 * only typing stores the typed text in the shown unit.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siText } from '../../src/app/components/editor/Box';
import { QuantityField, SelectField } from '../../src/app/components/editor/simple';
import type { FieldProps } from '../../src/app/components/editor/types';
import { editorGroups } from '../../src/app/lib/fields';
import type { UnitSystem } from '../../src/app/lib/units';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const flowDef = editorGroups({ miners: [], dryCoolers: [], plateExchangers: [], covers: [] })
  .flatMap((g) => g.fields)
  .find((f) => f.path === 'minerLoop.flowPerMiner') as FieldProps<'quantity'>['def'];
const perMiner = 14 / 60_000; // 14 L/min in m³/s = 3.69841 gpm

function props(units: UnitSystem, onEdit = vi.fn(), onCommit = vi.fn()): FieldProps<'quantity'> {
  return {
    def: flowDef,
    groups: [],
    input: { minerLoop: { flowPerMiner: '14 L/min' } },
    scenario: { minerLoop: { flowPerMiner: perMiner } },
    drafts: {},
    issues: [],
    units,
    weatherLabel: '',
    onEdit,
    onCommit,
    onRevert: vi.fn(),
    onWeatherFile: vi.fn(),
    onBundledWeather: vi.fn(),
  };
}

describe('editor values in imperial', () => {
  it('are rounded for reading; SI values are shown as before', () => {
    expect(siText(perMiner, 'smallVolumeFlow', 'imperial')).toBe('3.698');
    expect(siText(perMiner, 'smallVolumeFlow', 'SI')).toBe('14');
    expect(siText(0.08, 'volumeFlow', 'imperial')).toBe('1268'); // 80 L/s = 1268.03 gpm
    expect(siText(3e5, 'pressure', 'SI')).toBe('300');
    expect(siText(3e5, 'pressure', 'imperial')).toBe('43.51'); // 43.5113 psi
    expect(siText(273.15 + 21, 'temperature', 'imperial')).toBe('69.8');
    expect(siText(1.234567, 'plain', 'SI')).toBe('1.23457');
    expect(renderToStaticMarkup(<QuantityField {...props('imperial')} />)).toContain('value="3.698"');
    expect(renderToStaticMarkup(<QuantityField {...props('SI')} />)).toContain('value="14"');
  });
});

describe('catalog choices in imperial', () => {
  it('write their heat rating in MMBtu/h (SI as in the catalog)', () => {
    const def = editorGroups({
      miners: [],
      dryCoolers: [{ value: 'dc', label: 'V-type dry cooler 3 MW' }],
      plateExchangers: [],
      covers: [],
    })
      .flatMap((g) => g.fields)
      .find((f) => f.path === 'dryCooler.model') as FieldProps<'select'>['def'];
    const base = props('imperial');
    const imp = renderToStaticMarkup(<SelectField {...base} def={def} />);
    expect(imp).toContain('V-type dry cooler 10.2 MMBtu/h');
    const si = renderToStaticMarkup(<SelectField {...props('SI')} def={def} />);
    expect(si).toContain('V-type dry cooler 3 MW');
  });
});

describe('an untouched imperial field', () => {
  let root: ReturnType<typeof createRoot> | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    document.body.innerHTML = '';
  });

  function mount(p: FieldProps<'quantity'>): HTMLInputElement {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() => root?.render(<QuantityField {...p} />));
    return host.querySelector('input') as HTMLInputElement;
  }

  it('stores nothing when focused and left; typing stores the typed number in the shown unit', () => {
    const onEdit = vi.fn();
    const onCommit = vi.fn();
    const input = mount(props('imperial', onEdit, onCommit));
    expect(input.value).toBe('3.698');
    act(() => input.focus());
    expect(input.value).toBe('3.698');
    act(() => input.blur());
    expect(onCommit).toHaveBeenCalled();
    expect(onEdit).not.toHaveBeenCalled();

    act(() => input.focus());
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    act(() => {
      setValue?.call(input, '3.7');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit).toHaveBeenCalledWith('minerLoop.flowPerMiner', '3.7 gpm', '3.7', false);
  });
});
