import type { ReportProblem } from './core/boot-problems.js';
import type { BootShared } from './core/boot-shared.js';
import { type ConsentManager } from './core/manager.js';
import type * as UiModule from './ui-chunk.js';
export interface CoreOptions {
    /** The raw config the boot script collected from the page. */
    raw: Record<string, unknown>;
    /** The script tag, for files that sit beside it. */
    script: HTMLScriptElement | null;
    /**
     * Settles once the boot script has announced `consent-ready` for a stored decision, so that no
     * `consent-change` comes before it; absent when the core announces it.
     */
    readyAnnounced?: Promise<void>;
    /**
     * Called with the manager as soon as it exists, before the unsubscribe link or Global Privacy
     * Control can change anything, so that everything the boot script wired hears those changes.
     */
    onManager(manager: ConsentManager): void;
    /** The UI module, when the boot script fetched it beside the core (a first visit): the banner mounts at once. */
    ui?: typeof UiModule | null;
    /** The boot script's copies of the modules the core would otherwise bundle again (boot-shared.ts). */
    shared: BootShared;
}
export interface Core {
    manager: ConsentManager;
    /** Describes a problem the boot script noticed (it carries no message texts itself). */
    report: ReportProblem;
    /** Loads the UI (once) and mounts the banner and disclosure tables (placeholders come with a waiting embed). */
    loadUi(): Promise<unknown>;
}
export declare function startCore({ raw, script, readyAnnounced, onManager, ui: uiModule, shared }: CoreOptions): Promise<Core>;
