// WCAG 2.x contrast between the colours a site sets, for the pairs the widget draws text with.
import type { ColourName, Colours } from './state.js';

/** Text colour over background colour, as the widget paints them (src/ui/shared/theme.ts). */
export const TEXT_PAIRS: readonly (readonly [text: ColourName, background: ColourName])[] = [
  ['fg', 'bg'],
  ['choice-fg', 'choice-bg'],
  ['accent-fg', 'accent'],
  // Links are drawn in the accent colour on the banner's background.
  ['accent', 'bg'],
];

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

export const pairKey = ([text, background]: readonly [ColourName, ColourName]) => `${text}/${background}`;

export interface ContrastProblem {
  /** `fg/bg`: the text colour's name, then the background's. */
  pair: string;
  ratio: number;
  minimum: number;
}

export function contrastProblems(colours: Colours): ContrastProblem[] {
  return TEXT_PAIRS.map((pair) => ({ pair: pairKey(pair), ratio: contrastRatio(colours[pair[0]], colours[pair[1]]), minimum: AA_TEXT })).filter(
    (problem) => problem.ratio < AA_TEXT,
  );
}

/** The ratio as shown: rounded down, so a failing 4.499 never reads as a passing 4.50. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
