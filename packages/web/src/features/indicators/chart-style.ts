// Each series differs by mark shape and line pattern, not only by colour, so the chart reads in greyscale too.
import type { SeriesInfo } from './series';

// Dark theme colours (≥ 4.5:1 on white).
const OBSERVED_COLOURS = ['#0d5c4e', '#1d4f9c', '#5b3d8f', '#4b5460', '#094538'];
const OBSERVED_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
/** Line patterns of successive observed sources: solid, then long and short dashes. */
const OBSERVED_DASHES = [null, '10 3', '4 2 1 2', '1 0', '6 2'];

export interface SeriesStyle {
  colour: string;
  /** Plot symbol name, or null for a line without marks. */
  symbol: string | null;
  /** SVG stroke-dasharray, or null for a solid line; "none" for marks without a line. */
  dash: string | null | 'none';
}

export function seriesStyle(s: SeriesInfo): SeriesStyle {
  switch (s.kind) {
    case 'observed':
      return {
        colour: OBSERVED_COLOURS[s.index % OBSERVED_COLOURS.length],
        symbol: OBSERVED_SYMBOLS[s.index % OBSERVED_SYMBOLS.length],
        dash: OBSERVED_DASHES[s.index % OBSERVED_DASHES.length],
      };
    case 'milestone':
      return { colour: '#a12329', symbol: 'star', dash: 'none' };
    case 'trajectory':
      return { colour: '#1a1d21', symbol: null, dash: '8 4' };
    case 'projection':
      return { colour: '#7a4600', symbol: null, dash: '2 4' };
  }
}
