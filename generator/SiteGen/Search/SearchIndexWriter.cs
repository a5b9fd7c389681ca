using System.Buffers;
using System.Text;
using System.Text.Json;
using SiteGen.Rendering;
using SiteGen.Text;
using SiteGen.Text.Escaping;

namespace SiteGen.Search;

/// <summary>
/// Writes a search index as static JavaScript files under <c>{prefix}search/</c>. Every file is
/// <c>SiteGenSearch.register("id", data);</c>, loaded by a script element, so the index works from
/// file:// where Chromium refuses fetch and XHR. The parts (see docs/search.md):
/// <list type="bullet">
/// <item>manifest.js — counts, part sizes, the folding table, facet labels, year ranges;</item>
/// <item>facets.js — per document its facet profile (column, organ, validity), bit-packed; 公报 issues;</item>
/// <item>t/N.js — term dictionary shards (FNV-1a hash of the term), each term with its document
/// frequency and its postings per field (title, 文号, body) — all inline, so a term costs one file;</item>
/// <item>d/N.js — <see cref="DocChunk"/> documents each: URL, title, 文号, date, text for the snippet;</item>
/// <item>f/N.js — a range of phrase fingerprint buckets (see <see cref="Adjacency"/>), for re-ranking body phrases.</item>
/// </list>
/// Documents are numbered newest first, so "sort by date" and the recency tie-break are the
/// document number. A title's exact match is the term "=" + the hash of its units (see
/// <see cref="TitleKey"/>), so no per-document title length is loaded.
/// </summary>
internal static class SearchIndexWriter
{
    public const string Folder = "search/";
    /// <summary>
    /// Target size of a dictionary shard. A query loads one shard per term (up to 12 and the exact
    /// title term); a file per term's postings (as before) or smaller shards would mean more files,
    /// and creating files is most of the stage's cost and of deployment's (docs/search.md).
    /// </summary>
    public const int ShardTarget = 6 * 1024;
    /// <summary>
    /// Documents per d/N.js file (about 8 KB). A page of 10 results loads up to 10 of them; one
    /// file per document made 20,000 files (40,000 with .gz) at 20,000 documents. 13 keeps the
    /// whole index under 5,000 files there (docs/search.md has the measurements).
    /// </summary>
    public const int DocChunk = 13;
    /// <summary>Target size of an f/N.js file of fingerprint buckets; a body phrase query loads up to three.</summary>
    public const int FingerprintFileTarget = 16 * 1024;
    /// <summary>
    /// Text kept per document for its snippet: the start of the body. Keeping whole bodies would
    /// make the index several times larger (the pages themselves hold the text); see docs/search.md.
    /// </summary>
    public const int SnippetText = 160;
    public const int Fields = 3;
    /// <summary>The prefix of a title key term (never in a real term: units are letters, digits and Han characters).</summary>
    public const string TitleKeyPrefix = "=";


    /// <summary>A page's URL as seen from the search page in <paramref name="outputPrefix"/> (pages inside the folder need no "../").</summary>
    public static string ResultUrl(string outputPrefix, string pagePath) =>
        outputPrefix.Length > 0 && pagePath.StartsWith(outputPrefix, StringComparison.Ordinal)
            ? RelativeUrl.Escape(pagePath[outputPrefix.Length..])
            : RelativeUrl.Between(outputPrefix + "search.html", pagePath);

