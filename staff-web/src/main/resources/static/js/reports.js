// The reports' bar chart, drawn from the usage table on the page (so the picture and the numbers cannot differ):
// one bar group per clinic, one bar per product, units consumed. No inline script (CSP).
(function () {
  var COLOURS = ['#0b5cad', '#2e7d32', '#c77700', '#6a1b9a', '#00838f', '#ad1457'];

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('usage-chart');
    var table = document.getElementById('usage-by-clinic');
    if (!canvas || !table || !window.Chart) {
      return;
    }
    var clinics = [], products = [], units = {};
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      var clinic = cells[0].textContent, product = cells[1].textContent;
      if (clinics.indexOf(clinic) < 0) { clinics.push(clinic); }
      if (products.indexOf(product) < 0) { products.push(product); }
      units[clinic + '\u0000' + product] = Number(cells[3].textContent);
    });
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: clinics,
        datasets: products.map(function (product, i) {
          return { label: product, backgroundColor: COLOURS[i % COLOURS.length],
                   data: clinics.map(function (clinic) { return units[clinic + '\u0000' + product] || 0; }) };
        })
      },
      options: { animation: false, maintainAspectRatio: false,
                 scales: { y: { beginAtZero: true, title: { display: true, text: 'Units consumed' } } } }
    });
  });
})();
