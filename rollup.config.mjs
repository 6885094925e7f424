import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cssLiterals } from './scripts/rollup-css-literals.mjs';

/**
 * The core's script-tag build takes the functions boot-shared.ts lists from the boot script (passed to
 * startCore) instead of bundling them again: the core's imports of their modules resolve to from-boot.ts,
 * which re-exports the rest of those modules. A name from-boot.ts lacks fails the build.
 */
const fromBootScript = () => ({
  name: 'from-boot-script',
  async resolveId(source, importer) {
    if (!importer || /[/\\](boot-shared|from-boot)\.ts$/.test(importer) || !/\/(decision-rule|read-cookie|script-gate|chunk-files|events|localized-text|storage-keys)\.js$/.test(source)) return null;
    return this.resolve('./core/from-boot.ts', fileURLToPath(new URL('./src/core-chunk.ts', import.meta.url)), { skipSelf: true });
  },
});

const typescriptForBundle = () =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined, include: ['src/**/*.ts'], noEmitOnError: true });

// Three terser passes: the third still took 16 B off the boot file (the others unchanged).
// Every script-tag file starts with Chromium's per-file compile hint. Each file is loaded when its code is
// about to run, so compiling all its functions with the file (off the main thread when Chromium streams it)
// beats compiling each one lazily on its first call (measured with `npm run bench`: less widget script time,
// most with a 4x slower CPU). Other browsers ignore the comment.
const minify = () => terser({ ecma: 2020, module: true, compress: { passes: 3 }, format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' } });

/**
 * The service's admin page (dist/service/admin/): Lit and uPlot bundled into admin.js, beside index.html and
 * admin.css (the page's styles, then uPlot's). Files only, no inline script or style: the service serves them
 * under a strict CSP.
 */
function adminPageBuild() {
  const dir = 'src/service/admin';
  const staticFiles = {
    name: 'admin-static-files',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync(`${dir}/index.html`, 'utf8') });
      const uplotCss = readFileSync('node_modules/uplot/dist/uPlot.min.css', 'utf8');
      this.emitFile({ type: 'asset', fileName: 'admin.css', source: `${readFileSync(`${dir}/admin.css`, 'utf8')}\n/* uPlot (MIT), node_modules/uplot/dist/uPlot.min.css */\n${uplotCss}\n` });
    },
  };
  return {
    input: `${dir}/main.ts`,
    output: { file: 'dist/service/admin/admin.js', format: 'es', sourcemap: false },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      // Its own tsconfig: the widget's (tsconfig.json) leaves the admin page out of the bundler users' build and types.
      typescript({ tsconfig: './tsconfig.admin.json', outDir: undefined, rootDir: undefined, noEmitOnError: true }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
      staticFiles,
    ],
  };
}

/**
 * The configurator (dist/configurator/): a static page that builds a site's tag, config and 外部送信 page,
 * with a live preview of the built widget beside it (dist/consent-banner.js, loaded from ../). Lit, the
 * widget's config rules and the catalogue are bundled into configurator.js; none of it is part of the widget.
 * The CDN tag it offers is the one scripts/sri.mjs records in the README, read here at build time.
 */
