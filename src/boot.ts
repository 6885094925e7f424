// Entry of dist/consent-banner.js, the file site owners include. It has no
// Lit and no validation messages, to stay small (5.6 KB gzip): it sends Consent
// Mode's default, applies a returning visitor's stored choice at once (gated
// scripts, auto-blocking, consent-ready, the public API) and, unless something
// needs the core (see the end of boot()), loads nothing more.
// A first visit imports the UI, its texts and the config rules, and shows the
// banner from them (ui/mount.ts, mountFirstLayer). The full core
// (consent-banner-core.js) comes when the visitor reaches for the banner or
// decides, when the stored choice needs its judgement, and on the first change
// or "open".
import { installAutoBlock, type BlockedVendor } from './core/auto-block.js';
import type { ReportProblem } from './core/boot-problems.js';
import { sharedWithCore } from './core/boot-shared.js';
import { besideScript, CATALOGUE_FILE, CORE_FILE, RULES_FILE, UI_FILE, uiStringsFile, whenParsed } from './core/chunk-files.js';
import { CONFIG_BLOCK_ID, readConfigSources } from './core/config-sources.js';
import type { ConsentManager } from './core/consent-manager.js';
import { createDeferredManager } from './core/deferred-manager.js';
import { GATED_EMBEDS } from './core/embed-gate.js';
import { CONSENT_READY, dispatchConsentEvent } from './core/events.js';
import { startGoogleConsentMode } from './core/google-consent-mode.js';
import { consoleLogger as log } from './core/log.js';
import { installOpenLinks } from './core/open-links.js';
import { createPublicApi } from './core/public-api.js';
import { cookieValues } from './core/read-cookie.js';
import { catalogueBlockedVendors, readBootConfig, readReturningVisit, stateOf } from './core/returning-visit.js';
import { createScriptGate, watchDocument } from './core/script-gate.js';
import { cleanupPendingKey, recordQueueKey } from './core/storage-keys.js';
import { installTabSync } from './core/tab-sync.js';
import type * as CatalogueModule from './catalogue/vendors.js';
import type * as CoreModule from './core-chunk.js';
import type * as RulesModule from './rules-chunk.js';
import type * as UiModule from './ui-chunk.js';

/**
 * What the core left for this page view: a clean-up to repeat after a withdrawal (a cookie), unsent
 * consent records (localStorage, looked at only where records are configured: a page's first
 * localStorage access costs milliseconds).
 */
function hasPendingWork(cookies: string, cookieName: string, recordsConfigured: boolean): boolean {
  if (cookieValues(cookies, cleanupPendingKey(cookieName)).length) return true;
  try {
    return recordsConfigured && localStorage.getItem(recordQueueKey(cookieName)) !== null;
  } catch {
    return false;
  }
}

function boot() {
  if (window.consentBanner) {
    log.warn('consent-banner is included more than once; only the first copy runs.');
    return;
  }
  // currentScript is null for module and some injected scripts; find the tag by its file name then.
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="consent-banner.js"]');
  const hasBlock = () => !!document.getElementById(CONFIG_BLOCK_ID);
  // No config at all yet while the page is parsed: the config block may come after this tag. Nothing can
  // be held without a config, so start once the page is parsed, with the config it has then.
  const waitForBlock =
    !hasBlock() && window.consentBannerConfig === undefined && !Object.keys(script?.dataset ?? {}).length && document.readyState === 'loading';
  const hadBlock = hasBlock();
  const run = () => {
    const report = start(script);
    // A block after the tag: read late (tags before then ran unheld), or not at all. Say so, and where it goes.
    whenParsed(() => !hadBlock && hasBlock() && report('config-block-late', waitForBlock ? '' : 'ignored'));
  };
  if (waitForBlock) whenParsed(run);
  else run();
}

