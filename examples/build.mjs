// Builds the framework examples, as an app's own bundler would:
//   examples/<react|vue|svelte>/dist/main.js    the browser bundle (framework, Lit and consent-banner included)
//   examples/<react|vue|svelte>/dist/server.js  server rendering for Node (packages stay in node_modules)
// consent-banner comes from its built files (dist/esm), so run `npm run build` first.
// Usage: node examples/build.mjs
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, compileModule } from 'svelte/compiler';

const examples = fileURLToPath(new URL('.', import.meta.url));

/** Compiles `.svelte` components and `.svelte.ts` rune modules with Svelte's compiler. */
function svelte(generate) {
  return {
    name: 'svelte',
    setup(builder) {
      builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
        const { js, warnings } = compile(await readFile(path, 'utf8'), { filename: path, generate, css: 'injected' });
        return { contents: js.code, loader: 'js', warnings: warnings.map(({ message }) => ({ text: message })) };
      });
      builder.onLoad({ filter: /\.svelte\.ts$/ }, async ({ path }) => {
        const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', sourcefile: path });
        return { contents: compileModule(code, { filename: path, generate }).js.code, loader: 'js' };
      });
    },
  };
}

const browser = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['production'],
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
};
const server = { bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', jsx: 'automatic', logLevel: 'warning' };

const builds = [
  { name: 'react', main: 'main.tsx', server: 'server.tsx' },
  { name: 'vue', main: 'main.ts', server: 'server.ts' },
  { name: 'svelte', main: 'main.ts', server: 'server.ts', plugin: svelte },
];

await Promise.all(
  builds.flatMap(({ name, main, server: serverEntry, plugin }) => [
    build({ ...browser, entryPoints: [`${examples}${name}/${main}`], outfile: `${examples}${name}/dist/main.js`, plugins: plugin ? [plugin('client')] : [] }),
    build({ ...server, entryPoints: [`${examples}${name}/${serverEntry}`], outfile: `${examples}${name}/dist/server.js`, plugins: plugin ? [plugin('server')] : [] }),
  ]),
);
console.log('examples built: react, vue, svelte (examples/*/dist/main.js, server.js)');
