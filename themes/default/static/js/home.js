// The home page's 正在征集 block, after site.js has set each status from the visitor's clock: a page
// built before a consultation closed keeps listing it, so closed items are hidden here, and the
// "none open" line shown when nothing is left. Only the home page loads this (the search page's
// script budget has no room for home-only code).
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll(".open-consultations"), function (block) {
    Array.prototype.forEach.call(block.querySelectorAll("li"), function (item) {
      item.hidden = item.querySelector(".consultation-status.status-ended") !== null;
    });
    var none = block.querySelector(".open-none");
    if (none) none.hidden = block.querySelector("li:not([hidden])") !== null;
  });
});
