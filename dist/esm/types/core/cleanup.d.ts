import type { CategoryId } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import type { ConsentManager } from './consent-manager.js';
/** `_ga*` → matches `_ga`, `_ga_ABC123`; every other character is literal. */
export declare function namePattern(patterns: string[]): RegExp | null;
/** What a category's trackers leave behind: its own lists plus those of its vendors. */
export declare function leftoversOf(config: ResolvedConfig, id: CategoryId): {
    cookies: string[];
    storage: string[];
};
/**
 * The domains a cookie visible here may have been set on: the host itself
 * (host-only and `Domain=`) and every parent, e.g. `shop.example.jp`,
 * `example.jp`. The browser ignores the public suffixes among them.
 */
export declare function candidateDomains(hostname: string): (string | undefined)[];
export declare function deleteCookies(patterns: string[], doc?: Document): string[];
export declare function deleteStorageKeys(patterns: string[], win?: Window): void;
/**
 * Deletes the cookies and storage keys of every category that is not granted:
 * at start (left over from before a withdrawal) and whenever one is withdrawn,
 * noting in a cookie that the next page view must look again.
 * With `reloadOnWithdraw`, a withdrawal reloads the page so running scripts stop.
 */
export declare function installCleanup(manager: ConsentManager, doc?: Document, win?: Window): () => void;
