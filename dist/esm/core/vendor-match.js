/**
 * Which vendor an address belongs to, by the vendors' `domains` entries. One rule for autoBlock, the
 * withdrawal clean-up and `consent-banner scan`:
 *
 * - An entry is a host suffix, optionally followed by a path-and-query prefix: 'doubleclick.net',
 *   'www.google.com/maps/embed', 'googletagmanager.com/gtag/js?id=AW-'.
 * - An address matches when its host equals the entry's host or ends with '.' + it, and its
 *   path and query (`pathname + search`) start with the entry's prefix.
 * - When several vendors match, the longest matching entry wins: the most specific one, so that
 *   'www.google.com/maps/embed' beats a plain 'google.com', and gtag.js's `id=AW-` beats 'googletagmanager.com'.
 *   Equal lengths: the first vendor listed wins.
 *
 * Framework-free and dependency-free, so the boot file and the scanner (Node) can use it.
 */
/** The host (lower case) and the path-and-query prefix ('' for none) of a `domains` entry. */
function splitDomainEntry(entry) {
    const [, host, prefix] = /^([^/?]*)(.*)$/s.exec(entry);
    return { host: host.toLowerCase(), prefix };
}
/** Whether `url` (already parsed) matches one `domains` entry. */
function matchesDomainEntry(url, entry) {
    const { host, prefix } = splitDomainEntry(entry);
    const hostname = url.hostname.replace(/\.$/, '');
    return !!host && (hostname === host || hostname.endsWith(`.${host}`)) && (url.pathname + url.search).startsWith(prefix);
}
/** An address as a URL, relative ones resolved against `base`; null for what is not an http(s) address. */
function parseAddress(address, base) {
    try {
        const url = new URL(address, base);
        return /^https?:$/.test(url.protocol) ? url : null;
    }
    catch {
        return null;
    }
}
/**
 * The vendor whose longest `domains` entry matches `address`, or undefined. `base` resolves a
 * relative address (a page's `document.baseURI`).
 */
function matchVendor(address, vendors, base) {
    const url = parseAddress(address, base);
    let best;
    let bestLength = 0;
    for (const vendor of url ? vendors : []) {
        for (const entry of vendor.domains) {
            if (entry.length > bestLength && matchesDomainEntry(url, entry)) {
                best = vendor;
                bestLength = entry.length;
            }
        }
    }
    return best;
}

export { matchVendor, matchesDomainEntry, parseAddress, splitDomainEntry };
