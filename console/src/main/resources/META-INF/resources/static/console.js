// Demarc console: small enhancements on top of server-rendered pages. Everything works without this file.
(function () {
  "use strict";

  // Tables with data-sortable: a header button sorts the rows by that column (numbers numerically).
  function sortTable(table, column, button) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var ascending = button.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    button.closest("th").setAttribute("aria-sort", ascending ? "ascending" : "descending");
    button.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-value") || a.cells[column].textContent.trim();
      var y = b.cells[column].getAttribute("data-value") || b.cells[column].textContent.trim();
      var nx = parseFloat(x), ny = parseFloat(y);
      var result = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return ascending ? result : -result;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function enhanceSortable(root) {
    root.querySelectorAll("table[data-sortable]").forEach(function (table) {
      if (table.dataset.enhanced) { return; }
      table.dataset.enhanced = "1";
      Array.prototype.forEach.call(table.tHead ? table.tHead.rows[0].cells : [], function (th, index) {
        if (th.hasAttribute("data-nosort")) { return; }
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        button.textContent = th.textContent;
        button.setAttribute("aria-label", "Sort by " + th.textContent.trim());
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () { sortTable(table, index, button); });
      });
    });
  }

  // Forms or buttons with data-confirm ask before they submit.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  }, true);

  document.addEventListener("DOMContentLoaded", function () { enhanceSortable(document); });
  document.addEventListener("htmx:afterSwap", function (event) { enhanceSortable(event.target); });
})();

// Session expired during an htmx request: the console answers 499 (web/HtmxRequests) instead of redirecting the
// XHR to Keycloak. Reload the page: the navigation signs the user in again and returns to this page.
(function () {
  "use strict";
  document.addEventListener("htmx:responseError", function (event) {
    if (event.detail && event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });
})();
