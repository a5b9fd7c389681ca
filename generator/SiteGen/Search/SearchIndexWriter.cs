using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Rendering;

namespace SiteGen.Search;

/// <summary>
/// Writes a search index as static JavaScript files under <c>{prefix}search/</c>. Every file is
/// <c>SiteGenSearch.register("id", data);</c>, loaded by a script element, so the index works from
/// file:// where Chromium refuses fetch and XHR. The parts (see README "Search"):
/// <list type="bullet">
/// <item>manifest.js — counts, the folding table, facet labels, year ranges;</item>
/// <item>facets.js — per document a facet profile (column, organ, validity) and title length; 公报 issues;</item>
/// <item>t/N.js — term dictionary shards (FNV-1a hash of the term), each term with its document
/// frequency and, per field (title, 文号, body), its postings inline when small;</item>
/// <item>p/N.js — the postings of one field of one frequent term;</item>
/// <item>d/N.js — one document: URL, title, 文号, date, and text for the snippet (column, organ and
/// validity come from its facet profile);</item>
/// <item>a/N.js — one document's adjacency signature (see <see cref="Adjacency"/>), for re-ranking.</item>
/// </list>
/// Documents are numbered newest first, so "sort by date" and the recency tie-break are the
/// document number.
/// </summary>
internal static class SearchIndexWriter
{
    public const string Folder = "search/";
    /// <summary>Postings larger than this go to their own file, so dictionary shards stay small.</summary>
    public const int InlineLimit = 192;
    /// <summary>Target size of a dictionary shard: a query touches one shard per term.</summary>
    public const int ShardTarget = 4 * 1024;
    /// <summary>
    /// Text kept per document for its snippet: the start of the body. Keeping whole bodies would
    /// make the index several times larger (the pages themselves hold the text); see README.
    /// </summary>
    public const int SnippetText = 160;
    public const int Fields = 3;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The index of some published documents, for the 公报 archive's offline copies: writes
    /// <c>{outputPrefix}search/…</c> through the build's output, with result URLs relative to
    /// <paramref name="outputPrefix"/> (a folder path ending in '/', or "" for the site root).
    /// </summary>
    public static void Write(RenderContext context, IEnumerable<DocumentText> docs, string outputPrefix)
    {
        var list = docs.Select(t => From(context, t, outputPrefix)).ToList();
        Write(list, outputPrefix, (path, bytes) => context.Output.WriteBytes(path, bytes, "search"));
    }

    public static SearchDocument From(RenderContext context, DocumentText text, string outputPrefix)
    {
        var view = context.Docs[text.Document];
        return new SearchDocument
        {
            Id = text.Document.Id,
            Url = ResultUrl(outputPrefix, text.PagePath),
            Title = text.Document.Title,
            DocNumber = text.Document.DocNumber,
            Date = text.Document.Date,
            Column = view.Column.Title,
            Organ = text.Document.Organ,
            Validity = text.Document.Validity,
            Issues = view.Issues.Select(i => i.Title).ToList(),
            Body = text.PlainText,
        };
    }

    /// <summary>A page's URL as seen from the search page in <paramref name="outputPrefix"/> (pages inside the folder need no "../").</summary>
    public static string ResultUrl(string outputPrefix, string pagePath) =>
        outputPrefix.Length > 0 && pagePath.StartsWith(outputPrefix, StringComparison.Ordinal)
            ? RelativeUrl.Escape(pagePath[outputPrefix.Length..])
            : RelativeUrl.Between(outputPrefix + "search.html", pagePath);

