/**
 * The twin's model for one render: layout and colour scale of the scenario, one controller for the
 * component's life with the hour's live state written into its uniforms, the clamped hour and the jumps.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../core';
import { coldestNight, summerAfternoon } from '../model/calendar';
import { temperatureScale } from '../model/colormap';
import type { ComponentId } from '../model/components';
import { type KeyedLayout, layoutFor } from '../model/layout';
import { computeLive, flowReferences, type ViewName } from '../model/live';
import { TwinController } from '../three/controller';

export function useTwinModel(
  scenario: Scenario,
  result: SimulationResult | null,
  hourProp: number,
  initialView: ViewName,
) {
  // the previous layout object while the plant is drawn the same (model/layout.ts layoutFor)
  const lastLayout = useRef<KeyedLayout | null>(null);
  const layout = useMemo(() => {
    lastLayout.current = layoutFor(scenario, lastLayout.current);
    return lastLayout.current.layout;
  }, [scenario]);
  const scale = useMemo(() => temperatureScale(scenario), [scenario]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one controller for the component's life
  const ctrl = useMemo(() => {
    const c = new TwinController();
    c.view = initialView;
    return c;
  }, []);
  ctrl.layout = layout;
  ctrl.scale = scale;
  const flowRef = useMemo(() => (result ? flowReferences(result) : null), [result]);
  const hours = result?.hours ?? 0;
  const hour = hours ? Math.min(hours - 1, Math.max(0, Math.floor(hourProp) || 0)) : 0;
  const leap = result?.weather.hours === 8784;

  // Live state: written into the controller's uniforms synchronously with the hour.
  // (Idempotent writes into the controller's own uniforms, so doing it while rendering is safe.)
  computeLive(ctrl.live, result, scale, hour, flowRef);
  ctrl.applyLive();

  const coldest = useMemo(
    () => (result ? coldestNight(result.series.outdoorT, result.series.isDay) : null),
    [result],
  );
  const summer = useMemo(
    () => (result ? summerAfternoon(result.series.outdoorT, leap) : null),
    [result, leap],
  );
  return { layout, scale, ctrl, hours, hour, leap, coldest, summer };
}

/** The selected component (and miner module), mirrored into the controller's highlight; reset with the plant. */
export function useSelection(ctrl: TwinController, layout: unknown) {
  const [selected, setSelected] = useState<ComponentId | null>(null);
  const [container, setContainer] = useState<number | null>(null);
  const select = useCallback(
    (id: ComponentId | null, c?: number) => {
      setSelected(id);
      setContainer(id === 'miners' && c !== undefined ? c : null);
      ctrl.select(id);
    },
    [ctrl],
  );
  // Reset the selection when the plant changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the layout changes
  useEffect(() => {
    ctrl.select(null);
    setSelected(null);
    setContainer(null);
  }, [ctrl, layout]);
  return { selected, container, select };
}
