import { createHmac } from 'node:crypto';

// Opt-out link tokens: HMAC-SHA256 over recipient id, category and issue time (format in docs/service.md).
// node:crypto rather than WebCrypto so that making a link stays synchronous for mail code and the CLI.
const VERSION = 'cb1';
const CATEGORY_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
const MAX_RECIPIENT_LENGTH = 128;
const base64url = (data) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
/** True when a string holds no lone UTF-16 surrogate (which no database text column can keep). */
const isWellFormedText = (text) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
function mac(secret, recipient, category, issuedAt) {
    return createHmac('sha256', secret).update(`${VERSION}\n${recipient}\n${category}\n${issuedAt}`).digest();
}
/** Why a recipient id or category cannot go into a token, or null when they can. */
function tokenInputProblem(recipient, category) {
    if (typeof recipient !== 'string' || !recipient.length || recipient.length > MAX_RECIPIENT_LENGTH)
        return `recipient must be an id of 1 to ${MAX_RECIPIENT_LENGTH} characters`;
    if (recipient.includes('@'))
        return 'recipient looks like an e-mail address: use an opaque id from your mail system, a token must not reveal an address';
    if (!isWellFormedText(recipient))
        return 'recipient is not valid Unicode text';
    if (typeof category !== 'string' || !CATEGORY_PATTERN.test(category))
        return 'category must be a category id such as "marketing"';
    return null;
}
/** Makes a token for one recipient and category. Throws on an unusable recipient or category. */
function createOptOutToken(secret, recipient, category, issuedAt = Math.floor(Date.now() / 1000)) {
    if (!secret)
        throw new Error('An opt-out token needs a secret (CONSENT_SECRET).');
    const problem = tokenInputProblem(recipient, category);
    if (problem)
        throw new Error(`Cannot make an opt-out token: ${problem}.`);
    if (!Number.isInteger(issuedAt) || issuedAt < 0)
        throw new Error('issuedAt must be whole seconds since 1970.');
    return [VERSION, base64url(recipient), category, String(issuedAt), base64url(mac(secret, recipient, category, issuedAt))].join('.');
}
/** The e-mail opt-out link and List-Unsubscribe headers for one recipient and category. */
function createOptOutLink(options) {
    const issued = options.issuedAt instanceof Date ? Math.floor(options.issuedAt.getTime() / 1000) : options.issuedAt;
    const token = createOptOutToken(options.secret, options.recipient, options.category, issued);
    if (!URL.canParse(options.site))
        throw new Error(`site is not a URL: ${options.site}`);
    const page = new URL(options.site);
    page.searchParams.set(options.optOutParam ?? 'consent-opt-out', options.category);
    page.searchParams.set(options.optOutTokenParam ?? 'consent-token', token);
    const headers = {};
    if (options.serviceUrl) {
        if (!URL.canParse(options.serviceUrl))
            throw new Error(`serviceUrl is not a URL: ${options.serviceUrl}`);
        const oneClick = new URL('one-click', options.serviceUrl.endsWith('/') ? options.serviceUrl : `${options.serviceUrl}/`);
        oneClick.searchParams.set('token', token);
        headers['List-Unsubscribe'] = `<${oneClick.href}>, <${page.href}>`;
        headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    else {
        headers['List-Unsubscribe'] = `<${page.href}>`;
    }
    return { url: page.href, token, headers };
}

export { CATEGORY_PATTERN, createOptOutLink, createOptOutToken, isWellFormedText, tokenInputProblem };
