// The stock dashboard, live: the server's stream (EventSource) says when the stock changed, and htmx then fetches
// the dashboard again as an ordinary request. The status line says when the platform was last heard from, or that it
// is unreachable. No inline script (CSP).
(function () {
  var STALE_MS = 10000;
  var box, status, source, lastHeard = Date.now(), unreachable = false, opened = false;

  function fingerprint() {
    var live = box.querySelector('[data-fingerprint]');
    return live ? live.getAttribute('data-fingerprint') : '';
  }

  function heard() {
    lastHeard = Date.now();
    unreachable = false;
    show();
  }

  function show() {
    var seconds = Math.max(0, Math.round((Date.now() - lastHeard) / 1000));
    if (unreachable) {
      status.textContent = 'The platform is unreachable: these numbers are from ' + seconds + ' s ago.';
    } else if (seconds * 1000 > STALE_MS) {
      status.textContent = 'No word from the platform for ' + seconds + ' s.';
    } else {
      status.textContent = 'Updated ' + seconds + ' s ago';
    }
    status.classList.toggle('stale', unreachable || seconds * 1000 > STALE_MS);
  }

  // Each stream is opened with the fingerprint of the stock the page shows, so a change while reconnecting is told.
  function connect() {
    var url = new URL(box.getAttribute('data-events'), window.location.href);
    url.searchParams.set('shown', fingerprint());
    opened = false;
    source = new EventSource(url.toString());
    source.addEventListener('open', function () { opened = true; });
    source.addEventListener('heard', heard);
    source.addEventListener('changed', function () {
      heard();
      htmx.trigger(box, 'stock-changed');
    });
    source.addEventListener('unreachable', function () {
      unreachable = true;
      show();
    });
    source.addEventListener('error', function () {
      var neverOpened = !opened;
      source.close();
      // The server ends each stream before its token expires: reconnect at once. One refused outright (the session
      // ended) gets an ordinary request instead, which signs in again if it must.
      if (neverOpened) {
        htmx.trigger(box, 'stock-changed');
      }
      setTimeout(connect, neverOpened ? 5000 : 500);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    box = document.getElementById('live-stock');
    status = document.getElementById('platform-status');
    if (!box || !status || !window.EventSource) {
      return;
    }
    box.addEventListener('htmx:afterSwap', function (event) {
      if (event.detail.xhr && event.detail.xhr.status >= 500) {
        unreachable = true;
        show();
      } else {
        heard();
      }
    });
    box.addEventListener('htmx:sendError', function () {
      unreachable = true;
      show();
    });
    show();
    setInterval(show, 1000);
    connect();
  });
})();
