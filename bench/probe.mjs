// Runs in the page before any of its scripts (puppeteer evaluateOnNewDocument).
// It must be self-contained: puppeteer sends its source text, not its closure.
//
// Reports, via the CDP binding `__benchEmit` (fire-and-forget, no polling from
// Node) and in `window.__bench`:
//   visible  performance.now() in the first animation frame (requestAnimationFrame,
//            before that frame's paint) in which the banner element is connected,
//            has a non-zero box and checkVisibility({opacity, visibility}) is true.
//   hidden   after a click: when the banner element leaves the DOM (seen at once
//            by a MutationObserver on the document and the widget's shadow root)
//            or, checked per frame, is no longer visible (display:none,
//            visibility:hidden, opacity 0 or a zero box).
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
  // Only after the click: a MutationObserver sees the banner leave the DOM at once. It never measures
  // layout; everything that needs layout is checked in requestAnimationFrame, where the frame's own
  // style and layout happen anyway, so the probe adds no layout work of its own.
  let observing = false;
  let observedRoot = null;
  const observer = new MutationObserver(() => check(false));
  const observeOptions = { childList: true, subtree: true };

  function find() {
    let root = document;
    if (banner.host) {
      const host = document.querySelector(banner.host);
      root = host && host.shadowRoot;
      if (!root) return null;
      if (observing && root !== observedRoot) {
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
  let deadline = 0;

  function check(inFrame) {
    if (phase === 'appear') {
      if (inFrame && isVisible(find())) {
        state.visibleAt = performance.now();
        phase = 'shown';
        emit('visible');
      }
    } else if (phase === 'disappear') {
      const element = find();
      const gone = !element || !element.isConnected;
      if (gone || (inFrame && !isVisible(element))) {
        state.hiddenAt = performance.now();
        phase = 'done';
        stopObserving();
        emit('hidden');
      }
    }
  }

  function frame() {
    if (phase !== 'appear' && phase !== 'disappear') return;
    if (performance.now() > deadline) {
      phase = 'done';
      stopObserving();
      emit('timeout');
      return;
    }
    check(true);
    if (phase === 'appear' || phase === 'disappear') requestAnimationFrame(frame);
  }

  function startFrames() {
    deadline = performance.now() + config.maxWatchMs;
    requestAnimationFrame(frame);
  }

  function stopObserving() {
    observing = false;
    observer.disconnect();
    observedRoot = null;
  }

  addEventListener(
    'click',
    (event) => {
      if (phase !== 'shown' || !config.watchClick) return;
      state.clickAt = event.timeStamp;
      phase = 'disappear';
      observing = true;
      observer.observe(document, observeOptions);
      find(); // observes the shadow root too
      startFrames();
    },
    { capture: true },
  );

  // For Node: is the banner showing right now? (a returning visitor must not see it)
  Object.defineProperty(state, 'bannerVisibleNow', { value: () => isVisible(find()) });

  if (config.watchBanner) startFrames();
  else phase = 'done';
}
