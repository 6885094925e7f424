// A stand-in for an advertising tag, gated with data-consent="marketing".
(() => {
  // Kept on window too, for demo.js: this may run before the status cell exists (see analytics.js).
  const show = (html) => {
    (window.demoTrackerStatus ??= {}).marketing = html;
    const cell = document.querySelector('[data-tracker="marketing"]');
    if (cell) cell.innerHTML = html;
  };
  document.cookie = `_demo_ads=${Date.now().toString(36)}; Path=/; Max-Age=7776000; SameSite=Lax`;
  fetch(`/collect?tracker=marketing&page=${encodeURIComponent(location.pathname)}`, { method: 'POST', keepalive: true }).catch(() => {});
  console.info('[demo marketing] started: ad conversion tag loaded');
  show('<span class="badge on"><span lang="ja">配信中</span><span lang="en">Running</span></span>');
  document.addEventListener('consent-change', (event) => {
    if (event.detail.state.marketing) return;
    console.info('[demo marketing] stopped: consent withdrawn');
    show('<span class="badge off"><span lang="ja">停止しました</span><span lang="en">Stopped</span></span>');
  });
})();
