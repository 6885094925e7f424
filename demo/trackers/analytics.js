// A stand-in for an analytics tag. It is gated with data-consent="analytics",
// so it runs only after the visitor grants analytics. Visible effects: a
// badge, a console line, a cookie and a request to the demo server.
(() => {
  // The status is kept on window as well: after a reload this runs in <head>, before the demo's
  // status cell exists, and demo.js shows it from there.
  const show = (html) => {
    (window.demoTrackerStatus ??= {}).analytics = html;
    const cell = document.querySelector('[data-tracker="analytics"]');
    if (cell) cell.innerHTML = html;
  };
  let hits = 0;
  let timer;
  const send = () => {
    hits++;
    fetch(`/collect?tracker=analytics&page=${encodeURIComponent(location.pathname)}&hit=${hits}`, { method: 'POST', keepalive: true }).catch(() => {});
    show(`<span class="badge on"><span lang="ja">計測中（${hits}件送信）</span><span lang="en">Running (${hits} sent)</span></span>`);
  };
  const start = () => {
    document.cookie = `_demo_analytics=${Date.now().toString(36)}; Path=/; Max-Age=31536000; SameSite=Lax`;
    console.info('[demo analytics] started: sending page views to /collect');
    send();
    timer = setInterval(send, 5000);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    console.info('[demo analytics] stopped: consent withdrawn');
    show('<span class="badge off"><span lang="ja">停止しました</span><span lang="en">Stopped</span></span>');
  };
  // A running script cannot be unloaded: a well-behaved tag listens and stops (or resumes) itself.
  document.addEventListener('consent-change', (event) => {
    if (event.detail.state.analytics && !timer) start();
    else if (!event.detail.state.analytics && timer) stop();
  });
  start();
})();