    /// <summary>Builds the index of <paramref name="docs"/> and hands each file to <paramref name="write"/> (path under the output).</summary>
    public static void Write(IReadOnlyList<SearchDocument> docs, string outputPrefix, Action<string, byte[]> write)
    {
        var ordered = docs.OrderByDescending(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var root = outputPrefix + Folder;
        var titleUnits = new int[ordered.Count];
        var terms = Collect(ordered, titleUnits);

        var labels = new Labels(ordered);
        var shards = WriteTerms(terms, ordered.Count, root, write);
        write(root + "manifest.js", Register("manifest", w => labels.WriteManifest(w, ordered, shards)));
        write(root + "facets.js", Register("facets", w => labels.WriteFacets(w, ordered, titleUnits)));
        Parallel.For(0, ordered.Count, i => write($"{root}d/{i}.js", Register($"d/{i}", w => WriteDoc(w, ordered[i]))));
        // Adjacency signatures in their own parts: only re-ranking needs them, not result display.
        Parallel.For(0, ordered.Count, i => write($"{root}a/{i}.js", Register($"a/{i}", w => w.WriteStringValue(VarintBuffer.Base64Url(Adjacency.Signature(ordered[i].Body))))));
    }

    /// <summary>
    /// The postings of every term, documents in order. Terms are looked up by span, so a term's
    /// string is made once for the whole index, not once per occurrence (the stage's main cost).
    /// No positions are kept: the pairs themselves say which characters are adjacent (README
    /// "Search" tells what storing body positions or regions cost and bought).
    /// </summary>
    private static Dictionary<string, TermPostings> Collect(List<SearchDocument> docs, int[] titleUnits)
    {
        var terms = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        int doc = 0, field = 0;
        TermSink sink = (term, _) =>
        {
            if (!lookup.TryGetValue(term, out var p)) lookup[term] = p = new TermPostings();
            p.Add(doc, field);
        };
        for (doc = 0; doc < docs.Count; doc++)
        {
            var d = docs[doc];
            field = 0;
            titleUnits[doc] = Tokenizer.Scan(d.Title, hanUnigrams: true, sink);
            field = 1;
            Tokenizer.Scan(d.DocNumber ?? "", hanUnigrams: true, sink);
            field = 2;
            Tokenizer.Scan(d.Body, hanUnigrams: false, sink);
        }
        return terms;
    }

    private static int WriteTerms(Dictionary<string, TermPostings> terms, int docs, string root, Action<string, byte[]> write)
    {
        var sorted = terms.Keys.Order(StringComparer.Ordinal).ToList();
        var encoded = new byte[sorted.Count][][];
        Parallel.For(0, sorted.Count, i => encoded[i] = [.. Enumerable.Range(0, Fields).Select(f => terms[sorted[i]].Encode(f, docs))]);
        var external = new List<(int Term, int Field)>();
        var fileOf = new Dictionary<(int, int), int>();
        long dictBytes = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            dictBytes += sorted[i].Length * 3 + 20;
            for (var f = 0; f < Fields; f++)
            {
                var len = encoded[i][f].Length;
                if (len > InlineLimit)
                {
                    fileOf[(i, f)] = external.Count;
                    external.Add((i, f));
                }
                else dictBytes += (len * 4 + 2) / 3 + 3;
            }
        }
        var shardCount = (int)Math.Max(1, (dictBytes + ShardTarget - 1) / ShardTarget);
        var byShard = Enumerable.Range(0, sorted.Count).GroupBy(i => (int)(Hash(sorted[i]) % (uint)shardCount)).ToDictionary(g => g.Key, g => g.ToList());
        Parallel.For(0, shardCount, s => write($"{root}t/{s}.js", Register($"t/{s}", w =>
        {
            w.WriteStartObject();
            foreach (var i in byShard.GetValueOrDefault(s, []))
            {
                // term: [df, [bytes per field], [inline base64url | file number, per field]]
                w.WriteStartArray(sorted[i]);
                w.WriteNumberValue(terms[sorted[i]].Df);
                w.WriteStartArray();
                for (var f = 0; f < Fields; f++) w.WriteNumberValue(encoded[i][f].Length);
                w.WriteEndArray();
                w.WriteStartArray();
                for (var f = 0; f < Fields; f++)
                {
                    if (fileOf.TryGetValue((i, f), out var file)) w.WriteNumberValue(file);
                    else w.WriteStringValue(VarintBuffer.Base64Url(encoded[i][f]));
                }
                w.WriteEndArray();
                w.WriteEndArray();
            }
            w.WriteEndObject();
        })));
        Parallel.For(0, external.Count, k => write($"{root}p/{k}.js",
            Register($"p/{k}", w => w.WriteStringValue(VarintBuffer.Base64Url(encoded[external[k].Term][external[k].Field])))));
        return shardCount;
    }

    private static void WriteDoc(Utf8JsonWriter w, SearchDocument d)
    {
        w.WriteStartObject();
        w.WriteString("u", d.Url);
        w.WriteString("t", d.Title);
        if (d.DocNumber is not null) w.WriteString("n", d.DocNumber);
        w.WriteString("d", d.Date.ToString("yyyy-MM-dd"));
        w.WriteString("s", Snippet(d.Body));
        w.WriteEndObject();
    }