function configuratorPageBuild() {
  const dir = 'src/configurator';
  const release = {
    name: 'configurator-release',
    resolveId: (source) => (source === 'virtual:consent-banner-release' ? '\0consent-banner-release' : null),
    load(id) {
      if (id !== '\0consent-banner-release') return null;
      const readme = readFileSync('README.md', 'utf8');
      const block = readme.slice(readme.indexOf('<!-- sri:start -->'), readme.indexOf('<!-- sri:end -->'));
      const src = /src="([^"]+)"/.exec(block)?.[1];
      const integrity = /integrity="([^"]+)"/.exec(block)?.[1];
      if (!src || !integrity) this.error('README.md has no CDN tag between the sri markers (node scripts/sri.mjs --write)');
      // The widget's script-tag build runs first in this list (rollup builds them in turn), so its file is the one just built.
      const built = existsSync('dist/consent-banner.js') && `sha384-${createHash('sha384').update(readFileSync('dist/consent-banner.js')).digest('base64')}`;
      if (built && built !== integrity) this.warn(`the README's CDN integrity is not that of dist/consent-banner.js (${built}); the configurator offers the README's. Run node scripts/sri.mjs --write`);
      return `export const CDN_SCRIPT = ${JSON.stringify({ src, integrity })};`;
    },
  };
  const staticFiles = {
    name: 'configurator-static-files',
    generateBundle() {
      for (const file of ['index.html', 'configurator.css', 'preview.html', 'sample-embed.html']) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`${dir}/${file}`, 'utf8') });
      }
    },
  };
  return {
    input: `${dir}/main.ts`,
    output: { file: 'dist/configurator/configurator.js', format: 'es', sourcemap: false },
    plugins: [
      release,
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.configurator.json', outDir: undefined, rootDir: undefined, noEmitOnError: true }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
      staticFiles,
    ],
  };
}

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
    // The config rules are an entry of their own (consent-banner-core-rules.js), which the core imports and a
    // first visit's banner loads without the rest of the core.
    input: { 'consent-banner-core': 'src/core-chunk.ts', 'consent-banner-core-rules': 'src/rules-chunk.ts' },
    // Let the entry also export what its parts import from it, instead of a facade file and an extra request.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: '[name].js',
      chunkFileNames: 'consent-banner-core-[name].js',
      // postJson, used by records and the unsubscribe link, travels with records rather than as a request of
      // its own; what the core itself also uses (storage keys) stays in the core.
      // The modules the rules entry reaches stay in its file (it is loaded first), rather than in a chunk of their own.
      manualChunks: (id) =>
        /[/\\](post-json|records)\.ts$/.test(id)
          ? 'records'
          : /[/\\](rules-chunk|config-rules|from-boot|categories|language|localized-text|chunk-files|events|script-gate|storage-keys)\.ts$/.test(id)
            ? 'rules'
            : undefined,
    },
    plugins: [fromBootScript(), nodeResolve(), typescriptForBundle(), minify()],
  },
  // The UI, loaded with import() by the core when something must be shown: Lit bundled.
  {
    // The placeholder and the disclosure table become consent-banner-ui-<element>.js, fetched only by
    // pages that show one; the preferences and notices consent-banner-ui-secondary-views.js, fetched when
    // first shown; the texts, one language per visitor: the first layer's consent-banner-ui-<language>.js (from
    // src/i18n/<language>-first.ts, the name the boot script fetches beside the UI), the rest
    // consent-banner-ui-<language>-more.js, with the preferences or whatever else shows them.
    input: 'src/ui-chunk.ts',
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: 'consent-banner-ui.js',
      chunkFileNames: (chunk) => `consent-banner-ui-${chunk.name.replace(/^(ja|en)-first$/, '$1')}.js`,
    },
    plugins: [nodeResolve(), cssLiterals(), typescriptForBundle(), minify()],
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
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie', /^node:/],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/esm/types', outDir: 'dist/esm', noEmitOnError: true })],
  },
  adminPageBuild(),
  configuratorPageBuild(),
  // The consent service (consent-banner/service) for Node: one file, with its types. The database and
  // validation packages stay external (optional peer dependencies, imported only when used).
  {
    input: 'src/service/index.ts',
    external: [/^node:/, /^@electric-sql\/pglite/, /^pg($|\/)/, /^ajv($|\/)/, /^ajv-formats($|\/)/],
    output: { file: 'dist/service/index.js', format: 'es', sourcemap: false },
    plugins: [
      typescript({ tsconfig: './tsconfig.service.json', declaration: true, declarationDir: 'dist/service/types', outDir: 'dist/service', noEmitOnError: true }),
    ],
  },
];
