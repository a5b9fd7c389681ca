// Sortable policy lists (政策文件库, issue 23): each header of a table marked data-sortable becomes
// a button that sorts the rows by that column, ascending then descending, and says so with
// aria-sort. Without scripts the list stays as built (newest first). Text nodes only; no markup.
(function () {
  "use strict";
  function text(row, i) {
    var cell = row.cells[i];
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }
  // 文号 and dates sort by their numbers (示政发〔2019〕9号 before 示政发〔2019〕16号); the rest as Chinese text.
  function compare(a, b) {
    var na = a.match(/\d+/g), nb = b.match(/\d+/g);
    var pa = a.replace(/\d+/g, ""), pb = b.replace(/\d+/g, "");
    if (na && nb && pa === pb) {
      for (var i = 0; i < Math.min(na.length, nb.length); i++) if (+na[i] !== +nb[i]) return +na[i] - +nb[i];
      return na.length - nb.length;
    }
    if (!a !== !b) return a ? -1 : 1; // empty cells last
    return a.localeCompare(b, "zh-CN");
  }
  function setUp(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, i) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) { var c = compare(text(x, i), text(y, i)); return ascending ? c : -c; });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  function start() { Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), setUp); }
  if (document.readyState !== "loading") start(); else document.addEventListener("DOMContentLoaded", start);
})();
