// A "third-party" tag, served from 127.0.0.1 while the site is loaded as localhost.
(function () {
  var origin = document.currentScript ? new URL(document.currentScript.src).origin : '';
  document.cookie = '_tp_uid=tp.' + Date.now() + '; path=/; max-age=3600';
  localStorage.setItem('_tp_last_seen', String(Date.now()));
  new Image().src = origin + '/collect?page=' + encodeURIComponent(location.pathname);
})();
