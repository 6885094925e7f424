import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '../../src/core/consent-manager.js';
import { installRecordSender } from '../../src/core/records.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { axeViolations, waitUntil } from '../helpers.js';
import { buttonNamed, download, openAdmin, signedIn, signIn, typeAndEnter, type AdminFrame } from './admin-frame.js';
import { adminFetch, closeService, newServiceName, storedRecords, TEST_ADMIN_TOKEN } from './service.js';

// A service of this file's own: the totals and lists it checks are not moved by other browsers' tests.
const name = newServiceName();
const base = `/space/${name}`;

const HOSTILE = `<img src=x onerror="parent.pwned=1">'; DROP TABLE consent_records;--`;

/** Sends decisions through the widget's own record sender to the service; returns the manager (its consent id). */
async function decide(decisions: ((manager: ConsentManager) => void)[], textVersion?: string): Promise<ConsentManager> {
  const manager = createConsentManager({ policyUrl: '/p', recordEndpoint: `${base}/consent-records`, textVersion }, { storage: createMemoryStorage(), gpc: false });
  const sender = installRecordSender(manager, window);
  for (const decision of decisions) decision(manager);
  await sender.flush();
  if (localStorage.getItem('consent_banner_records')) throw new Error('records were not delivered');
  return manager;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Exact series colours in the chart's canvas (uPlot fills the bars with them). */
function coloursDrawn(admin: AdminFrame): string[] {
  const canvas = admin.$<HTMLCanvasElement>('consent-rate-chart canvas')!;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const wanted = new Map([
    ['26,127,55', 'accept'],
    ['179,89,0', 'custom'],
    ['90,98,112', 'reject'],
  ]);
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i += 4) {
    const name = data[i + 3] === 255 ? wanted.get(`${data[i]},${data[i + 1]},${data[i + 2]}`) : undefined;
    if (name) seen.add(name);
  }
  return [...seen].sort();
}

