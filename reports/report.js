(function () {
  "use strict";
  // Sortable tables: a click on a header sorts by that column (numbers numerically), again to reverse.
  function cellValue(row, column) {
    var cell = row.cells[column];
    var raw = cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
    var number = parseFloat(raw.replace(/,/g, ""));
    return isNaN(number) || !/^[-\d.,]+$/.test(raw.replace(/\s/g, "")) ? raw : number;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      header.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, column), y = cellValue(b, column);
          var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  // The rendering test looks for this marker: it is set only when the script ran to the end.
  document.documentElement.setAttribute("data-report-ready", "ok");
})();
