// Entry of dist/consent-banner.js, the file site owners include. It has no
// Lit: it applies the stored choice at once and loads the UI only when
// something must be shown, so a returning visitor downloads nothing more.
import { resolveConfig } from './core/config.js';
import { readConfigSources } from './core/config-sources.js';
import { createConsentManager } from './core/consent-manager.js';
import { consoleLogger as log } from './core/log.js';
import { applyCatalogue } from './core/apply-catalogue.js';
import { installAutoBlock } from './core/auto-block.js';
import { installCleanup } from './core/cleanup.js';
import { createEmbedGate } from './core/embed-gate.js';
import { installGoogleConsentMode } from './core/google-consent-mode.js';
import { installOpenLinks } from './core/open-links.js';
import { handleOptOutLink } from './core/opt-out-link.js';
import { installRecordSender } from './core/records.js';
import { createPublicApi } from './core/public-api.js';
import { createScriptGate } from './core/script-gate.js';
import { createCookieStorage, createMemoryStorage } from './core/storage.js';
import { installTabSync } from './core/tab-sync.js';
import type * as CatalogueModule from './catalogue/vendors.js';
import type * as UiModule from './ui-chunk.js';

const UI_FILE = 'consent-banner-ui.js';
const CATALOGUE_FILE = 'consent-banner-catalogue.js';

function whenParsed(callback: () => void) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
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
  const config = resolveConfig(readConfigSources({ script, document, window, log }), log);

  const storageUnavailable = !navigator.cookieEnabled;
  if (storageUnavailable) log.warn('Cookies are disabled in this browser; the choice applies to this page view only.');
  const storage = storageUnavailable
    ? createMemoryStorage()
    : createCookieStorage({ name: config.cookieName, domain: config.cookieDomain });

  const manager = createConsentManager(config, { storage, log, storageUnavailable });
  window.consentBanner = createPublicApi(manager);
  // Consent Mode's default must reach the dataLayer before any gated tag can run.
  installGoogleConsentMode(manager, window, log);
  const cleanRefused = installCleanup(manager, document, window);
  installTabSync(manager, document);
  installRecordSender(manager, window);
  installOpenLinks(document, manager);
  if (config.autoBlock) installAutoBlock(manager, document);
  // An unsubscribe link withdraws its category once everything above listens, and before any gated tag can run.
  handleOptOutLink(manager, window, log);
  createScriptGate(manager, document);

  const besideScript = (file: string) => new URL(file, script?.src || location.href).href;
  // Vendors named by catalogue id ("ga4") need the catalogue, fetched only by sites that use it.
  const catalogue = config.catalogueVendors.length
    ? (import(/* @vite-ignore */ besideScript(CATALOGUE_FILE)) as Promise<typeof CatalogueModule>)
        .then((module) => {
          applyCatalogue(config, module.VENDOR_CATALOGUE, log);
          cleanRefused();
        })
        .catch((error: Error) => log.error(`Could not load the vendor catalogue ${CATALOGUE_FILE} (${error.message}); vendors given by id are left out.`))
    : Promise.resolve();

  const uiUrl = config.uiUrl ? new URL(config.uiUrl, location.href).href : besideScript(UI_FILE);
  let ui: Promise<unknown> | undefined;
  const loadUi = () =>
    (ui ??= catalogue
      .then(() => import(/* @vite-ignore */ uiUrl) as Promise<typeof UiModule>)
      .then((module) => {
        module.mountPlaceholders(manager);
        module.mountDisclosures(manager);
        return module.mountConsentBanner(manager);
      })
      .catch((error: Error) => {
        // Reported once: every later caller gets the same settled promise.
        log.error(`Could not load the banner UI from ${uiUrl} (${error.message}). Check that ${UI_FILE} sits beside consent-banner.js, or set uiUrl.`);
      }));
  manager.onViewChange((view) => {
    if (view !== 'hidden') void loadUi();
  });
  // Embeds waiting for consent need their placeholders, which live in the UI.
  createEmbedGate(manager, document, () => void loadUi());

  // A first visit needs the banner: fetch the UI now, in parallel with the rest of the page,
  // rather than after it has been parsed. consent-ready still waits for the parsed document.
  if (!manager.isDecided() && manager.getView() === 'hidden') manager.showBanner();
  whenParsed(() => {
    manager.start();
    // A 外部送信ポリシー page renders its table with the UI, and so does a floating settings button.
    if (document.querySelector('consent-disclosure') || config.floatingButton) void loadUi();
  });
}

boot();
