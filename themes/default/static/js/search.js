// The search page (search.html): reads ?q= and filters from the URL, asks SiteGenSearch (search-core.js)
// and draws results, filters with counts and paging with DOM text nodes only — never innerHTML, so
// nothing in the index can become markup. The URL is kept in step, so a search can be bookmarked.
(function () {
  "use strict";
  var DIMENSIONS = [["column", "栏目"], ["topic", "主题分类"], ["kind", "文种"], ["year", "年份"], ["organ", "发布机构"], ["validity", "有效性"], ["issue", "公报期次"]];
  // 发布日期范围: inputs of the form, applied on submit.
  var RANGE = ["from", "to"], DAY = /^\d{4}-\d{2}-\d{2}$/;
  var PAGE = 10;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  function marked(parts) {
    return parts.map(function (p) { return p.match ? el("mark", {}, [p.text]) : document.createTextNode(p.text); });
  }

  function readState() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get("q") || "", sort: params.get("sort") || "", page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1) };
    DIMENSIONS.forEach(function (d) { state[d[0]] = params.get(d[0]) || ""; });
    RANGE.forEach(function (k) { var v = params.get(k) || ""; state[k] = DAY.test(v) ? v : ""; });
    return state;
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    DIMENSIONS.forEach(function (d) { if (state[d[0]]) params.set(d[0], state[d[0]]); });
    RANGE.forEach(function (k) { if (state[k]) params.set(k, state[k]); });
    if (state.sort) params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    return location.pathname + "?" + params.toString();
  }

  function start() {
    var app = document.getElementById("search-app");
    if (!app || !window.SiteGenSearch) return;
    SiteGenSearch.configure({ base: app.getAttribute("data-index") || "search/" });
    var form = document.querySelector(".search-page-form");
    var input = document.getElementById("search-q");
    var sort = document.getElementById("search-sort");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var facetBox = document.getElementById("search-facets");
    var pager = document.getElementById("search-pager");
    var fold = document.getElementById("search-filter-fold");
    var range = { from: form.elements.from, to: form.elements.to };
    // Wide screens show the filters beside the results; phones keep them folded under 筛选.
    if (fold && window.matchMedia && window.matchMedia("(min-width: 48em)").matches) fold.open = true;
    var state = readState();
    var run = 0;
    app.hidden = false;
    input.value = state.q;
    sort.value = state.sort === "date" ? "date" : "";
    RANGE.forEach(function (k) { range[k].value = state[k]; });

    // The filter button a keyboard user pressed, found again after redrawing.
    var refocus = null;

    function go(changes, focusResults) {
      Object.keys(changes).forEach(function (k) { state[k] = changes[k]; });
      // Some file:// setups refuse: the page still works.
      try { history.replaceState(null, "", urlOf(state)); } catch (e) { }
      search(focusResults);
    }

    function search(focusResults) {
      var mine = ++run;
      if (!state.q.trim()) {
        status.textContent = "请输入要搜索的标题、发文字号或关键词。";
        list.textContent = "";
        facetBox.textContent = "";
        pager.textContent = "";
        return;
      }
      status.textContent = "正在搜索…";
      var filters = { sort: state.sort, offset: (state.page - 1) * PAGE, limit: PAGE };
      DIMENSIONS.forEach(function (d) { if (state[d[0]]) filters[d[0]] = state[d[0]]; });
      RANGE.forEach(function (k) { if (state[k]) filters[k] = state[k]; });
      var started = Date.now();
      SiteGenSearch.query(state.q, filters).then(function (r) {
        if (mine !== run) return;
        draw(r, Date.now() - started);
        if (focusResults && list.firstChild) list.querySelector("a").focus();
      }, function (e) {
        if (mine !== run) return;
        status.textContent = "搜索索引加载失败：" + e.message;
      });
    }

    function draw(r, ms) {
      list.textContent = "";
      r.results.forEach(function (x) {
        var meta = [x.column + " · " + x.date];
        if (x.docNumber) meta = meta.concat([" · "], marked(x.docNumberParts));
        if (x.kind) meta.push(" · " + x.kind);
        if (x.validity && x.validity !== "有效") meta.push(" · ", el("span", { "class": "badge badge-repealed" }, [x.validity]));
        // 意见征集: the status badge of lists (site.js fills it from the reader's date) and 截止日期.
        if (x.end) meta.push(" · ", el("span", { "class": "consultation-status", "data-start": x.start, "data-end": x.end }), " 截止日期 ", el("time", { datetime: x.end }, [x.end]));
        var link = el("a", { href: x.url }, marked(x.titleParts));
        var item = [el("h2", {}, [link]), el("p", { "class": "search-meta" }, meta)];
        if (x.note) item.push(el("p", { "class": "search-note" }, [x.note]));
        item.push(el("p", { "class": "search-snippet" }, marked(x.snippetParts)));
        list.appendChild(el("li", { "class": "search-result" }, item));
      });
      if (window.SiteGenStatus) SiteGenStatus(list);
      var pages = Math.max(1, Math.ceil(r.total / PAGE));
      status.textContent = r.total === 0
        ? "没有找到与“" + state.q + "”相关的信息。请检查文字，或减少关键词。"
        : "找到 " + r.total + " 条与“" + state.q + "”相关的信息" + (pages > 1 ? "，第 " + state.page + "/" + pages + " 页" : "") + "（" + ms + " 毫秒）。";
      drawFacets(r.facets);
      drawPager(pages);
    }

    function drawFacets(facets) {
      facetBox.textContent = "";
      DIMENSIONS.forEach(function (d) {
        var key = d[0], values = facets[key] || [];
        if (values.length === 0 || (values.length === 1 && !state[key] && key !== "column")) return;
        var group = el("fieldset", { "class": "search-facet" }, [el("legend", {}, [d[1]])]);
        var ul = el("ul", {});
        if (state[key]) {
          var all = el("button", { type: "button", "class": "facet-clear" }, ["全部" + d[1]]);
          all.addEventListener("click", function () { var c = { page: 1 }; c[key] = ""; refocus = [key, null]; go(c); });
          ul.appendChild(el("li", {}, [all]));
        }
        values.slice(0, 30).forEach(function (v) {
          var on = state[key] === v.value;
          var b = el("button", { type: "button", "aria-pressed": on ? "true" : "false", "data-facet": key, "data-value": v.value }, [v.value + " (" + v.count + ")"]);
          b.addEventListener("click", function () { var c = { page: 1 }; c[key] = on ? "" : v.value; refocus = [key, v.value]; go(c); });
          ul.appendChild(el("li", {}, [b]));
        });
        group.appendChild(ul);
        facetBox.appendChild(group);
      });
      if (refocus) {
        var again = Array.prototype.filter.call(facetBox.querySelectorAll("button[data-facet]"), function (b) {
          return b.getAttribute("data-facet") === refocus[0] && (refocus[1] === null || b.getAttribute("data-value") === refocus[1]);
        })[0];
        if (again) again.focus();
        refocus = null;
      }
    }

    function drawPager(pages) {
      pager.textContent = "";
      if (pages <= 1) return;
      if (state.page > 1) {
        var prev = el("button", { type: "button" }, ["上一页"]);
        prev.addEventListener("click", function () { go({ page: state.page - 1 }, true); });
        pager.appendChild(prev);
      }
      if (state.page < pages) {
        var next = el("button", { type: "button" }, ["下一页"]);
        next.addEventListener("click", function () { go({ page: state.page + 1 }, true); });
        pager.appendChild(next);
      }
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var c = { q: input.value.trim(), sort: sort.value, page: 1 };
      // A new search starts unfiltered, but for the dates typed in the form.
      DIMENSIONS.forEach(function (d) { c[d[0]] = ""; });
      RANGE.forEach(function (k) { c[k] = DAY.test(range[k].value) ? range[k].value : ""; });
      go(c);
    });
    sort.addEventListener("change", function () { go({ sort: sort.value, page: 1 }); });
    search(false);
  }

  if (document.readyState !== "loading") start(); else document.addEventListener("DOMContentLoaded", start);
})();
