// A rollup plugin for the browser files: takes the comments and the layout whitespace out of Lit's
// css`…` templates in src/, which Lit ships as written (terser leaves template text alone). Only what
// CSS ignores goes: comments, runs of whitespace, and whitespace around { } ; , > and after a colon.
// Whitespace that means something (a descendant combinator, `calc(a - b)`) is kept as one space.
// Interpolations (${…}) are left as they are; the quoted strings in our styles hold none of these.

/** The CSS text of one template's static part, minified. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function cssLiterals({ include = /[/\\]src[/\\].*\.ts$/ } = {}) {
  return {
    name: 'css-literals',
    transform(code, id) {
      if (!include.test(id) || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) =>
        `css\`${body
          .split(/(\$\{[^}]*\})/)
          .map((part, i) => (i % 2 ? part : minifyCss(part)))
          .join('')}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
