// Runs in the page before any of its scripts (puppeteer evaluateOnNewDocument).
// It must be self-contained: puppeteer sends its source text, not its closure.
//
// Reports, via the CDP binding `__benchEmit` (fire-and-forget, no polling from
// Node) and in `window.__bench`:
//   visible  performance.now() when the banner element is connected, has a
//            non-zero box and checkVisibility({opacity, visibility}) is true.
//            Checked after every DOM mutation (document and the widget's
//            shadow root) and on every animation frame, whichever is first.
//   hidden   after a click: when the banner element is no longer visible
//            (removed, display:none, visibility:hidden, opacity 0 or zero box).
//   click    event.timeStamp of the first click (capture phase on window).
//   gated    the value the gated analytics script assigns to window.__gatedRanAt.
//   cls      sum of layout-shift entries without recent input; fcp from paint timing.
export function probe(config) {
  const state = { visibleAt: null, clickAt: null, hiddenAt: null, gatedAt: null, cls: 0, fcp: null, longTasks: 0 };
  Object.defineProperty(window, '__bench', { value: state });
  const emit = (type) => {
    try {
      if (typeof window.__benchEmit === 'function') window.__benchEmit(JSON.stringify({ type, state }));
    } catch {
      // the binding is only there when Node listens; window.__bench has it all anyway
    }
  };

  let gatedValue;
  Object.defineProperty(window, '__gatedRanAt', {
    configurable: true,
    get: () => gatedValue,
    set(value) {
      gatedValue = value;
      if (state.gatedAt === null) {
        state.gatedAt = value;
        emit('gated');
      }
    },
  });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks += entry.duration;
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // an observer type the browser lacks leaves its value at the default
  }

  const { banner } = config;
  let observedRoot = null;
  const observer = new MutationObserver(() => check());
  const observeOptions = { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] };

  function find() {
    let root = document;
    if (banner.host) {
      const host = document.querySelector(banner.host);
      root = host && host.shadowRoot;
      if (!root) return null;
      if (watching && root !== observedRoot) {
        observedRoot = root;
        observer.observe(root, observeOptions);
      }
    }
    return root.querySelector(banner.selector);
  }

  function isVisible(element) {
    if (!element || !element.isConnected) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  // phase: 'appear' until visible, then 'shown'; a click moves it to 'disappear'; 'done' stops all work.
  let phase = 'appear';
  let watching = false;
  let deadline = 0;

  function check() {
    if (phase === 'appear') {
      const element = find();
      if (element && isVisible(element)) {
        state.visibleAt = performance.now();
        phase = 'shown';
        stopWatching();
        emit('visible');
      }
    } else if (phase === 'disappear') {
      if (!isVisible(find())) {
        state.hiddenAt = performance.now();
        phase = 'done';
        stopWatching();
        emit('hidden');
      }
    }
  }

  function frame() {
    if (phase !== 'appear' && phase !== 'disappear') return;
    if (performance.now() > deadline) {
      phase = 'done';
      stopWatching();
      emit('timeout');
      return;
    }
    check();
    if (phase === 'appear' || phase === 'disappear') requestAnimationFrame(frame);
  }

  function startWatching() {
    watching = true;
    deadline = performance.now() + config.maxWatchMs;
    observer.observe(document, observeOptions);
    requestAnimationFrame(frame);
  }

  function stopWatching() {
    watching = false;
    observer.disconnect();
    observedRoot = null; // disconnect() dropped it too; find() observes it again on the next start
  }

  addEventListener(
    'click',
    (event) => {
      if (phase !== 'shown' || !config.watchClick) return;
      state.clickAt = event.timeStamp;
      phase = 'disappear';
      startWatching();
      check();
    },
    { capture: true },
  );

  // For Node: is the banner showing right now? (a returning visitor must not see it)
  Object.defineProperty(state, 'bannerVisibleNow', { value: () => isVisible(find()) });

  if (config.watchBanner) startWatching();
  else phase = 'done';
}
