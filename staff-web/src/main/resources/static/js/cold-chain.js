// The cold-chain screen. Live by a bounded poll: every POLL_MS, while the tab is visible and nobody is typing a
// reason into one of its forms, htmx fetches the fridges and quarantined vials again (one ordinary request, so token
// refresh and authorisation stay on the normal path). Charts: one per fridge, its points fetched as JSON, redrawn
// when the fridge's newest reading changes. No inline script (CSP).
(function () {
  var POLL_MS = 2000;
  var STALE_MS = 10000;
  var RED = '#c62828', BLUE = '#1565c0', BAND = 'rgba(46, 125, 50, 0.12)';
  var box, status, lastHeard = Date.now(), unreachable = false, charts = {};

  function show() {
    var seconds = Math.max(0, Math.round((Date.now() - lastHeard) / 1000));
    if (unreachable) {
      status.textContent = 'The platform is unreachable: this is from ' + seconds + ' s ago.';
    } else if (seconds * 1000 > STALE_MS) {
      status.textContent = 'No word from the platform for ' + seconds + ' s.';
    } else {
      status.textContent = 'Updated ' + seconds + ' s ago';
    }
    status.classList.toggle('stale', unreachable || seconds * 1000 > STALE_MS);
  }

  // A reason half typed must not be swapped away under the person typing it.
  function typing() {
    var active = document.activeElement;
    if (active && box.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName)) {
      return true;
    }
    return Array.prototype.some.call(box.querySelectorAll('input[type=text]'), function (input) {
      return input.value !== '';
    });
  }

  function poll() {
    if (document.hidden || typing()) {
      return;
    }
    htmx.trigger(box, 'cold-poll');
  }

  function draw(figure, data) {
    var canvas = figure.querySelector('canvas');
    var points = data.points.map(function (p) { return { x: Date.parse(p.at), y: Number(p.celsius) }; });
    var colours = data.points.map(function (p) { return p.excursion ? RED : BLUE; });
    var from = Date.parse(data.from), to = Date.parse(data.to);
    var band = function (value) { return [{ x: from, y: value }, { x: to, y: value }]; };
    var config = {
      type: 'line',
      data: {
        datasets: [
          { label: 'Temperature (°C)', data: points, borderColor: BLUE, borderWidth: 1.5, pointRadius: 2.5,
            pointBackgroundColor: colours, pointBorderColor: colours, tension: 0, order: 0 },
          { label: '8 °C', data: band(Number(data.high)), borderColor: 'rgba(46, 125, 50, 0.5)', borderWidth: 1,
            pointRadius: 0, fill: '+1', backgroundColor: BAND, order: 1 },
          { label: '2 °C', data: band(Number(data.low)), borderColor: 'rgba(46, 125, 50, 0.5)', borderWidth: 1,
            pointRadius: 0, fill: false, order: 2 }
        ]
      },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', min: from, max: to,
               ticks: { maxTicksLimit: 8, callback: function (value) {
                 var d = new Date(value);
                 return data.range === '24h' ? d.toISOString().substring(11, 16)
                   : d.toISOString().substring(5, 10);
               } } },
          y: { suggestedMin: 0, suggestedMax: 12, title: { display: true, text: '°C' } }
        },
        plugins: { legend: { display: false },
                   tooltip: { callbacks: { title: function (items) {
                     return new Date(items[0].parsed.x).toISOString().replace('T', ' ').substring(0, 16) + ' UTC';
                   } } } }
      }
    };
    var chart = charts[figure.dataset.fridge];
    if (chart) {
      chart.data = config.data;
      chart.options = config.options;
      chart.update();
    } else {
      charts[figure.dataset.fridge] = new Chart(canvas, config);
    }
    figure.dataset.range = data.range;
    figure.dataset.drawn = 'true';
    var note = figure.querySelector('.chart-note');
    note.textContent = data.points.length === 0 ? 'No reading in this span.'
      : (data.totalReadings > data.points.length
        ? 'The newest ' + data.points.length + ' of ' + data.totalReadings + ' readings.' : '');
  }

  function load(figure, range) {
    var canvas = figure.querySelector('canvas');
    var url = new URL(canvas.getAttribute('data-readings'), window.location.href);
    url.searchParams.set('range', range);
    figure.dataset.loading = 'true';
    fetch(url.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (data) { draw(figure, data); })
      .catch(function () { figure.querySelector('.chart-note').textContent = 'The readings could not be loaded.'; })
      .finally(function () { delete figure.dataset.loading; });
    figure.querySelectorAll('button[data-range]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.range === range));
    });
  }

  // After a poll: redraw the charts whose fridge has a newer reading than the one drawn.
  function refreshCharts() {
    document.querySelectorAll('figure.fridge-chart').forEach(function (figure) {
      var row = box.querySelector('tr[data-fridge="' + figure.dataset.fridge + '"]');
      var last = row ? row.getAttribute('data-last-reading') : '';
      if (figure.dataset.last !== last && !figure.dataset.loading) {
        figure.dataset.last = last;
        load(figure, figure.dataset.range || '24h');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    box = document.getElementById('cold-live');
    status = document.getElementById('platform-status');
    if (!box || !status) {
      return;
    }
    document.querySelectorAll('figure.fridge-chart').forEach(function (figure) {
      figure.querySelectorAll('button[data-range]').forEach(function (button) {
        button.addEventListener('click', function () { load(figure, button.dataset.range); });
      });
    });
    box.addEventListener('htmx:afterSwap', function (event) {
      if (event.detail.xhr && event.detail.xhr.status >= 500) {
        unreachable = true;
      } else {
        unreachable = false;
        lastHeard = Date.now();
        refreshCharts();
      }
      show();
    });
    box.addEventListener('htmx:sendError', function () {
      unreachable = true;
      show();
    });
    refreshCharts();
    show();
    setInterval(show, 1000);
    setInterval(poll, POLL_MS);
  });
})();
