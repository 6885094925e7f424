import { type ConfigProblem, type ReportConfigProblem, type ResolvedConfig, type ResolvedVendor, type UrlOption } from './config-rules.js';
import type { Logger } from './log.js';
export * from './config-rules.js';
/** Every config problem's message: what is wrong, where, and what the widget does instead. */
export declare const CONFIG_MESSAGES: {
    config: () => string;
    unknownOption: (key: string) => string;
    lang: (value: unknown, lang: string) => string;
    policyUrl: (value: unknown) => string;
    policyUrlMissing: () => string;
    revision: (value: unknown, fallback: string) => string;
    cookieName: (value: unknown, fallback: string) => string;
    cookieDomain: (value: unknown) => string;
    url: (option: UrlOption, value: unknown) => string;
    param: (option: string, fallback: string) => string;
    textVersion: () => string;
    days: (option: string, value: unknown, fallback: number) => string;
    names: (where: string) => string;
    flag: (option: string, value: unknown) => string;
    oneOf: (option: string, allowed: readonly string[], value: unknown) => string;
    texts: () => string;
    googleConsentMode: () => string;
    googleConsentModeCategory: (id: string) => string;
    googleConsentModeTypes: (id: string) => string;
    text: (where: string) => string;
    categories: () => string;
    categoryId: (id: string) => string;
    serviceRemoved: () => string;
    category: (where: string) => string;
    serviceOptional: () => string;
    categoryTitle: (where: string, id: string) => string;
    vendors: () => string;
    vendor: (where: string) => string;
    vendorId: (where: string) => string;
    vendorName: (where: string, id: string) => string;
    vendorCategory: (where: string, id: string, category: unknown, known: string[]) => string;
    vendorPolicyUrl: (where: string) => string;
    vendorOptOutUrl: (where: string, value: unknown) => string;
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
