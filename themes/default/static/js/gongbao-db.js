// 公报数据库: filters every article of every 公报 issue in the browser, with no server, also from
// a folder on disk. Each year's data is a script (gongbao/sjk/data/YYYY.js) calling
// GongbaoDB.add(...); a year is loaded only when a filter needs it, so the first view costs one
// year. Results are built from DOM text nodes, never innerHTML, so no title can inject markup.
// Links into the database name filters in the query (?year=2025&issue=3); changed filters are
// kept in the fragment (#year=2025&issue=3), which overrides the query, because a page opened
// from file:// may not rewrite its query with history.replaceState. Either can be bookmarked.
(function () {
  "use strict";
  // 发文字号 exactly as generator/SiteGen/Text/DocNumber.cs normalises it (GB/T 9704: 〔2019〕16号, no
  // leading zeros; [2019], （2019）, ﹝2019﹞, 【2019】, 〖2019〗 all become 〔2019〕). A Jint test runs both.
  function docNumber(s) {
    return String(s).trim().replace(/[\[［（(﹝【〔〖]\s*(\d{4})\s*[\]］）)﹞】〕〗]\s*0*(\d+)\s*号/g, "〔$1〕$2号");
  }

  // For matching what a reader types: the same 文号 form, then case, the remaining brackets and spaces folded.
  function normalize(s) {
    return docNumber(s).toLowerCase().replace(/[\[［(（﹝【〖]/g, "〔").replace(/[\]］)）﹞】〗]/g, "〕").replace(/\s+/g, "");
  }

  (typeof window !== "undefined" ? window : this).GongbaoDBText = { docNumber: docNumber, normalize: normalize };
  if (typeof document === "undefined") return;
  var form = document.getElementById("gbdb");
  if (!form) return;
  var searchBase = form.getAttribute("data-search") || "";
  var fullText = { q: null, state: "none", urls: {}, years: {}, total: 0, waiting: [] }; // hits of the site's search index
  var PAGE = 100;
  var root = form.getAttribute("data-root") || "";
  var dataPrefix = form.getAttribute("data-data") || "";
  var status = document.getElementById("gbdb-status");
  var table = document.getElementById("gbdb-results");
  var tbody = table.tBodies[0];
  var more = document.getElementById("gbdb-more");
  var field = function (name) { return form.elements[name]; };
  var years = {};      // year -> { state: "loading" | "ready" | "error", rows, issues, waiting }
  var shown = PAGE;
  var generation = 0;  // ignores results of a query that a newer one replaced

  window.GongbaoDB = {
    add: function (data) {
      var entry = years[data.year] || (years[data.year] = { waiting: [] });
      entry.issues = data.issues.map(function (i) {
        return { number: i[0], total: i[1], date: i[2], url: i[3], title: i[4] };
      });
      entry.rows = data.articles.map(function (a, n) {
        var issue = entry.issues[a[3]];
        return {
          title: a[0], number: a[1], organ: data.organs[a[2]] || "", issue: issue, year: data.year,
          section: data.sections[a[4]] || "", date: a[5], url: a[6], page: a[7] || 0, position: n,
          key: numberKey(a[1]), text: normalize(a[0] + " " + a[1])
        };
      });
      entry.state = "ready";
      var waiting = entry.waiting;
      entry.waiting = [];
      waiting.forEach(function (fn) { fn(); });
    }
  };

  // Sorts 文号 by 机关代字, then year, then number (示政发〔2019〕9号 before 示政发〔2019〕16号).
  function numberKey(number) {
    if (!number) return null;
    var m = /^(.*?)〔(\d{4})〕(\d+)号/.exec(normalize(number));
    return m ? { prefix: m[1], year: +m[2], n: +m[3] } : { prefix: normalize(number), year: 0, n: 0 };
  }

  function load(year, done) {
    var entry = years[year] || (years[year] = { waiting: [] });
    if (entry.state === "ready" || entry.state === "error") { done(); return; }
    entry.waiting.push(done);
    if (entry.state === "loading") return;
    entry.state = "loading";
    var script = document.createElement("script");
    script.src = root + dataPrefix + year + ".js";
    script.onerror = function () {
      entry.state = "error";
      var waiting = entry.waiting;
      entry.waiting = [];
      waiting.forEach(function (fn) { fn(); });
    };
    document.head.appendChild(script);
  }

  function allYears() {
    return Array.prototype.slice.call(field("year").options).map(function (o) { return o.value; }).filter(Boolean);
  }

  function needed() {
    var year = field("year").value;
    return year ? [year] : allYears();
  }

  function fillIssues() {
    var select = field("issue");
    var year = field("year").value;
    var keep = select.value;
    while (select.options.length > 1) select.remove(1);
    var entry = years[year];
    select.disabled = !year || !entry || entry.state !== "ready";
    if (select.disabled) { select.value = ""; return; }
    entry.issues.forEach(function (i) {
      var option = document.createElement("option");
      option.value = String(i.number);
      option.appendChild(document.createTextNode("第" + i.number + "期" + (i.total ? "（总第" + i.total + "期）" : "")));
      select.appendChild(option);
    });
    select.value = keep;
    if (select.value !== keep) select.value = "";
  }

  function compare(sort) {
    if (sort === "number") {
      return function (a, b) {
        if (!a.key || !b.key) return (a.key ? -1 : b.key ? 1 : 0) || byDate(b, a);
        return a.key.prefix < b.key.prefix ? -1 : a.key.prefix > b.key.prefix ? 1 :
          (a.key.year - b.key.year) || (a.key.n - b.key.n) || byDate(b, a);
      };
    }
    return sort === "date-asc" ? byDate : function (a, b) { return byDate(b, a); };
  }

  // Oldest first; ties by year, issue and table-of-contents position so the order is stable.
  function byDate(a, b) {
    return a.date < b.date ? -1 : a.date > b.date ? 1 :
      (a.year - b.year) || (a.issue.number - b.issue.number) || (b.position - a.position);
  }

  // Full text (issue 23): the keyword is also looked up in the site's search index (titles, 文号 and
  // bodies of every year), loaded only when a keyword is typed. Hits are matched to rows by URL;
  // their 公报 issues count the matches of every year, for "其他年份还有 N 篇".
  var FULL_TEXT_LIMIT = 300;
  function loadScript(src, done) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = function () { done(true); };
    script.onerror = function () { done(false); };
    document.head.appendChild(script);
  }
  function searchFullText(q, done) {
    if (!q || !searchBase) { fullText = { q: q, state: "none", urls: {}, years: {}, total: 0 }; done(); return; }
    if (fullText.q === q && fullText.state !== "loading") { done(); return; }
    var mine = fullText = { q: q, state: "loading", urls: {}, years: {}, total: 0 };
    var run = function () {
      if (!window.SiteGenSearch) { mine.state = "error"; done(); return; }
      SiteGenSearch.configure({ base: root + searchBase });
      SiteGenSearch.query(q, { bulletin: true, limit: FULL_TEXT_LIMIT }).then(function (r) {
        r.results.forEach(function (x) { mine.urls[decodeURI(x.url)] = true; });
        (r.facets.issue || []).forEach(function (f) {
          var y = /(\d{4})年/.exec(f.value);
          if (y) mine.years[y[1]] = (mine.years[y[1]] || 0) + f.count;
        });
        mine.total = r.total;
        mine.state = "ready";
        done();
      }, function () { mine.state = "error"; done(); });
    };
    if (window.SiteGenSearch) run(); else loadScript(root + "js/search-core.js", run);
  }

  function query() {
    var mine = ++generation;
    var list = needed();
    var pending = list.length + 1;
    searchFullText((field("q").value || "").trim(), function () { if (--pending === 0) render(mine, list); });
    form.setAttribute("data-state", "loading");
    status.textContent = "正在载入数据…";
    list.forEach(function (year) {
      load(year, function () { if (--pending === 0) render(mine, list); });
    });
  }

  function render(mine, list) {
    if (mine !== generation) return;
    fillIssues();
    var issue = field("issue").value, section = field("section").value, organ = field("organ").value;
    var q = normalize(field("q").value || "");
    var missing = [];
    var rows = [];
    list.forEach(function (year) {
      var entry = years[year];
      if (!entry || entry.state !== "ready") { missing.push(year); return; }
      entry.rows.forEach(function (r) {
        if (issue && String(r.issue.number) !== issue) return;
        if (section && r.section !== section) return;
        if (organ && r.organ !== organ) return;
        if (q && r.text.indexOf(q) < 0 && !fullText.urls[decodeURI(r.url)]) return;
        rows.push(r);
      });
    });
    rows.sort(compare(field("sort").value));
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    var count = Math.min(rows.length, shown);
    for (var i = 0; i < count; i++) tbody.appendChild(row(rows[i]));
    table.hidden = rows.length === 0;
    more.hidden = rows.length <= shown;
    var text = rows.length === 0 ? "没有符合条件的文章。" : "共找到 " + rows.length + " 篇文章" + (rows.length > count ? "，显示前 " + count + " 篇。" : "。");
    if (missing.length) text += "（" + missing.join("、") + "年的数据未能载入。）";
    var chosen = field("year").value;
    var others = 0;
    if (q && chosen && fullText.state === "ready") {
      Object.keys(fullText.years).forEach(function (y) { if (y !== chosen) others += fullText.years[y]; });
    }
    otherYears.hidden = others === 0;
    otherCount.textContent = String(others);
    status.textContent = text;
    form.setAttribute("data-state", "ready");
    form.setAttribute("data-count", String(rows.length));
  }

  function cell(tag, content) {
    var el = document.createElement(tag);
    if (typeof content === "string") el.appendChild(document.createTextNode(content));
    else if (content) el.appendChild(content);
    return el;
  }

  function link(text, url) {
    var a = document.createElement("a");
    a.href = root + url;
    a.appendChild(document.createTextNode(text));
    return a;
  }

  // Each cell names its column (data-label), shown before it when phones stack rows as cards; 文号
  // and dates never break inside (class nowrap).
  function labelled(td, label) { td.setAttribute("data-label", label); return td; }
  function nowrap(text) {
    var span = document.createElement("span");
    span.className = "nowrap";
    span.appendChild(document.createTextNode(text));
    return span;
  }
  function row(r) {
    var tr = document.createElement("tr");
    tr.appendChild(labelled(cell("td", link(r.title, r.url)), "标题"));
    tr.appendChild(labelled(cell("td", r.number ? nowrap(r.number) : ""), "发文字号"));
    tr.appendChild(labelled(cell("td", r.organ), "发布机构"));
    tr.appendChild(labelled(cell("td", nowrap(String(r.year))), "年份"));
    var issue = link("第" + r.issue.number + "期", r.issue.url);
    issue.className = "nowrap";
    tr.appendChild(labelled(cell("td", issue), "期次"));
    var time = document.createElement("time");
    time.setAttribute("datetime", r.date);
    time.className = "nowrap";
    time.appendChild(document.createTextNode(r.date));
    tr.appendChild(labelled(cell("td", time), "发布日期"));
    // 起始页码 where the article's front matter gives it; an empty cell otherwise (hidden on phone cards).
    tr.appendChild(labelled(cell("td", r.page ? nowrap("第 " + r.page + " 页") : ""), "页码"));
    return tr;
  }

  var NAMES = ["year", "issue", "section", "organ", "q", "sort"];

  function saveState() {
    var parts = NAMES.map(function (n) { return n + "=" + encodeURIComponent(field(n).value); });
    try { history.replaceState(null, "", "#" + parts.join("&")); } catch (e) { /* some file:// setups refuse; the filters still work */ }
  }

  function readState() {
    var state = {};
    [location.search.replace(/^\?/, ""), location.hash.replace(/^#/, "")].forEach(function (part) {
      part.split("&").forEach(function (pair) {
        var i = pair.indexOf("=");
        if (i <= 0 || NAMES.indexOf(pair.slice(0, i)) < 0) return;
        try { state[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " ")); } catch (e) { /* malformed: ignore */ }
      });
    });
    return state;
  }

  function apply(state) {
    // The first view is the newest year: one data file, however many years the archive holds; a
    // keyword without a year searches every year.
    var newest = allYears()[0] || "";
    var year = "year" in state ? state.year : state.q ? "" : newest;
    field("year").value = year;
    if (field("year").value !== year) field("year").value = newest;
    ["section", "organ", "sort"].forEach(function (n) {
      if (n in state) { field(n).value = state[n]; if (field(n).value !== state[n]) field(n).selectedIndex = 0; }
    });
    field("q").value = state.q || "";
    // The issue list exists only once the year has loaded; keep the wish as its only option.
    var issue = field("issue");
    if (state.issue) {
      var option = document.createElement("option");
      option.value = state.issue;
      option.appendChild(document.createTextNode("第" + state.issue + "期"));
      issue.appendChild(option);
      issue.value = state.issue;
    }
  }

  function changed(event) {
    shown = PAGE;
    if (event && event.target === field("year")) field("issue").value = "";
    saveState();
    query();
  }

  apply(readState());
  form.hidden = false;
  form.addEventListener("change", changed);
  form.addEventListener("submit", function (e) { e.preventDefault(); changed(); });
  var typing = null;
  field("q").addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(changed, 200);
  });
  more.addEventListener("click", function () { shown += PAGE; query(); });
  var otherYears = document.getElementById("gbdb-other");
  var otherCount = document.getElementById("gbdb-other-count");
  document.getElementById("gbdb-all-years").addEventListener("click", function () { field("year").value = ""; changed(); });
  window.addEventListener("hashchange", function () { apply(readState()); shown = PAGE; query(); });
  query();
})();
