import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const typescriptForBundle = () =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined, include: ['src/**/*.ts'], noEmitOnError: true });

// The UI's css`` stylesheets, minified by LightningCSS (through Lit's own plugin) before terser, which leaves
// template text alone. Mixins that are only a list of declarations (theme.ts) are not a stylesheet that
// LightningCSS can parse, so they stay as written. html`` templates stay as written: their whitespace is text.
const minifyStyles = () =>
  minifyTemplates({
    failOnError: true,
    options: { shouldMinify: () => false, shouldMinifyCSS: (t) => t.tag === 'css' && t.parts.some((part) => part.text.includes('{')) },
  });

// Every file starts with Chromium's per-file compile hint: each file is loaded when its code is about to
// run, so compiling all its functions while the file streams in beats compiling each on its first call on
// the main thread (measured with `npm run bench`: less widget script time, most with a 4x slower CPU).
// Other browsers ignore the comment.
const minify = () => terser({ ecma: 2020, module: true, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } });

export default [
  // The script-tag boot file: no Lit, no js-cookie, no validation messages; one classic script.
  {
    input: 'src/boot.ts',
    output: { file: 'dist/consent-banner.js', format: 'iife', sourcemap: false },
    plugins: [nodeResolve(), typescriptForBundle(), minify()],
  },
  // The full manager, loaded with import() by the boot file on a first visit, when a stored choice needs
  // its judgement, and on the first change. (Built on its own rather than code-split with the UI: the
  // few modules both use are smaller than the extra request a shared chunk would cost.)
  {
    // Parts only some sites or visits use (records, the unsubscribe link, config and boot problem texts,
    // catalogue completion) become consent-banner-core-<part>.js, fetched by the core only when needed.
    input: 'src/core-chunk.ts',
    // Let the entry also export what its parts import from it, instead of a facade file and an extra request.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: 'consent-banner-core.js',
      chunkFileNames: 'consent-banner-core-[name].js',
      // postJson, used by records and the unsubscribe link, travels with records rather than as a request of
      // its own; what the core itself also uses (storage keys) stays in the core.
      manualChunks: (id) =>
        /[/\\](post-json|records)\.ts$/.test(id) ? 'records' : /[/\\](core-chunk|storage-keys)\.ts$/.test(id) ? 'core' : undefined,
    },
    plugins: [nodeResolve(), typescriptForBundle(), minify()],
  },
  // The UI, loaded with import() by the core when something must be shown: Lit bundled.
  {
    // The placeholder and the disclosure table become consent-banner-ui-<element>.js, fetched only by
    // pages that show one; the preferences and notices consent-banner-ui-secondary-views.js, fetched when
    // first shown; the texts consent-banner-ui-<language>.js, one per visitor.
    input: 'src/ui-chunk.ts',
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: 'consent-banner-ui.js',
      chunkFileNames: 'consent-banner-ui-[name].js',
    },
    plugins: [nodeResolve(), typescriptForBundle(), minifyStyles(), minify()],
  },
  // The vendor catalogue, fetched by the core only when the config names vendors by id.
  {
    input: 'src/catalogue/vendors.ts',
    output: { file: 'dist/consent-banner-catalogue.js', format: 'es', sourcemap: false },
    plugins: [typescriptForBundle(), minify()],
  },
  // For bundler users: one file per module, dependencies left to their bundler.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', 'core/index': 'src/core/index.ts', 'catalogue/vendors': 'src/catalogue/vendors.ts', server: 'src/server.ts' },
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/esm/types', outDir: 'dist/esm', noEmitOnError: true })],
  },
];
