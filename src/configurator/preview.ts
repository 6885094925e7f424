// The live preview's page: the real widget (dist/consent-banner.js) with the current config, on a small
// sample page with a marked script, an embed and the disclosure table. Its consent cookie has a name of its
// own, so trying the banner here never touches a decision the person has on their own site or the demo.
import { CONFIG_BLOCK_ID } from '../core/config-sources.js';
import type { ConsentConfigInput } from '../core/config-types.js';
import { colourStyle, configJson } from './outputs.js';
import type { Colours, SiteLanguage } from './state.js';

export const PREVIEW_COOKIE = 'consent_banner_configurator_preview';

const SAMPLE: Record<SiteLanguage, { title: string; text: string; waiting: string; ran: string; embed: string; settings: string; disclosure: string }> = {
  ja: {
    title: 'サンプルページ',
    text: 'このページは設定を試すための見本です。バナーのボタンを押して、動きを確かめてください。',
    waiting: 'アクセス解析のサンプルスクリプト：同意を待っています',
    ran: 'アクセス解析のサンプルスクリプト：実行されました',
    embed: '埋め込み動画のサンプル',
    settings: 'Cookie設定',
    disclosure: '外部送信について',
  },
  en: {
    title: 'Sample page',
    text: 'This page is a sample for trying out your settings. Press the banner’s buttons to see what they do.',
    waiting: 'Sample analytics script: waiting for consent',
    ran: 'Sample analytics script: has run',
    embed: 'Sample embedded video',
    settings: 'Cookie settings',
    disclosure: 'Information sent to third parties',
  },
};

export interface PreviewOptions {
  config: ConsentConfigInput;
  colours?: Colours;
  lang: SiteLanguage;
  /** Absolute URL of the built widget. */
  widgetUrl: string;
  /** Absolute URL of the sample embed's page. */
  embedUrl: string;
}

export function previewDocument({ config, colours, lang, widgetUrl, embedUrl }: PreviewOptions): string {
  const sample = SAMPLE[lang];
  // The sample script is gated by the first optional category the config keeps.
  const gated = config.categories?.analytics === false ? (config.categories?.marketing === false ? undefined : 'marketing') : 'analytics';
  const embedCategory = config.categories?.marketing === false ? gated : 'marketing';
  const previewConfig = { ...config, cookieName: PREVIEW_COOKIE };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sample.title}</title>
<style>
  body { font: 15px/1.6 system-ui, sans-serif; margin: 0; padding: 16px 16px 200px; color: #1b1f24; background: #f6f7f9; }
  main { max-width: 720px; margin: 0 auto; }
  iframe { border: 0; width: 100%; max-width: 480px; aspect-ratio: 16 / 9; display: block; }
  .status { padding: 8px 12px; background: #fff; border: 1px solid #c9ced6; border-radius: 4px; }
</style>
${colours ? colourStyle(colours) : ''}
<script type="application/json" id="${CONFIG_BLOCK_ID}">
${configJson(previewConfig)}
</script>
<script src="${widgetUrl}"></script>
</head>
<body>
<main>
  <h1>${sample.title}</h1>
  <p>${sample.text}</p>
  ${gated ? `<p class="status" id="sample-script-status">${sample.waiting}</p>
  <script type="text/plain" data-consent="${gated}">document.getElementById('sample-script-status').textContent = ${JSON.stringify(sample.ran)};</script>` : ''}
  ${embedCategory ? `<iframe data-consent="${embedCategory}" data-src="${embedUrl}" title="${sample.embed}"></iframe>` : ''}
  <p><a href="#" data-consent-open>${sample.settings}</a></p>
  <h2>${sample.disclosure}</h2>
  <consent-disclosure></consent-disclosure>
</main>
</body>
</html>`;
}
