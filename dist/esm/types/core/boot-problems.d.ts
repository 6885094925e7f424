import type { BootProblem, ReportProblem } from './boot-problem-codes.js';
import type { Logger } from './log.js';
export type { BootProblem, ReportProblem } from './boot-problem-codes.js';
export declare function describeBootProblem(problem: BootProblem, detail?: string): string;
/** Reports through `log`, for code that runs outside the boot script (tests, bundler users). */
export declare const reportTo: (log: Logger) => ReportProblem;