/** Starts the widget with the page's config as it is now; returns where problems are reported. */
function start(script: HTMLScriptElement | null): ReportProblem {
  let core: Promise<CoreModule.Core> | undefined;
  /** On a first visit the UI is fetched beside the core, so both arrive and start together. */
  let ui: Promise<typeof UiModule | null> | undefined;
  /** Settles once the boot has dispatched consent-ready (a stored decision, or a first layer without the core), which the core's events follow. */
  let readyAnnounced: Promise<void> | undefined;
  /** A first visit's banner shows before the core, from the UI and the config rules (see the end of start()). */
  let firstLayer = false;
  let coreStarted!: (manager: ConsentManager) => void;
  const fullStarted = new Promise<ConsentManager>((resolve) => (coreStarted = resolve));
  const loadCore = () =>
    (core ??= Promise.all([
      import(/* @vite-ignore */ besideScript(script, CORE_FILE)) as Promise<typeof CoreModule>,
      ui,
      // The core imports the rules; asked for now, they come in parallel rather than after it.
      import(/* @vite-ignore */ besideScript(script, RULES_FILE)),
    ])
      .then(([module, uiModule]) =>
        module.startCore({
          raw,
          script,
          readyAnnounced,
          ui: uiModule,
          shared: sharedWithCore(),
          onManager(manager) {
            // From here on, what was wired to the stand-in hears the full manager.
            deferred.handOver(manager);
            coreVendors = () => manager.config.vendors;
            // Another tab may have changed the cookie since the boot read it.
            // (A first layer reports another tab's decision itself, once its listeners have moved over.)
            if (visit) manager.syncFrom(state);
            else if (!firstLayer) followChanges(manager, manager.config.googleConsentMode);
          },
        }),
      )
      .then((started) => {
        // Without a stored decision to apply, nothing ran until now: the core has handled an unsubscribe link first.
        if (!visit && !firstLayer) gate(started.manager);
        coreStarted(started.manager);
        return started;
      })
      .catch((error: Error) => {
        // Reported once; what waited for the core keeps waiting, and nothing is granted meanwhile.
        log.error(`Could not load or start ${CORE_FILE} (${error.message}). Check that it sits beside consent-banner.js.`);
        return new Promise<never>(() => {});
      }));
  // Something is wrong: the core knows how to say what.
  // (A microtask later, so that a problem found while reading the config does not start the core before
  // the boot has decided whether the UI comes along.)
  const report: ReportProblem = (problem, detail) =>
    queueMicrotask(() => void loadCore().then((started) => started.report(problem, detail)));

  const raw = readConfigSources({ script, document, window, report });
  const config = readBootConfig(raw);
  // Read once: reading document.cookie is a round trip to the browser's cookie store.
  const cookies = document.cookie;
  const stored = cookieValues(cookies, config.cookieName);
  const gpc = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const visit = readReturningVisit(config, { cookieValues: stored, now: Date.now(), gpc, search: location.search });

  const state = visit?.state ?? stateOf(config, []);
  const deferred = createDeferredManager(
    state,
    !!visit,
    () => loadCore().then((started) => started.manager),
    () => cookieValues(document.cookie, config.cookieName).join() !== stored.join(),
  );
  window.consentBanner = createPublicApi(deferred);
  installOpenLinks(document, deferred);
  // Tags injected while the page is parsed (a pixel's inline base code) must be caught from the start,
  // so auto-blocking never waits for the core. Vendors named by catalogue id: the catalogue is fetched at
  // once (the core later imports the same module), and until it is here everything from another host is
  // held, then kept or released by category; if it never loads, it stays held.
  let coreVendors: (() => readonly BlockedVendor[]) | undefined;
  let catalogueVendors: BlockedVendor[] = [];
  if (config.autoBlockVendors) {
    const vendorsComplete = config.autoBlockCatalogue.length
      ? (import(/* @vite-ignore */ besideScript(script, CATALOGUE_FILE)) as Promise<typeof CatalogueModule>).then(
          ({ VENDOR_CATALOGUE }) => void (catalogueVendors = catalogueBlockedVendors(config.autoBlockCatalogue, VENDOR_CATALOGUE)),
        )
      : undefined;
    installAutoBlock(deferred, () => [...(coreVendors?.() ?? config.autoBlockVendors!), ...catalogueVendors], document, { vendorsComplete });
  }

  // Consent Mode's default must reach the dataLayer before any Google tag runs, so it never waits for the core.
  const followConsentMode = startGoogleConsentMode(config.googleConsentMode, window, report);

  /** Consent Mode updates and other tabs follow `manager` from now on. */
  function followChanges(manager: typeof deferred | ConsentManager, mapping = config.googleConsentMode) {
    if (mapping) followConsentMode?.(manager, mapping);
    installTabSync(manager, config.cookieName, document);
  }
  /** Gated scripts run as `manager` allows. */
  function gate(manager: typeof deferred | ConsentManager) {
    createScriptGate(manager, document, report);
    // Embeds are rarer than scripts: the core gates them, and is loaded as soon as one is on the page.
    watchDocument(document, manager, () => document.querySelector(GATED_EMBEDS) && void loadCore());
  }

  if (!visit) {
    // A first visit needs the banner: fetch the core and the UI now, in parallel with the page. (With its
    // own uiUrl, the core fetches the UI and reports a failure; here a failure only means "fetch it later".)
    if (raw.uiUrl === undefined) {
      ui = (import(/* @vite-ignore */ besideScript(script, UI_FILE)) as Promise<typeof UiModule>).catch(() => null);
      // The first layer's texts in the page's language (the only ones this visitor needs for the banner) come
      // along, rather than after the UI asks for them. The UI imports the same address, so the file is fetched once.
      // (resolveLanguage's rule, shortened: a site's added language is shown over the English table.)
      const language = /^ja/i.test(document.documentElement.lang.trim() || String(raw.lang ?? 'ja')) ? 'ja' : 'en';
      import(/* @vite-ignore */ besideScript(script, uiStringsFile(language))).catch(() => {});
    }
    // Never asked here (no cookie of ours at all, so nothing to judge), no unsubscribe link, nothing left to
    // clean up and cookies kept: the banner needs only the UI and the config rules, and the core is fetched
    // when the visitor reaches for the banner (ui/mount.ts, mountFirstLayer). Otherwise the core shows it.
    if (ui && !stored.length && navigator.cookieEnabled && !new URLSearchParams(location.search).has(config.optOutParam) && !hasPendingWork(cookies, config.cookieName, raw.recordEndpoint !== undefined)) {
      firstLayer = true;
      const rules = import(/* @vite-ignore */ besideScript(script, RULES_FILE)) as Promise<typeof RulesModule>;
      followChanges(deferred);
      gate(deferred);
      // consent-ready comes once the first layer is up (or known not to be), so a page script's decision after
      // it goes to the first layer, which keeps it if the page is left at once. Without a first layer, or when
      // something has asked for the core meanwhile, the core shows the banner.
      readyAnnounced = Promise.all([ui, rules])
        .then(([module, rulesModule]) =>
          core
            ? undefined
            : module?.mountFirstLayer({ raw, rules: rulesModule, shared: sharedWithCore(), gpc, fullStarted, loadFull: () => loadCore().then((started) => started.manager) }),
        )
        .catch(() => undefined)
        .then((firstLayerManager) => {
          if (firstLayerManager) deferred.handOver(firstLayerManager);
          else void loadCore();
          return announceReady(false);
        });
    } else void loadCore();
    return report;
  }

  readyAnnounced = announceReady(true);
  followChanges(deferred);
  gate(deferred);
  return report;

  /** consent-ready from the boot, once the page is parsed; the core's own events follow it. */
  function announceReady(decided: boolean) {
    return new Promise<void>((resolve) =>
      whenParsed(() => {
        dispatchConsentEvent(document, CONSENT_READY, { state: { ...state }, decided, gpc });
        resolve();
        // The core has work left from an earlier page view (records to send, clean-up after a withdrawal),
        // the config needs it, or the page shows what only the UI renders.
        if ((decided && (config.needsCore || hasPendingWork(cookies, config.cookieName, raw.recordEndpoint !== undefined))) || document.querySelector('consent-disclosure')) void loadCore();
      }),
    );
  }
}

boot();