    /// <summary>The start of the body, on one line: the snippet shown under a result (with the query's words marked).</summary>
    public static string Snippet(string body)
    {
        var flat = string.Join(' ', body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= SnippetText ? flat : flat[..SnippetText];
    }

    /// <summary>FNV-1a over UTF-16 code units; search-core.js computes the same to find a term's shard.</summary>
    public static uint Hash(string term)
    {
        var h = 2166136261u;
        foreach (var c in term)
        {
            h ^= c;
            h *= 16777619u;
        }
        return h;
    }

    /// <summary>`SiteGenSearch.register("id", data);` — the JSON is escaped for script context (&lt;, &gt;, &amp;, quotes, U+2028/2029).</summary>
    public static byte[] Register(string id, Action<Utf8JsonWriter> data)
    {
        using var stream = new MemoryStream();
        stream.Write("SiteGenSearch.register("u8);
        using (var w = new Utf8JsonWriter(stream, Json))
        {
            w.WriteStringValue(id);
            w.Flush();
            stream.Write(","u8);
            w.Reset();
            data(w);
        }
        stream.Write(");\n"u8);
        return stream.ToArray();
    }

    /// <summary>
    /// The documents containing a term, per field, in the smaller of two forms: ascending document
    /// numbers as varint deltas (first byte 0), or a bitmap of all documents (first byte 1) —
    /// frequent pairs such as 关于 then cost N/8 bytes however many documents have them.
    /// </summary>
    private sealed class TermPostings
    {
        private readonly int[] _last = [-1, -1, -1];
        private int _lastDoc = -1;

        public VarintBuffer[] Deltas { get; } = [new(), new(), new()];
        public int Df { get; private set; }

        public void Add(int doc, int field)
        {
            if (_last[field] == doc) return;
            if (doc != _lastDoc) { Df++; _lastDoc = doc; }
            Deltas[field].Write(doc - _last[field]);
            _last[field] = doc;
        }

        public byte[] Encode(int field, int docs)
        {
            var deltas = Deltas[field];
            if (deltas.Length == 0) return [];
            var bitmapBytes = (docs + 7) / 8;
            if (deltas.Length <= bitmapBytes)
            {
                var list = new byte[deltas.Length + 1];
                deltas.Span.CopyTo(list.AsSpan(1));
                return list;
            }
            var bitmap = new byte[bitmapBytes + 1];
            bitmap[0] = 1;
            var span = deltas.Span;
            int doc = -1, pos = 0;
            while (pos < span.Length)
            {
                int value = 0, shift = 0;
                byte b;
                do { b = span[pos++]; value |= (b & 0x7F) << shift; shift += 7; } while (b >= 0x80);
                doc += value;
                bitmap[1 + (doc >> 3)] |= (byte)(1 << (doc & 7));
            }
            return bitmap;
        }
    }

    /// <summary>Facet labels (sorted, numbered) and each document's facet profile.</summary>
    private sealed class Labels
    {
        public Labels(List<SearchDocument> docs)
        {
            Columns = docs.Select(d => d.Column).Distinct().Order(StringComparer.Ordinal).ToList();
            Organs = docs.Select(d => d.Organ).Distinct().Order(StringComparer.Ordinal).ToList();
            Validity = docs.Select(d => d.Validity).Distinct().Order(StringComparer.Ordinal).ToList();
            Issues = docs.SelectMany(d => d.Issues).Distinct().Order(StringComparer.Ordinal).ToList();
            var profiles = docs.Select(Profile).Distinct().Order().ToList();
            ProfileIndex = profiles.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        }

        public List<string> Columns { get; }
        public List<string> Organs { get; }
        public List<string> Validity { get; }
        public List<string> Issues { get; }
        public Dictionary<(int, int, int), int> ProfileIndex { get; }

        private (int, int, int) Profile(SearchDocument d) =>
            (Columns.BinarySearch(d.Column, StringComparer.Ordinal), Organs.BinarySearch(d.Organ, StringComparer.Ordinal), Validity.BinarySearch(d.Validity, StringComparer.Ordinal));

        public void WriteManifest(Utf8JsonWriter w, List<SearchDocument> docs, int shards)
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
            w.WriteNumber("n", docs.Count);
            w.WriteNumber("shards", shards);
            w.WriteString("fold", Folding.Table);
            Strings(w, "columns", Columns);
            Strings(w, "organs", Organs);
            Strings(w, "validity", Validity);
            Strings(w, "issues", Issues);
            // Documents are newest first: each year is one range, given by its first document.
            w.WriteStartArray("years");
            for (var i = 0; i < docs.Count; i++)
            {
                if (i > 0 && docs[i].Date.Year == docs[i - 1].Date.Year) continue;
                w.WriteStartArray();
                w.WriteNumberValue(docs[i].Date.Year);
                w.WriteNumberValue(i);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("profiles");
            foreach (var (p, _) in ProfileIndex.OrderBy(kv => kv.Value))
            {
                w.WriteStartArray();
                w.WriteNumberValue(p.Item1);
                w.WriteNumberValue(p.Item2);
                w.WriteNumberValue(p.Item3);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        public void WriteFacets(Utf8JsonWriter w, List<SearchDocument> docs, int[] titleUnits)
        {
            var wide = ProfileIndex.Count > 255;
            var bytes = new byte[docs.Count * (wide ? 3 : 2)];
            var k = 0;
            for (var i = 0; i < docs.Count; i++)
            {
                var p = ProfileIndex[Profile(docs[i])];
                if (wide) bytes[k++] = (byte)(p >> 8);
                bytes[k++] = (byte)p;
                bytes[k++] = (byte)Math.Min(255, titleUnits[i]);
            }
            w.WriteStartObject();
            w.WriteNumber("w", wide ? 2 : 1);
            // Per document: profile (1 or 2 bytes), then title length in units (1 byte).
            w.WriteString("p", VarintBuffer.Base64Url(bytes));
            // 公报 issues: [document, issue] pairs.
            w.WriteStartArray("i");
            for (var i = 0; i < docs.Count; i++)
            {
                foreach (var issue in docs[i].Issues)
                {
                    w.WriteNumberValue(i);
                    w.WriteNumberValue(Issues.BinarySearch(issue, StringComparer.Ordinal));
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static void Strings(Utf8JsonWriter w, string name, List<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
    }
}
