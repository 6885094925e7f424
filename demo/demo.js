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
