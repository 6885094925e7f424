/**
 * Problems noticed by code that runs in the boot script. They are named, not described, there: the
 * descriptions (boot-problems.ts) live in the full core, which the boot script loads as soon as something
 * is wrong, so the file every page downloads carries no message texts.
 */
export type BootProblem =
  | 'config-block-json'
  | 'config-block-shape'
  | 'config-block-late'
  | 'config-global-shape'
  | 'data-layer'
  | 'gated-script'
  | 'trusted-types';

/** Where boot-side code reports a problem; `detail` is the browser's own error text, if any. */
export type ReportProblem = (problem: BootProblem, detail?: string) => void;
