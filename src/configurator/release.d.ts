// Filled in by rollup.config.mjs (configuratorPageBuild) from the CDN tag scripts/sri.mjs writes into the README.
declare module 'virtual:consent-banner-release' {
  export const CDN_SCRIPT: { src: string; integrity: string };
}
