// The demo's language switch: ?lang=en or ?lang=ja sets <html lang>, which the widget follows.
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'en' || lang === 'ja') document.documentElement.lang = lang;
