import { type CategoryId } from './categories.js';
import { type ConsentConfigInput, type GoogleConsentType, type ResolvedConfig, type ResolvedVendor } from './config-types.js';
export type * from './config-types.js';
/**
 * Every problem the rules can find, by code, with what its message needs. config.ts gives each code its
 * message; its table is typed by this one, so a code without a message (or the other way round) does not compile.
 */
export interface ConfigProblemDetails {
    config: [];
    unknownOption: [key: string];
    lang: [value: unknown, lang: string];
    policyUrl: [value: unknown];
    policyUrlMissing: [];
    revision: [value: unknown, fallback: string];
    cookieName: [value: unknown, fallback: string];
    cookieDomain: [value: unknown];
    url: [option: UrlOption, value: unknown];
    param: [option: string, fallback: string];
    textVersion: [];
    days: [option: string, value: unknown, fallback: number];
    names: [where: string];
    flag: [option: string, value: unknown];
    oneOf: [option: string, allowed: readonly string[], value: unknown];
    texts: [];
    googleConsentMode: [];
    googleConsentModeCategory: [id: string];
    googleConsentModeTypes: [id: string];
    text: [where: string];
    categories: [];
    categoryId: [id: string];
    serviceRemoved: [];
    category: [where: string];
    serviceOptional: [];
    categoryTitle: [where: string, id: string];
    vendors: [];
    vendor: [where: string];
    vendorId: [where: string];
    vendorName: [where: string, id: string];
    vendorCategory: [where: string, id: string, category: unknown, known: string[]];
    vendorPolicyUrl: [where: string];
    vendorOptOutUrl: [where: string, value: unknown];
}
export type ConfigProblemCode = keyof ConfigProblemDetails;
/** A problem found in a config: a message code and what the message needs. */
export type ConfigProblem = {
    [Code in ConfigProblemCode]: [Code, ...ConfigProblemDetails[Code]];
}[ConfigProblemCode];
/** Receives each problem once, with its level: an error replaced a value by a safe default, a warning did not. */
export type ReportConfigProblem = (level: 'warn' | 'error', ...problem: ConfigProblem) => void;
export declare const DEFAULT_GOOGLE_CONSENT_MAPPING: Record<CategoryId, GoogleConsentType[]>;
export declare const GOOGLE_CONSENT_TYPES: readonly GoogleConsentType[];
export declare const DEFAULT_COOKIE_NAME = "consent_banner";
export declare const DEFAULT_REVISION = "1";
/** 12 months for a consent; CNIL accepts up to 13. */
export declare const DEFAULT_LIFETIME_DAYS = 365;
/** About 6 months for a refusal, so a visitor who said no is asked again sooner but not constantly. */
export declare const DEFAULT_REFUSAL_LIFETIME_DAYS = 182;
export declare const OPTION_NAMES: readonly (keyof ConsentConfigInput)[];
/** Options holding an address; config.ts says for each what happens without it. */
export type UrlOption = 'uiUrl' | 'disclosureUrl' | 'unsubscribeEndpoint' | 'recordEndpoint';
export declare const REVISION_PATTERN: RegExp;
export declare const COOKIE_NAME_PATTERN: RegExp;
/**
 * Links from config text may only lead to web pages or mail: anything else
 * (`javascript:`, `data:`) would run code or show content we cannot vouch for.
 */
export declare function isSafeUrl(url: string): boolean;
/** `positions[i]`: where entry `i` stands in the site's own `vendors` list, for the messages (default: `i`). */
export declare function resolveVendorsWith(input: unknown, categoryIds: string[], report: ReportConfigProblem, positions?: readonly number[]): ResolvedVendor[];
/**
 * Turns whatever the site owner wrote into a complete config. Never throws:
 * each problem is reported once through `report`, and a safe default takes its place.
 * (`resolveConfig` in config.ts prints them, naming the option and the fix.)
 */
export declare function resolveConfigWith(input: unknown, report: ReportConfigProblem): ResolvedConfig;
