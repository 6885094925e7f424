import type { ConsentState } from './categories.js';
import { GOOGLE_CONSENT_TYPES } from './config-rules.js';
import type { GoogleConsentType } from './config-types.js';
import type { ConsentManager } from './consent-manager.js';
import { reportTo, type ReportProblem } from './boot-problems.js';
import type { Logger } from './log.js';

declare global {
  interface Window {
    dataLayer?: unknown;
  }
}

/** How long Google tags wait for our update after the default. */
const WAIT_FOR_UPDATE_MS = 500;

type ConsentValues = Partial<Record<GoogleConsentType, 'granted' | 'denied'>>;

export function googleConsentFor(state: ConsentState, mapping: Record<string, GoogleConsentType[]>): ConsentValues {
  const values: ConsentValues = {};
  for (const [id, types] of Object.entries(mapping)) {
    for (const type of types) if (values[type] !== 'granted') values[type] = state[id] ? 'granted' : 'denied';
  }
  return values;
}

type Mapping = Record<string, GoogleConsentType[]>;
type FollowedManager = Pick<ConsentManager, 'isDecided' | 'getState' | 'onChange'>;

/**
 * Google Consent Mode v2: the default (everything denied but
 * security_storage) goes to the dataLayer at once, before any gated tag can
 * run. Returns the function that then follows a manager: one `update` for a
 * restored decision and one per decision, each followed by a `consent_update`
 * event for tag managers. Null when Consent Mode is off or cannot be sent.
 */
export function startGoogleConsentMode(
  mapping: Mapping | null,
  win: Window,
  report: ReportProblem,
): ((manager: FollowedManager, mapping: Mapping) => void) | null {
  if (!mapping) return null;
  win.dataLayer ??= [];
  const dataLayer = win.dataLayer as { push?: (...items: unknown[]) => unknown };
  if (typeof dataLayer?.push !== 'function') {
    report('data-layer');
    return null;
  }
  // gtag.js only reads Arguments objects, not arrays, from the dataLayer.
  function gtag(..._args: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push!(arguments);
  }
  const defaults: Record<string, unknown> = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, 'denied']));
  defaults.security_storage = 'granted';
  defaults.wait_for_update = WAIT_FOR_UPDATE_MS;
  gtag('consent', 'default', defaults);

  return (manager, followedMapping) => {
    const update = (state: ConsentState, source: string) => {
      gtag('consent', 'update', googleConsentFor(state, followedMapping));
      dataLayer.push!({ event: 'consent_update', consent: state, consentSource: source });
    };
    if (manager.isDecided()) update(manager.getState(), 'restore');
    manager.onChange(({ state, source }) => update(state, source));
  };
}

/** The default now, and updates that follow `manager`. */
export function installGoogleConsentMode(manager: FollowedManager, mapping: Mapping | null, win: Window, log: Logger): void {
  startGoogleConsentMode(mapping, win, reportTo(log))?.(manager, mapping!);
}
