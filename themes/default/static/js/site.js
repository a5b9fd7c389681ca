// Reading modes for older readers (大字 / 高对比 / 宽行距): classes on <html>, remembered in
// localStorage. Also refreshes consultation status (征集状态) from the reader's current date,
// since a static page was built on an earlier day. No inline script: the CSP forbids it.
// Loaded in <head> without defer, so a remembered mode applies before the first paint (no flash
// of small text for a reader who chose 大字).
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "sitegen-modes";
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function save(modes) {
    // Storage off: modes last for this page.
    try { localStorage.setItem(KEY, JSON.stringify(modes)); } catch (e) { }
  }
  var modes = load();
  modes.forEach(function (m) { root.classList.add("mode-" + m); });
  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var tools = document.querySelector(".reading-tools");
    if (tools) {
      tools.hidden = false;
      Array.prototype.forEach.call(tools.querySelectorAll("button[data-mode]"), function (button) {
        var mode = button.getAttribute("data-mode");
        button.setAttribute("aria-pressed", modes.indexOf(mode) >= 0 ? "true" : "false");
        button.addEventListener("click", function () {
          var on = root.classList.toggle("mode-" + mode);
          button.setAttribute("aria-pressed", on ? "true" : "false");
          modes = modes.filter(function (m) { return m !== mode; });
          if (on) modes.push(mode);
          save(modes);
        });
      });
    }
    statuses(document);
  });
  // 征集状态 of the consultations in scope, from the reader's date. Shared with search.js, which
  // draws its results (and their badges) after this page has loaded.
  function statuses(scope) {
    var today = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    var day = today.getFullYear() + "-" + pad(today.getMonth() + 1) + "-" + pad(today.getDate());
    Array.prototype.forEach.call(scope.querySelectorAll(".consultation-status[data-start][data-end]"), function (el) {
      var start = el.getAttribute("data-start"), end = el.getAttribute("data-end");
      var state = day < start ? ["未开始", "pending"] : day > end ? ["已结束", "ended"] : ["征集中", "open"];
      el.textContent = state[0];
      el.className = "consultation-status status-" + state[1];
    });
  }
  window.SiteGenStatus = statuses;
})();
