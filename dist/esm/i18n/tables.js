/** A language's whole table from its two files (categories joined field by field). */
function joinTables(first, more) {
    const categories = { ...first.categories };
    for (const id of Object.keys(categories))
        categories[id] = { ...first.categories[id], ...more.categories[id] };
    return { ...first, ...more, categories };
}

export { joinTables };
