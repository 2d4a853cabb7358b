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

// After signing in again, the form the person had sent when their session had ended gets back what they typed
// (kept on the server, handed to this page once in the header's data-kept-form). They check it and send it again.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.querySelector('[data-kept-form]');
  if (!holder) {
    return;
  }
  var kept = JSON.parse(holder.getAttribute('data-kept-form'));
  var target = new URL(kept.action, location.href);
  var form = Array.prototype.find.call(document.forms, function (candidate) {
    var action = new URL(candidate.action, location.href);
    return candidate.method === 'post' && action.pathname === target.pathname && action.search === target.search;
  });
  if (!form) {
    return;
  }
  var used = {};
  Array.prototype.forEach.call(form.elements, function (element) {
    var values = kept.fields[element.name];
    if (!values || element.name === '_csrf' || /^(submit|button|reset|file|password)$/.test(element.type)) {
      return;
    }
    if (element.type === 'checkbox' || element.type === 'radio') {
      element.checked = values.indexOf(element.value) >= 0;
    } else if (element.type === 'select-multiple') {
      Array.prototype.forEach.call(element.options, function (option) {
        option.selected = values.indexOf(option.value) >= 0;
      });
    } else {
      // several inputs of one name take the values in their order
      var index = used[element.name] || 0;
      if (index < values.length) {
        element.value = values[index];
      }
      used[element.name] = index + 1;
    }
  });
  var note = document.createElement('p');
  note.className = 'notice kept-form';
  note.setAttribute('role', 'status');
  note.textContent = 'You were signed in again. What you had typed is back in the form: check it and send it again.';
  form.parentNode.insertBefore(note, form);
});
