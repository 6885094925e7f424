// Shows, live, what the widget tells the page: the state of each category and the last event.
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

for (const type of ['consent-ready', 'consent-change']) {
  document.addEventListener(type, (event) => {
    render(event.detail.state);
    document.getElementById('last-event').textContent = `${type} ${JSON.stringify({ ...event.detail, state: undefined })}`;
    console.info(`[demo] ${type}`, event.detail);
  });
}
if (window.consentBanner) render(window.consentBanner.getState());

for (const link of document.querySelectorAll('[data-lang-link]')) {
  if (link.dataset.langLink === document.documentElement.lang) link.setAttribute('aria-current', 'true');
}

// The cookies this page can see, refreshed twice a second: watch tracker cookies appear and vanish.
const cookieList = document.getElementById('cookie-list');
setInterval(() => {
  cookieList.textContent = document.cookie ? document.cookie.split('; ').join('\n') : '(none)';
}, 500);

// What the widget told Google's tags through the dataLayer.
const gcmLog = document.getElementById('gcm-log');
let shown = 0;
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
