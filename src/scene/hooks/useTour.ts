/** The guided tour: its steps for the hour shown, the camera and selection at each step, auto-advance. */
import { type Dispatch, type SetStateAction, useEffect, useMemo, useState } from 'react';
import type { Scenario, SimulationResult } from '../../core';
import type { ComponentId } from '../model/components';
import type { Units } from '../model/format';
import { tourSteps, type ViewName } from '../model/live';

export const TOUR_STEP_SECONDS = 9;

export type TourState = { index: number; paused: boolean } | null;

export function useTour(
  result: SimulationResult | null,
  scenario: Scenario,
  hour: number,
  units: Units,
  goTo: (v: ViewName) => void,
  select: (id: ComponentId | null) => void,
): { tour: TourState; setTour: Dispatch<SetStateAction<TourState>>; steps: ReturnType<typeof tourSteps> } {
  const [tour, setTour] = useState<TourState>(null);
  const touring = tour !== null;
  const steps = useMemo(
    () => (result && touring ? tourSteps(result, scenario, hour, units) : []),
    [result, scenario, hour, units, touring],
  );
  const tourIndex = tour?.index ?? -1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: move the camera only when the step changes
  useEffect(() => {
    if (tourIndex < 0) return;
    const s = steps[tourIndex];
    if (!s) return;
    goTo(s.view);
    select(s.select);
  }, [tourIndex]);
  useEffect(() => {
    if (!tour || tour.paused) return;
    const t = setTimeout(() => {
      setTour((cur) => (cur && cur.index + 1 < steps.length ? { ...cur, index: cur.index + 1 } : null));
    }, TOUR_STEP_SECONDS * 1000);
    return () => clearTimeout(t);
  }, [tour, steps.length]);
  return { tour, setTour, steps };
}
