import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Renders an Observable Plot figure into a div, again when the data or the div's width change. `build` receives the
 * available width and returns the element made by Plot.plot.
 */
export function usePlot(build: (width: number) => Element, deps: readonly unknown[]): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const figure = build(width || el.clientWidth || 720);
    // The figure is one image (its numbers are in a table next to it): Plot's per-mark aria-labels on plain groups
    // are not allowed ARIA there, so they go.
    figure.setAttribute('role', 'img');
    for (const g of figure.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
    el.replaceChildren(figure);
    return () => figure.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, width]);
  return ref;
}
