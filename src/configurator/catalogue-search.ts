// Finding catalogue vendors by what a site owner knows of them: a Japanese or English name, a host seen in
// the page's source, or a cookie name seen in the browser.
import { VENDOR_CATALOGUE, type CatalogueVendor } from '../catalogue/vendors.js';
import { localize } from '../core/localized-text.js';

/** Full-width letters and digits as half-width, lower case: "ＬＩＮＥ" finds "LINE". */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function haystack(vendor: CatalogueVendor): string[] {
  const names = typeof vendor.name === 'string' ? [vendor.name] : Object.values(vendor.name);
  return [vendor.id, ...names, ...vendor.domains, ...(vendor.cookies ?? []), ...(vendor.storage ?? [])].map(fold);
}

/** A cookie pattern such as `_ga_*` matches the cookie `_ga_ABC123` typed in full. */
function patternMatches(pattern: string, query: string): boolean {
  if (!pattern.endsWith('*')) return false;
  return query.startsWith(pattern.slice(0, -1)) && query.length >= pattern.length - 1;
}

/** Catalogue vendors matching every word of `query`, in catalogue order; all of them for an empty query. */
export function searchCatalogue(query: string): CatalogueVendor[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return Object.values(VENDOR_CATALOGUE).filter((vendor) => {
    const fields = haystack(vendor);
    return words.every((word) => fields.some((field) => field.includes(word) || patternMatches(field, word)));
  });
}

export function vendorName(id: string, lang: string): string {
  const vendor = VENDOR_CATALOGUE[id];
  return vendor ? (localize(vendor.name, lang) ?? id) : id;
}
