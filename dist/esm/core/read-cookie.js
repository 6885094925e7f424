/**
 * Every value stored under `name`: cookies set with other paths or domains
 * share the name. Decoded the way js-cookie decodes (only %XX sequences), in
 * a module of its own so the boot script reads the cookie without js-cookie.
 */
function readCookieValues(doc, name) {
    return doc.cookie
        .split('; ')
        .filter((cookie) => cookie.startsWith(`${name}=`))
        .map((cookie) => {
        const value = cookie.slice(name.length + 1);
        try {
            return value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
        }
        catch {
            return value;
        }
    });
}

export { readCookieValues };
