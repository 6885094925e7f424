// The configurator's state: the settings, the config built from them, and where they are kept (the URL
// hash, so a link can be bookmarked or sent; localStorage, so a reload keeps them). Elements read it and
// call update(); they hold no settings of their own.
import { buildConfig, type BuiltConfig } from './build-config.js';
import { defaultSettings, readSettings, settingsFromHash, settingsToHash, STORAGE_KEY, type Settings, type SiteLanguage } from './state.js';

/** What the page says about where its settings came from. */
export type LoadNotice = { kind: 'restored' } | { kind: 'damaged' } | { kind: 'unreadable'; fields: string[]; newer: boolean };

export class ConfiguratorStore {
  settings: Settings;
  built: BuiltConfig;
  loadNotice: LoadNotice | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly win: Window,
    siteLang: SiteLanguage,
  ) {
    this.settings = defaultSettings(siteLang);
    this.built = buildConfig(this.settings);
    this.load(siteLang);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a change to a copy of the settings, then rebuilds, keeps and announces it. */
  update(change: (draft: Settings) => void): void {
    const draft = structuredClone(this.settings);
    change(draft);
    this.settings = draft;
    this.rebuild();
    this.persist();
    for (const listener of this.listeners) listener();
  }

  startOver(siteLang: SiteLanguage): void {
    try {
      this.win.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage refused (private mode): nothing was kept there.
    }
    this.loadNotice = undefined;
    this.update((draft) => Object.assign(draft, defaultSettings(siteLang)));
    this.win.history.replaceState(null, '', this.win.location.pathname + this.win.location.search);
  }

  private rebuild(): void {
    this.built = buildConfig(this.settings);
  }

  private persist(): void {
    this.win.history.replaceState(null, '', settingsToHash(this.settings));
    try {
      this.win.localStorage.setItem(STORAGE_KEY, JSON.stringify(this.settings));
    } catch {
      // The hash still holds them.
    }
  }

  /** A link's settings win over the stored ones: it is what someone chose to open. */
  private load(siteLang: SiteLanguage): void {
    const fromHash = settingsFromHash(this.win.location.hash);
    let stored: unknown;
    try {
      const text = this.win.localStorage.getItem(STORAGE_KEY);
      stored = text ? JSON.parse(text) : undefined;
    } catch {
      stored = undefined;
    }
    let source: unknown = stored;
    if (fromHash === 'damaged') this.loadNotice = { kind: 'damaged' };
    else if (fromHash !== undefined) source = fromHash;
    if (source !== undefined) {
      const { settings, unreadable, newer } = readSettings(source);
      this.settings = settings;
      if (fromHash !== undefined && fromHash !== 'damaged') {
        this.loadNotice = unreadable.length || newer ? { kind: 'unreadable', fields: unreadable, newer } : { kind: 'restored' };
      }
    } else {
      this.settings = defaultSettings(siteLang);
    }
    this.rebuild();
    // Opened from a link: this browser keeps them from now on. Opened from storage: the address becomes a link to them.
    if (source !== undefined) this.persist();
  }
}
