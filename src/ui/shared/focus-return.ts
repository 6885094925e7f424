import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The focused element, looked up through open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

export interface FocusReturn extends ReactiveController {
  /** Notes what has focus now, while the opener still has it: the dialog may open an update later. */
  remember(): void;
}

/**
 * A reactive controller that gives focus back to what opened a dialog once it closes (`isOpen` turns
 * false after an update): the opener noted by `remember()`, or, when the host has rendered the opener
 * anew meanwhile, what `fallback` names. (A factory rather than a class: closures minify, fields do not.)
 */
export function focusReturn(
  host: ReactiveControllerHost,
  isOpen: () => boolean,
  fallback: () => HTMLElement | null | undefined,
): FocusReturn {
  let opener: HTMLElement | null = null;
  let wasOpen = false;
  const controller: FocusReturn = {
    remember: () => void (opener = deepActiveElement()),
    // (After the host left the page, focus() on what it rendered does nothing.)
    hostUpdated() {
      const open = isOpen();
      if (wasOpen && !open) {
        const target = opener;
        opener = null;
        (target?.isConnected ? target : fallback())?.focus();
      }
      wasOpen = open;
    },
  };
  host.addController(controller);
  return controller;
}
