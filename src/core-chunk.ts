// Entry of dist/consent-banner-core.js: the full manager and everything a
// decision needs (config validation, clean-up, records, the
// unsubscribe link, the vendor catalogue, loading the UI); the messages for a
// config with problems come in a chunk of their own.
// The boot script imports it on a first visit, whenever it cannot vouch for a
// stored decision, and as soon as the visitor or a page script changes or
// opens something. Script gating, auto-blocking, Consent Mode and the public
// API stay in the boot; embeds are gated here, beside their placeholders.
import type { ReportProblem } from './core/boot-problems.js';
import type { BootShared } from './core/boot-shared.js';
import { besideScript, CATALOGUE_FILE, UI_FILE, uiAddress, whenParsed } from './core/chunk-files.js';
import { installCleanup } from './core/cleanup.js';
import type { ReportConfigProblem } from './core/config-rules.js';
import type * as ConfigModule from './core/config.js';
import { createManagerFor, type ConsentManager } from './core/manager.js';
import { createEmbedGate } from './core/embed-gate.js';
// Through the rules entry, so that its file holds them and the core fetches no copy (rollup.config.mjs).
import { resolveConfigWith, takeFromBoot } from './rules-chunk.js';
import { VENDOR_CONSENT_GLOBALS } from './core/vendor-consent-globals.js';
import { consoleLogger as log } from './core/log.js';
import { createCookieStorage, createMemoryStorage } from './core/storage.js';
import type * as CatalogueModule from './catalogue/vendors.js';
import type * as VendorConsentModule from './core/vendor-consent.js';
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

export async function startCore({ raw, script, readyAnnounced, onManager, ui: uiModule, shared }: CoreOptions): Promise<Core> {
  takeFromBoot(shared);
  // Parts only some sites or visits need come in chunks of their own, fetched together before anything is decided.
  const part = <T>(name: string, loading: Promise<T>) =>
    loading.catch((error: Error) => {
      log.error(`Could not load the ${name} part of consent-banner (${error.message}); it is left out. Serve every consent-banner-core-*.js file beside consent-banner.js.`);
      return null;
    });
  // A config's problems are explained by messages that only a config with problems needs: fetched then.
  let messages: Promise<typeof ConfigModule | null> | undefined;
  const reportConfigProblem: ReportConfigProblem = (level, ...problem) =>
    void (messages ??= part('config messages', import('./core/config.js'))).then((module) =>
      log[level](module ? module.describeConfigProblem(...problem) : `Config problem ${JSON.stringify(problem)}.`),
    );
  const config = resolveConfigWith(raw, reportConfigProblem);
  // Vendors named by catalogue id ("ga4") need the catalogue, fetched only by sites that use it; the UI waits for it.
  const catalogueModule = config.catalogueVendors.length
    ? Promise.all([
        import(/* @vite-ignore */ besideScript(script, CATALOGUE_FILE)) as Promise<typeof CatalogueModule>,
        import('./core/apply-catalogue-with.js'),
      ])
    : null;
  const [records, optOutLink] = await Promise.all([
    config.recordEndpoint ? part('consent records', import('./core/records.js')) : null,
    new URLSearchParams(location.search).has(config.optOutParam) ? part('unsubscribe link', import('./core/opt-out-link.js')) : null,
  ]);
  const storageUnavailable = !navigator.cookieEnabled;
  if (storageUnavailable) log.warn('Cookies are disabled in this browser; the choice applies to this page view only.');
  const storage = storageUnavailable
    ? createMemoryStorage()
    : createCookieStorage({ name: config.cookieName, domain: config.cookieDomain });

  const manager = createManagerFor(config, { storage, log, storageUnavailable });
  onManager(manager);
  const cleanRefused = installCleanup(manager, document, window);
  // Tags with a consent switch of their own (Meta Pixel, Clarity, UET, TikTok) hear each decision through it;
  // the part that tells them is fetched only when one of their globals is on the page.
  let vendorConsent: Promise<typeof VendorConsentModule | null> | undefined;
  manager.onChange(({ state }) => {
    if (!VENDOR_CONSENT_GLOBALS.some((name) => name in window)) return;
    void (vendorConsent ??= part('vendor consent calls', import('./core/vendor-consent.js'))).then((module) => module?.tellVendors(manager, state, window));
  });
  const catalogue = catalogueModule
    ? catalogueModule
        .then(([module, { applyCatalogueWith }]) => {
          applyCatalogueWith(config, module.VENDOR_CATALOGUE, log, reportConfigProblem);
          cleanRefused();
        })
        .catch((error: Error) => log.error(`Could not load the vendor catalogue ${CATALOGUE_FILE} (${error.message}); vendors given by id are left out.`))
    : Promise.resolve();
  records?.installRecordSender(manager, window);
  // An unsubscribe link withdraws its category before the boot script wires the script gate to this manager.
  optOutLink?.handleOptOutLink(manager, window, log);

  let uiUrl = uiAddress(config.uiUrl, script);
  const importUi = () => import(/* @vite-ignore */ uiUrl) as Promise<typeof UiModule>;
  // A uiUrl that does not load falls back to the UI beside the script, as an invalid one does: a typo in a
  // path must not leave every first-time visitor without a banner.
  const importUiOrBeside = () =>
    importUi().catch((error: Error) => {
      const beside = uiAddress(undefined, script);
      if (uiUrl === beside) throw error;
      log.error(`Could not load the banner UI from uiUrl ${uiUrl} (${error.message}); using the one beside consent-banner.js.`);
      uiUrl = beside;
      return importUi();
    });
  let ui: Promise<typeof UiModule | undefined> | undefined;
  const loadUi = () =>
    (ui ??= catalogue
      .then(() => uiModule ?? importUiOrBeside())
      .then(async (module) => {
        module.mountDisclosures(manager).catch((error: Error) => log.error(`Could not load the disclosure table (${error.message}).`));
        await module.mountConsentBanner(manager);
        return module;
      })
      .catch((error: Error) => {
        // Reported once: every later caller gets the same settled promise.
        log.error(`Could not load the banner UI from ${uiUrl} (${error.message}). Check that ${UI_FILE} sits beside consent-banner.js, or set uiUrl.`);
        return undefined;
      }));
  manager.onViewChange((view) => {
    if (view !== 'hidden') void loadUi();
  });
  // Embeds waiting for consent need their placeholders, which the UI fetches for pages that have such embeds.
  let placeholders: Promise<unknown> | undefined;
  createEmbedGate(manager, document, () => {
    placeholders ??= loadUi().then((module) =>
      module?.showPlaceholders(manager).catch((error: Error) => log.error(`Could not load the embed placeholders (${error.message}); embeds waiting for consent stay empty.`)),
    );
  });

  if (!manager.isDecided() && manager.getView() === 'hidden') manager.showBanner();
  const startManager = () => {
    manager.start({ readyAnnounced: !!readyAnnounced });
    // A 外部送信ポリシー page renders its table with the UI, and so does a floating settings button.
    if (document.querySelector('consent-disclosure') || config.floatingButton) void loadUi();
  };
  if (readyAnnounced) void readyAnnounced.then(startManager);
  else whenParsed(startManager);
  return {
    manager,
    loadUi,
    report: (problem, detail) => void import('./core/boot-problems.js').then((module) => module.reportTo(log)(problem, detail)),
  };
}
