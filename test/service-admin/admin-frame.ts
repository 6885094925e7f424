// Opens the admin page the service serves (/admin/) in a frame of the test page. The test server lets only
// this page be framed (`wtr-frame` drops frame-ancestors / X-Frame-Options); the rest of its CSP stays.
import { sendKeys } from '@web/test-runner-commands';
import { catchDownload, waitUntil } from '../helpers.js';
import { TEST_ADMIN_TOKEN } from './service.js';

export interface AdminFrame {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  /** CSP violations reported by the page since it loaded. */
  violations: string[];
  $<T extends Element = HTMLElement>(selector: string): T | null;
  $$<T extends Element = HTMLElement>(selector: string): T[];
  /** Text of the whole page, spaces collapsed. */
  text(): string;
}

/** `base`: where the service is mounted, e.g. '/space/NAME'. */
export async function openAdmin({ base, lang = 'en', width = 1100 }: { base: string; lang?: string; width?: number }): Promise<AdminFrame> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  frame.title = 'admin page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${base}/admin/?lang=${lang}&wtr-frame`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`));
  await waitUntil(() => doc.querySelector('consent-admin h1'), 'the admin page did not render');
  return {
    frame,
    win,
    doc,
    violations,
    $: <T extends Element = HTMLElement>(selector: string) => doc.querySelector<T>(selector),
    $$: <T extends Element = HTMLElement>(selector: string) => [...doc.querySelectorAll<T>(selector)],
    text: () => (doc.body.textContent ?? '').replace(/\s+/g, ' '),
  };
}

export function buttonNamed(admin: AdminFrame, name: string): HTMLButtonElement {
  const button = admin.$$<HTMLButtonElement>('button').find((b) => b.textContent!.trim() === name);
  if (!button) throw new Error(`No button "${name}" on the admin page`);
  return button;
}

/** Types the token with the keyboard and presses Enter, as the owner would. */
export async function signIn(admin: AdminFrame, token = TEST_ADMIN_TOKEN): Promise<void> {
  const field = admin.$<HTMLInputElement>('#token')!;
  // WebKit on a loaded machine now and then drops one key of a typed string (the field held 23 of the
  // token's 24 characters and the sign-in timed out): type it again rather than submit a wrong token.
  for (let attempt = 0; attempt < 3 && field.value !== token; attempt++) {
    field.value = '';
    field.focus();
    await sendKeys({ type: token });
  }
  if (field.value !== token) throw new Error(`the token field holds ${field.value.length} of the ${token.length} characters typed`);
  await sendKeys({ press: 'Enter' });
}

export async function signedIn(admin: AdminFrame, token = TEST_ADMIN_TOKEN): Promise<void> {
  await signIn(admin, token);
  await waitUntil(() => admin.$('#overview-title'), `not signed in: ${admin.$('.problem')?.textContent}`);
}

/** Types into a field and submits its form with Enter. */
export async function typeAndEnter(admin: AdminFrame, selector: string, text: string): Promise<void> {
  const input = admin.$<HTMLInputElement>(selector)!;
  // Enter submits only while the form's button is enabled (it waits while a request runs).
  await waitUntil(() => !input.form!.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled);
  input.value = '';
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** Clicks a download button and returns the file's name and text (see catchDownload). */
export async function download(admin: AdminFrame, buttonName: string): Promise<{ name: string; text: string }> {
  // Buttons wait while a request runs (the page loads the suppression list after signing in).
  await waitUntil(() => !buttonNamed(admin, buttonName).disabled, `${buttonName} stays disabled`);
  return catchDownload(admin.doc, () => buttonNamed(admin, buttonName).click());
}