describe('the admin page /admin/ against the real service', function () {
  this.timeout(60_000);
  let admin: AdminFrame | undefined;
  after(() => closeService(name));
  afterEach(() => {
    admin?.frame.remove();
    admin = undefined;
    sessionStorage.removeItem('consent-admin-token');
    localStorage.clear();
  });

  it('the admin API answers 401 without the token or with a wrong one, and the page refuses a wrong token', async () => {
    for (const api of ['/api/stats', '/api/records?consentId=abcdefgh12', '/api/records.csv', '/api/suppressions']) {
      const path = `${base}${api}`;
      const missing = await adminFetch(path, '');
      expect(missing.status, path).to.equal(401);
      expect(missing.headers.get('www-authenticate')).to.match(/^Bearer/);
      expect((await adminFetch(path, 'not-the-token')).status, path).to.equal(401);
    }
    admin = await openAdmin({ base, lang: 'en' });
    await signIn(admin, 'not-the-token');
    await waitUntil(() => admin!.$('.problem p'), 'no message for a wrong token');
    expect(admin.$('.problem p')!.textContent).to.equal('The service did not accept this token. Check CONSENT_ADMIN_TOKEN and try again.');
    expect(admin.$('#overview-title'), 'no data shown').to.equal(null);
    expect(admin.$('#token'), 'asks again').not.to.equal(null);
    expect(admin.doc.activeElement?.id, 'with the focus in the token field').to.equal('token');
    expect(sessionStorage.getItem('consent-admin-token')).to.equal(null);
  });

  it('the chart, figures and daily numbers show the records just sent', async () => {
    admin = await openAdmin({ base, lang: 'en' });
    await signedIn(admin);
    expect(admin.doc.activeElement?.id, 'keyboard focus continues at the first heading').to.equal('overview-title');
    const before = (await (await adminFetch(`${base}/api/stats`)).json()) as { total: number; days: { day: string; acceptAll: number; rejectAll: number; custom: number }[] };
    const todayBefore = before.days.find((d) => d.day === today()) ?? { acceptAll: 0, rejectAll: 0, custom: 0 };

    await decide([(m) => m.acceptAll('banner'), (m) => m.rejectAll('preferences'), (m) => m.set({ analytics: true }, 'preferences')]);
    await waitUntil(() => !buttonNamed(admin!, 'Refresh').disabled);
    buttonNamed(admin, 'Refresh').click();
    const totalFigure = () => admin!.$('.figure-total dd')!.textContent!.replace(/,/g, '');
    await waitUntil(() => totalFigure() === String(before.total + 3), `the total stayed ${totalFigure()}`);

    admin.$<HTMLElement>('details summary')!.click();
    const row = admin.$$('details tbody tr').find((tr) => tr.querySelector('th')!.textContent === today())!;
    const cells = [...row.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/,/g, '')));
    // Columns: decisions, accepted all, chose some, rejected all.
    expect(cells.slice(1)).to.deep.equal([todayBefore.acceptAll + 1, todayBefore.custom + 1, todayBefore.rejectAll + 1]);
    // Today's bar is drawn with all three parts.
    await waitUntil(() => coloursDrawn(admin!).length === 3, `the chart shows ${coloursDrawn(admin!)}`);
    expect(admin.violations, 'no CSP violation').to.deep.equal([]);
  });

  it('the per-category chart and its table show the granted share per day of the records just sent', async () => {
    type Counts = Record<string, { granted: number; refused: number }>;
    const todayCounts = async () => {
      const stats = (await (await adminFetch(`${base}/api/stats`)).json()) as { days: { day: string; categories: Counts }[] };
      return stats.days.find((d) => d.day === today())?.categories ?? {};
    };
    const before = await todayCounts();
    // Analytics granted in two of the three decisions, marketing in one.
    await decide([(m) => m.acceptAll('banner'), (m) => m.rejectAll('banner'), (m) => m.set({ analytics: true, marketing: false }, 'preferences')]);
    const expected = (id: string, granted: number, refused: number) => {
      const g = (before[id]?.granted ?? 0) + granted;
      const total = g + (before[id]?.refused ?? 0) + refused;
      const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(g / total);
      return `${percent} (${g} of ${total})`;
    };
    const after = await todayCounts();
    expect(after.analytics, 'the service counted the three decisions').to.deep.equal({ granted: (before.analytics?.granted ?? 0) + 2, refused: (before.analytics?.refused ?? 0) + 1 });

    admin = await openAdmin({ base, lang: 'en' });
    await signedIn(admin);
    await waitUntil(() => admin!.$('#category-chart-title'), 'no per-category chart');
    expect(admin.$('#category-chart-title')!.textContent).to.equal('Granted per day');
    expect(admin.$$('consent-category-chart .legend li').map((li) => li.textContent!.trim())).to.deep.equal(['Analytics', 'Marketing']);
    expect(admin.$('consent-category-chart [role="img"]')!.getAttribute('aria-label')).to.equal('Chart: share of decisions per day that granted each optional category');

    const details = admin.$('#category-chart-title ~ details')!;
    details.querySelector<HTMLElement>('summary')!.click();
    expect(details.querySelector('summary')!.textContent).to.equal('Granted per day, by category');
    expect([...details.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Day', 'Analytics', 'Marketing']);
    const row = [...details.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === today())!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal([expected('analytics', 2, 1), expected('marketing', 1, 2)]);

    // Both lines are drawn, each in its own colour (the legend's swatches carry the same colours).
    const swatchColours = admin.$$('consent-category-chart .legend line').map((line) => line.getAttribute('stroke'));
    expect(swatchColours).to.deep.equal(['#0072b2', '#b34700']);
    const drawn = () => {
      const canvas = admin!.$<HTMLCanvasElement>('consent-category-chart canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const wanted = new Map([
        ['0,114,178', 'analytics'],
        ['179,71,0', 'marketing'],
      ]);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) {
        const name = data[i + 3] === 255 ? wanted.get(`${data[i]},${data[i + 1]},${data[i + 2]}`) : undefined;
        if (name) seen.add(name);
      }
      return [...seen].sort();
    };
    await waitUntil(() => drawn().length === 2, `the chart shows ${drawn()}`);

    // In Japanese, the same numbers as a native writes them.
    admin.frame.remove();
    admin = await openAdmin({ base, lang: 'ja' });
    // Signed in already: the token is kept for this tab.
    await waitUntil(() => admin!.$('#category-chart-title'), 'the Japanese page did not show the per-category chart');
    expect(admin.$('#category-chart-title')!.textContent).to.equal('日ごとの許可率');
    const jaRow = admin.$$('#category-chart-title ~ details tbody tr').find((tr) => tr.querySelector('th')!.textContent === today())!;
    const g = (before.marketing?.granted ?? 0) + 1;
    const total = g + (before.marketing?.refused ?? 0) + 2;
    const percent = new Intl.NumberFormat('ja', { style: 'percent', maximumFractionDigits: 1 }).format(g / total);
    expect(jaRow.querySelectorAll('td')[1].textContent).to.equal(`${percent}（${total} 件中 ${g} 件）`);
    expect(admin.violations, 'no CSP violation').to.deep.equal([]);
  });

  it('looks up a consent id and lists its records, hostile strings shown as text', async () => {
    const manager = await decide([(m) => m.acceptAll('banner'), (m) => m.set({ analytics: true, marketing: false }, 'preferences')], HOSTILE);
    const consentId = manager.getDecision()!.consentId;
    const stored = await storedRecords(consentId, base);
    expect(stored).to.have.length(2);

    admin = await openAdmin({ base, lang: 'en' });
    await signedIn(admin);
    await typeAndEnter(admin, '#consent-id', consentId);
    await waitUntil(() => admin!.$$('.records > li').length === 2, 'records not listed');
    expect(admin.$('.lookup-result p')!.textContent!.trim()).to.equal('2 records');
    const items = admin.$$('.records > li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items[0]).to.contain('Banner').and.contain('Analytics: Granted').and.contain('Marketing: Granted').and.contain(stored[0].recordId);
    expect(items[1]).to.contain('Preferences').and.contain('Analytics: Granted').and.contain('Marketing: Refused').and.contain(stored[1].recordId);
    expect(items[0], 'the hostile text version, as text').to.contain(HOSTILE);
    expect(admin.$('.records img'), 'no element made from it').to.equal(null);
    expect((admin.win as Window & { pwned?: number }).pwned).to.equal(undefined);

    // Not an id: the field says so and nothing is sent.
    await typeAndEnter(admin, '#consent-id', `<b>1';--`);
    expect(admin.$<HTMLInputElement>('#consent-id')!.validity.patternMismatch).to.equal(true);
    expect(admin.$$('.records > li'), 'the last result stays').to.have.length(2);

    await typeAndEnter(admin, '#consent-id', 'nobody0000000');
    await waitUntil(() => admin!.$('.lookup-result p')?.textContent?.includes('No records'));
    expect(admin.$$('.records > li')).to.have.length(0);
    expect(admin.violations).to.deep.equal([]);
  });

  it('exports the period as CSV and NDJSON downloads that hold the records just sent', async () => {
    const manager = await decide([(m) => m.acceptAll('banner'), (m) => m.rejectAll('preferences')]);
    const consentId = manager.getDecision()!.consentId;
    const recordIds = (await storedRecords(consentId, base)).map((r) => r.recordId);
    admin = await openAdmin({ base, lang: 'en' });
    await signedIn(admin);

    const csv = await download(admin, 'Download CSV');
    expect(csv.name).to.match(/^consent-records-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).to.equal('recordId,receivedAt,country,consentId,time,revision,language,source,gpc,textVersion,state,hash');
    const ours = lines.filter((line) => line.includes(consentId));
    // A record id may start with "-" (base64url): the CSV prefixes such a cell with ' so no spreadsheet runs it.
    expect(ours.map((line) => line.split(',')[0])).to.deep.equal(recordIds.map((id) => (id.startsWith('-') ? `'${id}` : id)));
    expect(ours.map((line) => line.split(',')[7])).to.deep.equal(['banner', 'preferences']);

    const ndjson = await download(admin, 'Download NDJSON');
    expect(ndjson.name).to.match(/\.ndjson$/);
    const rows = ndjson.text.trim().split('\n').map((line) => JSON.parse(line) as { recordId: string; record: { consentId: string } });
    expect(rows.filter((row) => row.record.consentId === consentId).map((row) => row.recordId)).to.deep.equal(recordIds);
    expect(admin.$('[role="status"]')!.textContent).to.contain(ndjson.name);
  });

  it('shows who unsubscribed with a signed one-click link in the suppression list, as text', async () => {
    const recipient = `<b>r-${Math.random().toString(36).slice(2, 8)}</b>'--`;
    const link = (await (await fetch(`/test-service/link?recipient=${encodeURIComponent(recipient)}&category=marketing`)).json()) as { token: string };
    const oneClick = await fetch(`${base}/one-click?token=${encodeURIComponent(link.token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).to.equal(200);

    admin = await openAdmin({ base, lang: 'ja' });
    await signedIn(admin);
    await waitUntil(() => admin!.$$('#suppressions-title ~ .table-wrap tbody tr').length, 'suppression list not shown');
    const row = admin.$$('#suppressions-title ~ .table-wrap tbody tr').find((tr) => tr.querySelector('code')!.textContent === recipient);
    expect(row, 'the recipient, as text').not.to.equal(undefined);
    expect(row!.textContent).to.contain('広告・マーケティング');
    expect(admin.$('#suppressions-title ~ .table-wrap b'), 'no element made from it').to.equal(null);

    const csv = await download(admin, '一覧を CSV でダウンロード');
    expect(csv.name).to.equal('suppressions-marketing.csv');
    expect(csv.text.split('\r\n')[0]).to.equal('recipient,category,since');
    expect(csv.text.split('\r\n').filter((line) => line.startsWith(`${recipient},marketing,`))).to.have.length(1);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`is axe-clean, in ${lang === 'ja' ? 'Japanese' : 'English'}, signed out and with data, and keeps the token for the tab only`, async () => {
      await decide([(m) => m.acceptAll('banner')]);
      admin = await openAdmin({ base, lang });
      expect(admin.doc.documentElement.lang).to.equal(lang);
      expect(admin.$('h1')!.textContent).to.equal(lang === 'ja' ? '同意の記録' : 'Consent records');
      expect(await axeViolations(admin.doc), 'sign-in form').to.deep.equal([]);
      await signedIn(admin);
      expect(sessionStorage.getItem('consent-admin-token')).to.equal(TEST_ADMIN_TOKEN);
      const manager = await decide([(m) => m.rejectAll('banner')]);
      await typeAndEnter(admin, '#consent-id', manager.getDecision()!.consentId);
      await waitUntil(() => admin!.$$('.records > li').length === 1);
      for (const summary of admin.$$('details summary')) summary.click();
      expect(await axeViolations(admin.doc), 'dashboard').to.deep.equal([]);
      expect(admin.violations, 'no CSP violation').to.deep.equal([]);
    });
  }

  it('switches language with its links, and keeps the owner signed in', async () => {
    admin = await openAdmin({ base, lang: 'ja' });
    await signedIn(admin);
    expect(admin.$('#overview-title')!.textContent).to.equal('同意率');
    const english = admin.$$<HTMLAnchorElement>('.lang a').find((a) => a.hreflang === 'en')!;
    expect(english.getAttribute('aria-current')).to.equal('false');
    const reloaded = new Promise((resolve) => admin!.frame.addEventListener('load', resolve, { once: true }));
    english.click();
    await reloaded;
    const doc = admin.frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#overview-title'), 'not signed in after the switch');
    expect(doc.querySelector('#overview-title')!.textContent).to.equal('Consent rate');
    expect(doc.documentElement.lang).to.equal('en');
  });

  it('fits a 375 px wide screen without sideways scrolling', async () => {
    await decide([(m) => m.acceptAll('banner')]);
    admin = await openAdmin({ base, lang: 'ja', width: 375 });
    await signedIn(admin);
    const manager = await decide([(m) => m.set({ analytics: true }, 'preferences')], HOSTILE);
    await typeAndEnter(admin, '#consent-id', manager.getDecision()!.consentId);
    await waitUntil(() => admin!.$$('.records > li').length === 1);
    expect(admin.doc.documentElement.scrollWidth).to.be.at.most(375);
    for (const canvas of admin.$$('consent-rate-chart canvas, consent-category-chart canvas')) expect(canvas.getBoundingClientRect().right).to.be.at.most(375);
    expect(admin.$$('consent-category-chart canvas')).to.have.length(1);
  });

  it('is served with the strict CSP and the other security headers', async () => {
    const response = await fetch(`${base}/admin/`);
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
    const html = await response.text();
    expect(html, 'no inline script').not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html, 'no inline style').not.to.match(/<style|\sstyle=/);
  });
});