    /// <summary>
    /// Builds the index of <paramref name="docs"/> and hands each file to <paramref name="write"/>
    /// (path under the output). Their terms come from <paramref name="terms"/> when it has read
    /// their texts already (the build's), else they are read here.
    /// </summary>
    public static void Write(IReadOnlyList<SearchDocument> docs, string outputPrefix, Action<string, byte[]> write, TermCollector? terms = null)
    {
        var ordered = docs.OrderByDescending(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var root = outputPrefix + Folder;
        using var own = terms is null ? TermCollector.Of(ordered) : null;
        var from = terms ?? own!;
        using var index = from.Index(ordered.ConvertAll(d => from.Number(d.Id)));
        var labels = new Labels(ordered);
        var shards = WriteTerms(index, root, write);
        var (buckets, perFile) = WriteFingerprints(index, root, write);
        write(root + "manifest.js", Register("manifest", w => labels.WriteManifest(w, ordered, shards, buckets, perFile)));
        write(root + "facets.js", Register("facets", w => labels.WriteFacets(w, ordered)));
        Parallel.For(0, (ordered.Count + DocChunk - 1) / DocChunk, c => write($"{root}d/{c}.js", Register($"d/{c}", w =>
        {
            w.WriteStartArray();
            for (var i = c * DocChunk; i < Math.Min(ordered.Count, (c + 1) * DocChunk); i++) WriteDoc(w, ordered[i]);
            w.WriteEndArray();
        }, DocChunk * 1024)));
    }

    /// <summary>
    /// One unit into a title key: FNV-1a over the folded units, each followed by '|'. The key of a
    /// title equals the key of a query exactly when their units are the same (search-core.js).
    /// </summary>
    public static uint TitleKeyStep(uint h, ReadOnlySpan<char> unit)
    {
        return Fnv1a.Step(Fnv1a.Step(h, unit), '|');
    }

    /// <summary>The title key term of a text (tests).</summary>
    public static string TitleKey(string text)
    {
        var h = Fnv1a.Offset;
        Tokenizer.Scan(text, hanUnigrams: true, (term, pair) => { if (!pair) h = TitleKeyStep(h, term); });
        return TitleKeyPrefix + h.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int WriteTerms(TermIndex terms, string root, Action<string, byte[]> write)
    {
        // Each term's size in the dictionary, from its postings' encoded lengths (known without
        // encoding them), cuts it into shards; the postings are then encoded straight into their
        // shard's file. Encoding them all first kept two arrays per term and field (a million
        // arrays at 20,000 documents) alive until the shards were written.
        var sizes = new int[terms.Names.Count];
        var forms = new Postings.Form[sizes.Length * Fields];
        Parallel.For(0, sizes.Length, i =>
        {
            var size = terms.Names[i].Length * 3 + 16;
            for (var f = 0; f < Fields; f++)
            {
                var form = forms[i * Fields + f] = Postings.FormOf(terms.Postings(i, f), terms.Documents);
                size += System.Buffers.Text.Base64Url.GetEncodedLength(form.Length);
            }
            sizes[i] = size;
        });
        long dictBytes = 0;
        foreach (var size in sizes) dictBytes += size;
        var shardCount = (int)Math.Max(1, (dictBytes + ShardTarget - 1) / ShardTarget);
        var byShard = new List<int>[shardCount];
        for (var s = 0; s < shardCount; s++) byShard[s] = [];
        foreach (var i in terms.ByName) byShard[(int)(Hash(terms.Names[i]) % (uint)shardCount)].Add(i);
        Parallel.For(0, shardCount, s =>
        {
            var shardBytes = 64;
            foreach (var i in byShard[s]) shardBytes += sizes[i];
            write($"{root}t/{s}.js", Register($"t/{s}", w =>
            {
                var encoded = new PostingsText();
                w.WriteStartObject();
                foreach (var i in byShard[s])
                {
                    // term: [df, title, 文号, body] — postings base64url, "" when the field lacks the term
                    w.WriteStartArray(terms.Names[i]);
                    w.WriteNumberValue(terms.Df[i]);
                    for (var f = 0; f < Fields; f++) w.WriteStringValue(encoded.Of(terms.Postings(i, f), forms[i * Fields + f]));
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }, shardBytes));
        });
        return shardCount;
    }

    /// <summary>A list of documents as the index writes it (<see cref="Postings"/>, then base64url), in buffers reused from list to list.</summary>
    private sealed class PostingsText
    {
        private byte[] _bytes = new byte[256];
        private byte[] _text = new byte[512];

        public ReadOnlySpan<byte> Of(ReadOnlySpan<int> ascending, Postings.Form form)
        {
            var bytes = Postings.Encode(ascending, form, ref _bytes);
            var length = System.Buffers.Text.Base64Url.GetEncodedLength(bytes.Length);
            if (_text.Length < length) _text = new byte[Math.Max(length, 2 * _text.Length)];
            return _text.AsSpan(0, System.Buffers.Text.Base64Url.EncodeToUtf8(bytes, _text));
        }
    }

    /// <summary>
    /// The fingerprint buckets: per bucket (fingerprint modulo a power of two large enough that a
    /// bucket holds about 3% of the documents) the documents with a fingerprint in it, written as
    /// f/N.js files of consecutive buckets. Returns the bucket count and buckets per file.
    /// </summary>
    private static (int Buckets, int PerFile) WriteFingerprints(TermIndex index, string root, Action<string, byte[]> write)
    {
        if (!index.HasFingerprints) return (0, 1);
        var docs = index.Documents;
        var buckets = index.Buckets;
        var forms = new Postings.Form[buckets];
        long bytes = 0;
        for (var b = 0; b < buckets; b++) bytes += System.Buffers.Text.Base64Url.GetEncodedLength((forms[b] = Postings.FormOf(index.BucketPostings(b), docs)).Length) + 3;
        var perFile = 1;
        while (perFile < buckets && bytes * perFile * 2 / buckets <= FingerprintFileTarget) perFile *= 2;
        Parallel.For(0, buckets / perFile, n => write($"{root}f/{n}.js", Register($"f/{n}", w =>
        {
            var encoded = new PostingsText();
            w.WriteStartArray();
            for (var b = n * perFile; b < (n + 1) * perFile; b++) w.WriteStringValue(encoded.Of(index.BucketPostings(b), forms[b]));
            w.WriteEndArray();
        }, (int)(bytes * perFile / buckets) + 64)));
        return (buckets, perFile);
    }

    /// <summary>base64url without padding, as UTF-8 (the client decodes it itself; JSON encoders would escape '+').</summary>

    private static void WriteDoc(Utf8JsonWriter w, SearchDocument d)
    {
        // [url, title, 文号, date, snippet]
        w.WriteStartArray();
        w.WriteStringValue(d.Url);
        w.WriteStringValue(d.Title);
        w.WriteStringValue(d.DocNumber ?? "");
        w.WriteStringValue(Dates.Iso(d.Date));
        w.WriteStringValue(d.Snippet);
        // [5]: a note shown with the result (a 解读 of a repealed policy), only when there is one.
        if (d.Note is not null || d.Consultation is not null) w.WriteStringValue(d.Note ?? "");
        // [6], [7]: a consultation's start and end (the search page shows its status and 截止日期, issue 23).
        if (d.Consultation is { } c)
        {
            w.WriteStringValue(c.Start);
            w.WriteStringValue(c.End);
        }
        w.WriteEndArray();
    }

    /// <summary>The start of the body, on one line: the snippet shown under a result (with the query's words marked).</summary>
    public static string Snippet(string body) => PlainText.Flat(body, SnippetText);

    /// <summary>FNV-1a over UTF-16 code units; search-core.js computes the same to find a term's shard.</summary>
    public static uint Hash(string term) => Fnv1a.Hash(term);

    /// <summary>`SiteGenSearch.register("id", data);` — the JSON is escaped for script context (&lt;, &gt;, &amp;, quotes, U+2028/2029).</summary>
    public static byte[] Register(string id, Action<Utf8JsonWriter> data, int sizeHint = 1024)
    {
        // The JSON goes straight into one buffer of about the file's size (a growing stream and the
        // writer's own buffer allocated the index three times over).
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        buffer.Write("SiteGenSearch.register("u8);
        using (var w = ScriptData.Writer(buffer))
        {
            w.WriteStringValue(id);
            w.Flush();
            buffer.Write(","u8);
            w.Reset();
            data(w);
        }
        buffer.Write(");\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Facet labels (sorted, numbered) and each document's facet profile.</summary>
    private sealed class Labels
    {
        public Labels(List<SearchDocument> docs)
        {
            Columns = docs.Select(d => d.Column).Distinct().Order(StringComparer.Ordinal).ToList();
            Organs = docs.Select(d => d.Organ).Distinct().Order(StringComparer.Ordinal).ToList();
            Validity = docs.Select(d => d.Validity).Distinct().Order(StringComparer.Ordinal).ToList();
            Kinds = docs.Select(d => d.DocType).Distinct().Order(StringComparer.Ordinal).ToList();
            Topics = docs.SelectMany(d => d.Topics).Distinct().Order(StringComparer.Ordinal).ToList();
            // In order of first appearance (newest first), so the issue numbers of successive
            // documents differ little and their deltas take one byte.
            Issues = docs.SelectMany(d => d.Issues).Distinct().ToList();
            IssueIndex = Issues.Select((x, i) => (x, i)).ToDictionary(x => x.x, x => x.i, StringComparer.Ordinal);
            var profiles = docs.Select(Profile).Distinct().Order().ToList();
            ProfileIndex = profiles.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        }

        public List<string> Columns { get; }
        public List<string> Organs { get; }
        public List<string> Validity { get; }
        public List<string> Issues { get; }
        public Dictionary<string, int> IssueIndex { get; }
        /// <summary>文种 ("" for none) and 主题分类 labels (issue 23).</summary>
        public List<string> Kinds { get; }
        public List<string> Topics { get; }
        public Dictionary<(int, int, int, int), int> ProfileIndex { get; }

        /// <summary>Bits per document in facets.js: enough for the largest profile number.</summary>
        public int ProfileBits => Math.Max(1, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(1, ProfileIndex.Count - 1)));

        private (int, int, int, int) Profile(SearchDocument d) =>
            (Columns.BinarySearch(d.Column, StringComparer.Ordinal), Organs.BinarySearch(d.Organ, StringComparer.Ordinal), Validity.BinarySearch(d.Validity, StringComparer.Ordinal),
             Kinds.BinarySearch(d.DocType, StringComparer.Ordinal));

        public void WriteManifest(Utf8JsonWriter w, List<SearchDocument> docs, int shards, int buckets, int perFile)
        {
            w.WriteStartObject();
            w.WriteNumber("v", 2);
            w.WriteNumber("n", docs.Count);
            w.WriteNumber("shards", shards);
            w.WriteNumber("chunk", DocChunk);
            // Fingerprint buckets and buckets per f/N.js file (0 buckets: no body has a whole window).
            w.WriteNumber("fp", buckets);
            w.WriteNumber("fpFile", perFile);
            w.WriteString("fold", Folding.Table);
            Strings(w, "columns", Columns);
            Strings(w, "organs", Organs);
            Strings(w, "validity", Validity);
            Strings(w, "kinds", Kinds);
            Strings(w, "topics", Topics);
            // 公报 issue titles share a long prefix (the bulletin's name): written once.
            var prefix = CommonPrefix(Issues);
            w.WriteString("issuePrefix", prefix);
            Strings(w, "issues", [.. Issues.Select(i => i[prefix.Length..])]);
            // Documents are newest first: each year is one range, given by its first document.
            w.WriteStartArray("years");
            for (var i = 0; i < docs.Count; i++)
            {
                if (i > 0 && docs[i].Date.Year == docs[i - 1].Date.Year) continue;
                w.WriteNumberValue(docs[i].Date.Year);
                w.WriteNumberValue(i);
            }
            w.WriteEndArray();
            // Profiles as varints: column, organ, validity, 文种.
            var table = new VarintBuffer();
            foreach (var (p, _) in ProfileIndex.OrderBy(kv => kv.Value))
            {
                table.Write(p.Item1);
                table.Write(p.Item2);
                table.Write(p.Item3);
                table.Write(p.Item4);
            }
            w.WriteString("profiles", VarintBuffer.Base64Url(table.Span));
            w.WriteEndObject();
        }

        public void WriteFacets(Utf8JsonWriter w, List<SearchDocument> docs)
        {
            var bits = ProfileBits;
            var packed = new byte[((long)docs.Count * bits + 7) / 8];
            long at = 0;
            foreach (var d in docs)
            {
                var p = ProfileIndex[Profile(d)];
                for (var b = bits - 1; b >= 0; b--, at++)
                {
                    if (((p >> b) & 1) != 0) packed[at >> 3] |= (byte)(0x80 >> (int)(at & 7));
                }
            }
            // 公报 issues: per (document, issue) pair, the document's gap from the previous pair's and
            // the issue number's difference (zigzag), as varints.
            var issues = new VarintBuffer();
            int lastDoc = 0, lastIssue = 0;
            for (var i = 0; i < docs.Count; i++)
            {
                foreach (var issue in docs[i].Issues)
                {
                    var n = IssueIndex[issue];
                    issues.Write(i - lastDoc);
                    var delta = n - lastIssue;
                    issues.Write(delta >= 0 ? delta * 2 : -delta * 2 - 1);
                    lastDoc = i;
                    lastIssue = n;
                }
            }
            // 主题分类: per (document, topic) pair, the document's gap from the previous pair's and the topic's number.
            var topics = new VarintBuffer();
            lastDoc = 0;
            for (var i = 0; i < docs.Count; i++)
            {
                foreach (var topic in docs[i].Topics)
                {
                    topics.Write(i - lastDoc);
                    topics.Write(Topics.BinarySearch(topic, StringComparer.Ordinal));
                    lastDoc = i;
                }
            }
            // Dates for a date range: the first document's day (days since 1970-01-01), then each
            // document's days before the one above it (newest first, so never negative).
            var days = new VarintBuffer();
            var previous = 0;
            for (var i = 0; i < docs.Count; i++)
            {
                var day = (int)(docs[i].Date.Date - DateTime.UnixEpoch).TotalDays;
                days.Write(i == 0 ? day : previous - day);
                previous = day;
            }
            w.WriteStartObject();
            w.WriteNumber("b", bits);
            // Per document its profile number, most significant bit first.
            w.WriteString("p", VarintBuffer.Base64Url(packed));
            w.WriteString("i", VarintBuffer.Base64Url(issues.Span));
            w.WriteString("t", VarintBuffer.Base64Url(topics.Span));
            w.WriteString("d", VarintBuffer.Base64Url(days.Span));
            w.WriteEndObject();
        }

        private static string CommonPrefix(List<string> values)
        {
            if (values.Count < 2) return "";
            var length = values[0].Length;
            foreach (var v in values) length = Math.Min(length, v.AsSpan().CommonPrefixLength(values[0]));
            if (length > 0 && char.IsHighSurrogate(values[0][length - 1])) length--;
            return values[0][..length];
        }

        private static void Strings(Utf8JsonWriter w, string name, List<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
    }
}
