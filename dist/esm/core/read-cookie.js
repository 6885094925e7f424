/**
 * Every value stored under `name` in a `Cookie` header or `document.cookie`:
 * cookies set with other paths or domains share the name. Decoded the way
 * js-cookie decodes (only %XX sequences). A module of its own, so the boot
 * script reads the cookie without js-cookie; the server entry uses it too.
 */
function cookieValues(header, name) {
    if (!header)
        return [];
    return header
        .split(/;\s*/)
        .filter((pair) => pair.startsWith(`${name}=`))
        .map((pair) => {
        const value = pair.slice(name.length + 1);
        try {
            return value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
        }
        catch {
            return value;
        }
    });
}

export { cookieValues };
