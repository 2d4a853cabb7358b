// The treatment room: a reconstituted vial's 24 h counted down from the deadline the server gave (amber in the last
// two hours), and the concentration a saline volume gives, shown as it is typed. No inline script (CSP).
(function () {
  var LAST_HOURS = 2 * 3600 * 1000;

  function left(ms) {
    if (ms <= 0) { return 'time is up'; }
    var minutes = Math.floor(ms / 60000);
    var m = minutes % 60;
    return Math.floor(minutes / 60) + ' h ' + (m < 10 ? '0' : '') + m + ' min';
  }

  function tick() {
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var ms = Date.parse(el.getAttribute('data-deadline')) - Date.now();
      el.textContent = left(ms);
      el.classList.toggle('amber', ms <= LAST_HOURS);
    });
  }

  function concentration(input) {
    var out = document.getElementById(input.getAttribute('aria-describedby'));
    var ml = parseFloat(String(input.value).replace(',', '.'));
    var units = parseInt(input.getAttribute('data-units'), 10);
    out.textContent = ml > 0 ? (Math.round(units / (ml * 10) * 100) / 100) + ' U per 0.1 mL' : '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 15000);
    document.querySelectorAll('form.reconstitute input[data-units]').forEach(function (input) {
      input.addEventListener('input', function () { concentration(input); });
    });
  });
})();
