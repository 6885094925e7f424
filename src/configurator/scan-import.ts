// Reads what `consent-banner scan URL --json` prints (bin/consent-banner.mjs: the scan result with its
// `report`, scanner/report.mjs's buildReport): the draft `vendors` list, catalogue ids first, then a
// skeleton for each unknown third-party host, and what was seen of each, for the checklist.
import { catalogueVendor } from '../catalogue/vendors.js';
import { emptyPair, type SeenOnSite, type VendorChoice } from './state.js';

export type ScanImport =
  | { ok: true; vendors: VendorChoice[]; url?: string }
  /** `notJson` carries the parser's message; `notScan` means valid JSON of another shape. */
  | { ok: false; error: 'empty' | 'notJson' | 'notScan'; detail?: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function parseScan(text: string): ScanImport {
  if (!text.trim()) return { ok: false, error: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: 'notJson', detail: (error as Error).message };
  }
  const report = isObject(parsed) ? parsed.report : undefined;
  if (!isObject(report) || !Array.isArray(report.vendors)) return { ok: false, error: 'notScan' };
  const matches = isObject(report.matches) && Array.isArray(report.matches.vendors) ? report.matches.vendors.filter(isObject) : [];
  const seenFor = (id: string): SeenOnSite | undefined => {
    const hit = matches.find((match) => match.id === id);
    return hit ? { hosts: strings(hit.hosts), cookies: strings(hit.cookies) } : undefined;
  };
  const vendors: VendorChoice[] = [];
  for (const entry of report.vendors) {
    if (typeof entry === 'string') {
      // An id this catalogue lacks (a scan by a newer version) is not a recipient we can describe: left out.
      if (!catalogueVendor(entry)) continue;
      const seen = seenFor(entry);
      vendors.push({ kind: 'catalogue', id: entry, ...(seen && { seen }) });
    } else if (isObject(entry) && typeof entry.id === 'string' && entry.id) {
      const name = typeof entry.name === 'string' ? entry.name : entry.id;
      const domains = strings(entry.domains);
      vendors.push({
        kind: 'site',
        id: entry.id,
        // The scanner only knows the host: the site owner names the recipient in each language.
        name: { ja: name, en: name },
        category: typeof entry.category === 'string' ? entry.category : 'marketing',
        data: emptyPair(),
        purpose: emptyPair(),
        policyUrl: '',
        optOutUrl: '',
        cookies: strings(entry.cookies).join(', '),
        domains: domains.join(', '),
        seen: { hosts: domains, cookies: strings(entry.cookies) },
      });
    } else {
      return { ok: false, error: 'notScan' };
    }
  }
  return { ok: true, vendors, ...(isObject(parsed) && typeof parsed.url === 'string' && { url: parsed.url }) };
}
