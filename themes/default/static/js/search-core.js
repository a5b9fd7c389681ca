// SiteGenSearch: the client of the index written by generator/SiteGen/Search/SearchIndexWriter.cs.
// No DOM work here (search.js draws the page), so tests run this file in Jint and node.
// Index parts are JavaScript files calling SiteGenSearch.register(id, data); they are loaded with
// <script> elements because Chromium refuses fetch/XHR of file:// URLs. Nothing from the index is
// ever evaluated as code or markup: results carry plain strings for text nodes.
//
// API (documented in README, "Search"):
//   SiteGenSearch.query(text, {column, year, organ, validity, issue, kind, topic, from, to, bulletin,
//        sort: "date", offset, limit})   (from/to: YYYY-MM-DD; bulletin: only 公报 articles)
//     → Promise of {query, total, results: [{url, title, score, date, column, docNumber, organ,
//        validity, kind, topics, issues, note, start, end, snippet, titleParts, snippetParts,
//        docNumberParts}],  (start, end: a consultation's period, YYYY-MM-DD, else undefined)
//        facets: {column: [{value, count}], …, kind, topic}}
//   SiteGenSearch.configure({base, loader}) — where the index is ("search/" beside the page), and
//     how to load one part (default: a script element).
//   SiteGenSearch.terms(text) — the terms a query looks up (the C# Tokenizer gives the same).
//   SiteGenSearch.loaded() — ids of the index parts loaded so far (for byte counts).
(function (global) {
  "use strict";
  // 0 title, 1 文号, 2 body
  var FIELDS = 3;
  var MAX_WORD = 32;
  // A long query (a whole 40-character title) looks up this many of its pairs, spread from its
  // first to its last, so it loads a bounded number of index parts; they still pin it down.
  var MAX_TERMS = 12;
  var base = "search/";
  var loader = scriptLoader;
  // id → data
  var parts = {};
  // id → {promise, resolve, reject}
  var waiting = {};
  // ids in load order
  var order = [];
  var foldMap = null;

  function scriptLoader(path, id) {
    var s = document.createElement("script");
    s.src = path;
    s.async = true;
    s.onerror = function () { fail(id, new Error("无法加载搜索索引：" + path)); };
    document.head.appendChild(s);
  }

  function load(id) {
    if (Object.prototype.hasOwnProperty.call(parts, id)) return Promise.resolve(parts[id]);
    var w = waiting[id];
    if (!w) {
      w = waiting[id] = {};
      w.promise = new Promise(function (resolve, reject) { w.resolve = resolve; w.reject = reject; });
      order.push(id);
      // may register at once (tests): w is kept in hand
      loader(base + id + ".js", id);
    }
    return w.promise;
  }

  function register(id, data) {
    parts[id] = data;
    var w = waiting[id];
    if (w) { delete waiting[id]; w.resolve(data); }
  }

  function fail(id, error) {
    var w = waiting[id];
    if (w) { delete waiting[id]; w.reject(error); }
  }

  // ---- text: must match Folding.cs and Tokenizer.cs exactly ----

  function fold(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    else if (c === 0x3000) return 32;
    if (c >= 65 && c <= 90) return c + 32;
    if (c < 0x3400 || !foldMap) return c;
    var m = foldMap[c];
    return m === undefined ? c : m;
  }

  function foldText(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) out += String.fromCharCode(fold(text.charCodeAt(i)));
    return out;
  }

  function isHan(c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c === 0x3007;
  }

  function isWord(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7);
  }

  function units(text) {
    var out = [];
    var i = 0;
    while (i < text.length) {
      var c = fold(text.charCodeAt(i));
      if (isHan(c)) { out.push(String.fromCharCode(c)); i++; }
      else if (isWord(c)) {
        var start = i;
        while (i < text.length && isWord(fold(text.charCodeAt(i)))) i++;
        out.push(foldText(text.substring(start, start + Math.min(i - start, MAX_WORD))));
      } else i++;
    }
    return out;
  }

  function pair(a, b) {
    return isWord(a.charCodeAt(a.length - 1)) && isWord(b.charCodeAt(0)) ? a + " " + b : a + b;
  }

  function queryTerms(text) {
    var u = units(text);
    if (u.length === 1) return [u[0]];
    var terms = [];
    for (var i = 0; i + 1 < u.length; i++) {
      var p = pair(u[i], u[i + 1]);
      if (terms.indexOf(p) < 0) terms.push(p);
    }
    return terms;
  }

  function spread(terms, max) {
    if (terms.length <= max) return terms;
    var out = [];
    for (var i = 0; i < max; i++) out.push(terms[Math.round(i * (terms.length - 1) / (max - 1))]);
    return out;
  }

  // FNV-1a over UTF-16 code units, as SearchIndexWriter.Hash
  function hash(term) {
    var h = 2166136261;
    for (var i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619) >>> 0;
    return h;
  }

  // ---- postings ----

  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var B64I = new Int16Array(128);
  for (var k = 0; k < 64; k++) B64I[B64.charCodeAt(k)] = k;

  function decode64(s) {
    var out = new Uint8Array(Math.floor(s.length * 3 / 4));
    var o = 0, acc = 0, bits = 0;
    for (var i = 0; i < s.length; i++) {
      acc = (acc << 6) | B64I[s.charCodeAt(i)];
      bits += 6;
      if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 255; acc &= (1 << bits) - 1; }
    }
    return out;
  }

  // Documents of one field of one term (Postings.cs): a bitmap (first byte 1), or Rice codes of
  // the gaps (first byte 32 + k: quotient in unary as zeros ended by a one, then k bits, MSB first).
  function docsOf(bytes, n, visit) {
    if (bytes.length === 0) return;
    if (bytes[0] === 1) {
      for (var i = 1; i < bytes.length; i++) {
        var b = bytes[i];
        if (b === 0) continue;
        for (var bit = 0; bit < 8; bit++) if (b & (1 << bit)) visit(((i - 1) << 3) + bit);
      }
      return;
    }
    var k = bytes[0] - 32, p = 8, end = bytes.length * 8, doc = -1;
    while (true) {
      var q = 0;
      while (p < end && !(bytes[p >> 3] & (0x80 >> (p & 7)))) { q++; p++; }
      if (p >= end) return;
      p++;
      var r = 0;
      for (var j = 0; j < k; j++, p++) r = r * 2 + ((bytes[p >> 3] >> (7 - (p & 7))) & 1);
      doc += q * (1 << k) + r + 1;
      visit(doc);
    }
  }

  // ---- index parts ----

  var manifest = null, facets = null;

  function ready() {
    if (manifest && facets) return Promise.resolve();
    return Promise.all([load("manifest"), load("facets")]).then(function (r) {
      manifest = r[0];
      foldMap = {};
      for (var i = 0; i + 1 < manifest.fold.length; i += 2) foldMap[manifest.fold.charCodeAt(i)] = manifest.fold.charCodeAt(i + 1);
      facets = unpackFacets(manifest, r[1]);
    });
  }

  function varints(bytes) {
    var out = [];
    for (var i = 0; i < bytes.length;) {
      var value = 0, shift = 0, x;
      do { x = bytes[i++]; value += (x & 0x7F) * Math.pow(2, shift); shift += 7; } while (x >= 0x80);
      out.push(value);
    }
    return out;
  }

  // facets.js (SearchIndexWriter.Labels): profile numbers bit-packed, 公报 issues as varint gaps.
  function unpackFacets(m, f) {
    var bytes = decode64(f.p), n = m.n, bits = f.b;
    var profile = new Int32Array(n), year = new Int32Array(n);
    for (var d = 0, at = 0; d < n; d++) {
      var v = 0;
      for (var b = 0; b < bits; b++, at++) v = v * 2 + ((bytes[at >> 3] >> (7 - (at & 7))) & 1);
      profile[d] = v;
    }
    for (var y = 0; y < m.years.length; y += 2) {
      var end = y + 2 < m.years.length ? m.years[y + 3] : n;
      for (var e = m.years[y + 1]; e < end; e++) year[e] = m.years[y];
    }
    var table = varints(decode64(m.profiles)), profiles = [];
    for (var t = 0; t + 3 < table.length; t += 4) profiles.push([table[t], table[t + 1], table[t + 2], table[t + 3]]);
    var issues = {}, pairs = varints(decode64(f.i)), doc = 0, issue = 0;
    for (var i = 0; i + 1 < pairs.length; i += 2) {
      doc += pairs[i];
      issue += pairs[i + 1] % 2 ? -(pairs[i + 1] + 1) / 2 : pairs[i + 1] / 2;
      (issues[doc] = issues[doc] || []).push(issue);
    }
    // 主题分类 as (document gap, topic) pairs; dates as the first day, then days between neighbours.
    var topics = {}, tp = varints(decode64(f.t)), td = 0;
    for (var k = 0; k + 1 < tp.length; k += 2) { td += tp[k]; (topics[td] = topics[td] || []).push(tp[k + 1]); }
    var dv = varints(decode64(f.d)), days = new Int32Array(n);
    for (var j = 0; j < dv.length; j++) days[j] = j === 0 ? dv[0] : days[j - 1] - dv[j];
    return { profile: profile, profiles: profiles, year: year, issues: issues, topics: topics, days: days };
  }

  function valuesOf(d) {
    var p = facets.profiles[facets.profile[d]];
    return {
      column: [manifest.columns[p[0]]],
      organ: [manifest.organs[p[1]]],
      validity: [manifest.validity[p[2]]],
      year: [String(facets.year[d])],
      issue: (facets.issues[d] || []).map(function (i) { return manifest.issuePrefix + manifest.issues[i]; }),
      kind: manifest.kinds[p[3]] ? [manifest.kinds[p[3]]] : [],
      topic: (facets.topics[d] || []).map(function (t) { return manifest.topics[t]; }),
      day: facets.days[d],
    };
  }

  var DIMENSIONS = ["column", "year", "organ", "validity", "issue", "kind", "topic"];

  // "2025-03-01" → days since 1970-01-01 (as SearchIndexWriter writes dates), or NaN.
  function dayOf(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || ""));
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : NaN;
  }

  // A filter value matches a document's values; a 主题分类 filter of a first level (综合政务) matches its second levels.
  function matches(k, have, want) {
    if (have.indexOf(want) >= 0) return true;
    if (k !== "topic") return false;
    for (var i = 0; i < have.length; i++) if (have[i].indexOf(want + "/") === 0) return true;
    return false;
  }

  // ---- query ----

  function query(text, filters) {
    filters = filters || {};
    return ready().then(function () {
      var terms = spread(queryTerms(String(text || "")), MAX_TERMS);
      if (terms.length === 0) return { query: String(text || ""), total: 0, results: [], facets: {} };
      // The query's terms and its title key (a title whose units are exactly the query's).
      var lookups = terms.concat([titleKey(String(text))]);
      var shards = {};
      lookups.forEach(function (t) { shards[hash(t) % manifest.shards] = true; });
      return Promise.all(Object.keys(shards).map(function (s) { return load("t/" + s); })).then(function () {
        var entries = lookups.map(function (t) { var s = parts["t/" + (hash(t) % manifest.shards)]; return s && Object.prototype.hasOwnProperty.call(s, t) ? s[t] : null; });
        return rank(String(text), terms, entries.slice(0, terms.length), entries[terms.length], filters);
      });
    });
  }

  function rank(text, terms, entries, exactEntry, filters) {
    var n = manifest.n;
    var exact = new Uint8Array(n);
    if (exactEntry) docsOf(decode64(exactEntry[1]), n, function (d) { exact[d] = 1; });
    var cov = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    var any = new Float64Array(n), mark = new Int32Array(n).fill(-1);
    var total = 0;
    entries.forEach(function (e, t) {
      var idf = Math.log(1 + n / (e ? Math.max(1, e[0]) : 1));
      total += idf;
      if (!e) return;
      for (var f = 0; f < FIELDS; f++) {
        var bytes = decode64(e[1 + f]);
        var c = cov[f];
        docsOf(bytes, n, function (d) {
          c[d] += idf;
          if (mark[d] !== t) { mark[d] = t; any[d] += idf; }
        });
      }
    });
    // Every term somewhere in the document; when no document has them all, those with half.
    var candidates = [];
    var need = total * 0.999;
    for (var d = 0; d < n; d++) if (any[d] >= need) candidates.push(d);
    if (candidates.length === 0) {
      need = total * 0.5;
      for (d = 0; d < n; d++) if (any[d] > 0 && any[d] >= need) candidates.push(d);
    }
    var values = candidates.map(valuesOf);
    var active = DIMENSIONS.filter(function (k) { return filters[k] !== undefined && filters[k] !== null && filters[k] !== ""; });
    var from = dayOf(filters.from), to = dayOf(filters.to), onlyBulletin = !!filters.bulletin;
    function passes(v, except) {
      if (v.day < from || v.day > to) return false;
      if (onlyBulletin && v.issue.length === 0) return false;
      for (var a = 0; a < active.length; a++) {
        var k = active[a];
        if (k !== except && !matches(k, v[k], String(filters[k]))) return false;
      }
      return true;
    }
    var facetCounts = {};
    DIMENSIONS.forEach(function (k) {
      var counts = {};
      values.forEach(function (v) { if (passes(v, k)) v[k].forEach(function (x) { counts[x] = (counts[x] || 0) + 1; }); });
      facetCounts[k] = Object.keys(counts).map(function (x) { return { value: x, count: counts[x] }; }).sort(function (a, b) {
        if (k === "year") return a.value < b.value ? 1 : a.value > b.value ? -1 : 0;
        return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
      });
    });
    var hits = [];
    candidates.forEach(function (doc, i) {
      if (!passes(values[i], null)) return;
      hits.push({ doc: doc, score: score(doc, cov, total, exact[doc] === 1, values[i].validity[0], n), bodyComplete: cov[2][doc] / total >= 0.999 });
    });
    var byScore = function (a, b) { return b.score - a.score || a.doc - b.doc; };
    var reranked;
    if (filters.sort === "date") { hits.sort(function (a, b) { return a.doc - b.doc; }); reranked = Promise.resolve(); }
    else { hits.sort(byScore); reranked = fingerprintRerank(hits, fingerprints(text), byScore); }
    var offset = Math.max(0, filters.offset | 0), limit = filters.limit === undefined ? 10 : Math.max(0, filters.limit | 0);
    var highlight = highlighter(text);
    var page;
    return reranked.then(function () {
      page = hits.slice(offset, offset + limit);
      // d/N.js holds documents N×chunk to N×chunk+chunk-1: [url, title, 文号, date, snippet], then
      // [5] a note ("" for none) and [6], [7] a consultation's start and end, when there are any.
      var chunk = manifest.chunk;
      return Promise.all(page.map(function (h) { return load("d/" + Math.floor(h.doc / chunk)).then(function (c) { return c[h.doc % chunk]; }); }));
    }).then(function (docs) {
      return {
        query: text,
        total: hits.length,
        facets: facetCounts,
        results: page.map(function (h, i) {
          var m = docs[i], v = valuesOf(h.doc);
          return {
            url: m[0], title: m[1], score: Math.round(h.score * 1000) / 1000, date: m[3], column: v.column[0],
            docNumber: m[2], organ: v.organ[0], validity: v.validity[0], snippet: m[4],
            kind: v.kind[0] || "", topics: v.topic, issues: v.issue, note: m[5] || "", start: m[6], end: m[7],
            titleParts: highlight(m[1]), snippetParts: highlight(m[4]), docNumberParts: highlight(m[2]), doc: h.doc,
          };
        }),
      };
    });
  }

  // ---- phrase fingerprints: must match Adjacency.cs ----

  var SHINGLE_PAIRS = 5, WINDOW = 2, MAX_FINGERPRINTS = 3;

  // Run hashes (Adjacency.RunHashes): Σ pair × M^(4−j) modulo 2^32, rolled, then mixed.
  var M = 0x9E3779B1, M4 = Math.imul(Math.imul(M, M), Math.imul(M, M));
  function runHashes(pairHashes) {
    var out = [], h = 0;
    if (pairHashes.length < SHINGLE_PAIRS) return out;
    for (var k = 0; k < SHINGLE_PAIRS; k++) h = (Math.imul(h, M) + pairHashes[k]) >>> 0;
    for (var i = 0; ; i++) {
      out.push(mix(h));
      if (i + SHINGLE_PAIRS >= pairHashes.length) return out;
      h = (Math.imul((h - Math.imul(pairHashes[i], M4)) >>> 0, M) + pairHashes[i + SHINGLE_PAIRS]) >>> 0;
    }
  }

  function mix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85EBCA6B) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xC2B2AE35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
  }

  // The query's fingerprints (Adjacency.Fingerprints): the smallest run hash of every window of
  // WINDOW runs of SHINGLE_PAIRS pairs, distinct, ascending. A document containing the query has
  // every one of them among its own.
  function fingerprints(text) {
    var u = units(text), pairHashes = [];
    for (var i = 0; i + 1 < u.length; i++) pairHashes.push(hash(pair(u[i], u[i + 1])));
    var runs = runHashes(pairHashes);
    var out = [];
    for (var w = 0; w + WINDOW <= runs.length; w++) {
      var min = runs[w];
      for (var j = w + 1; j < w + WINDOW; j++) if (runs[j] < min) min = runs[j];
      if (out.indexOf(min) < 0) out.push(min);
    }
    return out.sort(function (a, b) { return a - b; });
  }

  // A title key (SearchIndexWriter.TitleKey): FNV-1a over the folded units, each followed by "|".
  function titleKey(text) {
    var u = units(text), h = 2166136261;
    for (var i = 0; i < u.length; i++) {
      var x = u[i] + "|";
      for (var c = 0; c < x.length; c++) h = Math.imul(h ^ x.charCodeAt(c), 16777619) >>> 0;
    }
    return "=" + h.toString(16);
  }

  // Postings have no positions, so among documents holding every pair of a body phrase, the one
  // with the phrase itself ties with one whose pairs are scattered. For the complete body matches
  // the bonus could lift to the top, the share of the query's fingerprints whose buckets (f/N.js)
  // hold the document adds up to +16, never past a title or 文号 match (+50 and more). A query
  // shorter than one window has no fingerprints and is not re-ranked.
  var FINGERPRINT_BONUS = 16;
  function fingerprintRerank(hits, fps, byScore) {
    if (fps.length === 0 || hits.length < 2 || !manifest.fp) return Promise.resolve();
    var floor = hits[0].score - FINGERPRINT_BONUS;
    var complete = hits.filter(function (h) { return h.bodyComplete && h.score >= floor; });
    if (complete.length < 2) return Promise.resolve();
    // distinct: two fingerprints in one bucket are one piece of evidence
    var buckets = [];
    spread(fps, MAX_FINGERPRINTS).forEach(function (f) { if (buckets.indexOf(f % manifest.fp) < 0) buckets.push(f % manifest.fp); });
    return Promise.all(buckets.map(function (b) { return load("f/" + Math.floor(b / manifest.fpFile)); })).then(function (files) {
      var n = manifest.n, found = new Uint8Array(n);
      buckets.forEach(function (b, i) {
        docsOf(decode64(files[i][b % manifest.fpFile]), n, function (d) { if (found[d] < 255) found[d]++; });
      });
      complete.forEach(function (h) {
        var share = found[h.doc] / buckets.length;
        h.score += FINGERPRINT_BONUS * share * share;
      });
      hits.sort(byScore);
    });
  }

  // A complete match in one field (all of the query's pairs: its characters adjacent there) beats
  // any partial one; 文号 before title before body; an exact title first of all. Partial matches
  // count quadratically, so scattered characters stay below an exact phrase. On near-ties,
  // documents in force and newer documents (smaller numbers) first.
  function score(d, cov, total, exactTitle, validity, n) {
    var t = cov[0][d] / total, num = cov[1][d] / total, b = cov[2][d] / total;
    var s = 6 * t * t + 6 * num * num + 3 * b * b;
    if (num >= 0.999) s += 100;
    if (t >= 0.999) { s += 50; if (exactTitle) s += 40; }
    if (b >= 0.999) s += 20;
    if (validity === "有效" || validity === "部分失效") s += 0.05;
    return s + 0.04 * (1 - d / n);
  }

  // Splits text into [{text, match}] parts, marking the query's words and adjacent character pairs.
  function highlighter(query) {
    var u = units(query);
    var needles = [];
    var run = "";
    u.forEach(function (x) {
      if (x.length === 1 && isHan(x.charCodeAt(0))) { run += x; return; }
      if (run) needles.push(run);
      run = "";
      needles.push(x);
    });
    if (run) needles.push(run);
    // Longer runs are also found in pieces (two characters at least), so a scattered match still shows.
    var pieces = [];
    needles.forEach(function (x) {
      if (x.length <= 2 || !isHan(x.charCodeAt(0))) { pieces.push(x); return; }
      pieces.push(x);
      for (var i = 0; i + 1 < x.length; i++) pieces.push(x.substr(i, 2));
    });
    return function (text) {
      if (!text) return [];
      var folded = foldText(text), marks = new Uint8Array(text.length);
      pieces.forEach(function (p) {
        for (var at = folded.indexOf(p); at >= 0; at = folded.indexOf(p, at + 1))
          for (var j = 0; j < p.length; j++) marks[at + j] = 1;
      });
      var out = [];
      for (var i = 0; i < text.length;) {
        var j = i;
        while (j < text.length && marks[j] === marks[i]) j++;
        out.push({ text: text.substring(i, j), match: marks[i] === 1 });
        i = j;
      }
      return out;
    };
  }

  global.SiteGenSearch = {
    register: register,
    query: query,
    terms: function (text) { return ready().then(function () { return queryTerms(String(text)); }); },
    configure: function (options) {
      if (options.base !== undefined) base = options.base;
      if (options.loader) loader = options.loader;
    },
    loaded: function () { return order.slice(); },
    fingerprints: function (text) { return ready().then(function () { return fingerprints(String(text)); }); },
    titleKey: function (text) { return ready().then(function () { return titleKey(String(text)); }); },
    ready: ready,
  };
})(typeof window !== "undefined" ? window : globalThis);
