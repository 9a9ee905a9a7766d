/**
 * The twin's DOM panels over the canvas (title, headline cards, viewpoints and inspect panel, legend, time
 * bar, tour caption) as rectangles the in-scene labels keep clear of; measured after every render and when
 * the window resizes.
 */
import { type RefObject, useEffect, useLayoutEffect } from 'react';
import type { Rect } from '../model/declutter';
import type { TwinController } from '../three/controller';

const PANELS = '.twin-title, .twin-headline > *, .twin-right > *, .twin-legend, .twin-time, .twin-tour';

export function useLabelObstacles(ctrl: TwinController, section: RefObject<HTMLElement | null>): void {
  // No dependency list: measure after every render (panels change size).
  useLayoutEffect(() => measure(ctrl, section.current));
  useEffect(() => {
    const onResize = () => {
      measure(ctrl, section.current);
      ctrl.requestFrames(2);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [ctrl, section]);
}

function measure(ctrl: TwinController, el: HTMLElement | null): void {
  if (!el) return;
  const o = el.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const p of el.querySelectorAll<HTMLElement>(PANELS)) {
    const r = p.getBoundingClientRect();
    if (r.width > 0 && r.height > 0)
      rects.push({ x0: r.left - o.left, y0: r.top - o.top, x1: r.right - o.left, y1: r.bottom - o.top });
  }
  ctrl.labelObstacles = rects;
}
