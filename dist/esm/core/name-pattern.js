/** `_ga*` → matches `_ga`, `_ga_ABC123`; every other character is literal. */
function namePattern(patterns) {
    if (!patterns.length)
        return null;
    const escaped = patterns.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'));
    return new RegExp(`^(?:${escaped.join('|')})$`);
}

export { namePattern };
