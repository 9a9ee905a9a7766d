/**
 * Laptop-first: size an element so that it ends at the bottom of the first screen (from where it starts when
 * the page is at the top), between `min` and `max` pixels. Measured after every render of the owner and on
 * resize (one layout read). Phones (narrow screens) keep their CSS height.
 */
import { type RefObject, useEffect, useLayoutEffect } from 'react';

function fitTo(el: HTMLElement | null, min: number, max: number): void {
  if (!el) return;
  if (window.innerWidth < 700) {
    el.style.height = '';
    return;
  }
  const top = el.getBoundingClientRect().top + window.scrollY;
  const h = Math.round(Math.min(max, Math.max(min, window.innerHeight - top - 10)));
  el.style.height = `${h}px`;
}

export function useFitHeight(ref: RefObject<HTMLElement | null>, min: number, max: number): void {
  useLayoutEffect(() => fitTo(ref.current, min, max));
  useEffect(() => {
    const onResize = () => fitTo(ref.current, min, max);
    window.addEventListener('resize', onResize);
    // Content above (KPI cards, warnings, web fonts) can settle after a render: measure again then.
    const ro = new ResizeObserver(onResize);
    const above = ref.current?.parentElement;
    if (above) ro.observe(above);
    return () => {
      window.removeEventListener('resize', onResize);
      ro.disconnect();
    };
  }, [ref, min, max]);
}
