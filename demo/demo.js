// Shows, live, what the widget tells the page: the state of each category and the last event.
// Loaded by several pages: each part runs only where the page has its elements.
const labels = {
  ja: { on: '同意済み', off: '未同意' },
  en: { on: 'Granted', off: 'Not granted' },
};

function render(state) {
  const text = labels[document.documentElement.lang === 'en' ? 'en' : 'ja'];
  for (const cell of document.querySelectorAll('[data-consent-state]')) {
    const granted = state[cell.dataset.consentState] === true;
    cell.textContent = granted ? text.on : text.off;
    cell.className = granted ? 'granted' : 'refused';
  }
}

const lastEvent = document.getElementById('last-event');
for (const type of ['consent-ready', 'consent-change']) {
  document.addEventListener(type, (event) => {
    render(event.detail.state);
    if (lastEvent) lastEvent.textContent = `${type} ${JSON.stringify({ ...event.detail, state: undefined })}`;
    console.info(`[demo] ${type}`, event.detail);
  });
}
if (window.consentBanner) render(window.consentBanner.getState());

// The sample trackers may have run before their status cell existed (a returning visitor's trackers
// start in <head>); they leave their status on window, shown here.
for (const [tracker, status] of Object.entries(window.demoTrackerStatus ?? {})) {
  const cell = document.querySelector(`[data-tracker="${tracker}"]`);
  if (cell) cell.innerHTML = status;
}

// The cookies this page can see, refreshed twice a second: watch tracker cookies appear and vanish.
const cookieList = document.getElementById('cookie-list');
if (cookieList) {
  setInterval(() => {
    cookieList.textContent = document.cookie ? document.cookie.split('; ').join('\n') : '(none)';
  }, 500);
}

// What the widget told Google's tags through the dataLayer.
const gcmLog = document.getElementById('gcm-log');
let shown = 0;
if (gcmLog) {
  setInterval(() => {
    const layer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
    for (; shown < layer.length; shown++) {
      const entry = layer[shown];
      const item = document.createElement('li');
      item.textContent = Object.prototype.toString.call(entry) === '[object Arguments]'
        ? `gtag(${Array.from(entry, (a) => JSON.stringify(a)).join(', ')})`
        : `dataLayer.push(${JSON.stringify(entry)})`;
      gcmLog.append(item);
    }
  }, 300);
}
