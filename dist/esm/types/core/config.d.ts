import { type ConfigProblem, type ConfigProblemDetails, type ReportConfigProblem } from './config-rules.js';
import type { ResolvedConfig, ResolvedVendor } from './config-types.js';
import type { Logger } from './log.js';
export * from './config-rules.js';
/** Every config problem's message: what is wrong, where, and what the widget does instead. */
export declare const CONFIG_MESSAGES: {
    [Code in keyof ConfigProblemDetails]: (...details: ConfigProblemDetails[Code]) => string;
};
/** The message for one problem. */
export declare function describeConfigProblem(...[code, ...details]: ConfigProblem): string;
/** Prints each problem through `log`, at its level. */
export declare function reportConfigProblemsTo(log: Logger): ReportConfigProblem;
/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `log`, naming the option and the fix,
 * and a safe default takes its place.
 */
export declare function resolveConfig(input: unknown, log: Logger): ResolvedConfig;
/** The site's vendors, validated; problems are reported through `log` and the vendor left out. */
export declare function resolveVendors(input: unknown, categoryIds: string[], log: Logger): ResolvedVendor[];
