// Every htmx request carries the CSRF token of the page (Spring Security refuses state changes without it).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A search box with data-filter="#list" hides the list's [data-filter-item] entries that do not contain what is typed
// (the screening's checkboxes); ticked entries always stay visible so that nothing ticked is hidden from view.
document.addEventListener('input', function (event) {
  var box = event.target;
  if (!box.matches || !box.matches('input[data-filter]')) {
    return;
  }
  var list = document.querySelector(box.getAttribute('data-filter'));
  var typed = box.value.trim().toLowerCase();
  if (!list) {
    return;
  }
  list.querySelectorAll('[data-filter-item]').forEach(function (item) {
    var ticked = item.querySelector('input:checked');
    item.hidden = typed !== '' && !ticked && item.textContent.toLowerCase().indexOf(typed) < 0;
  });
});
