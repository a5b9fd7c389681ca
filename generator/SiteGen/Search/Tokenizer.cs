namespace SiteGen.Search;

/// <summary>Receives one term: a unit alone, or a pair of neighbouring units.</summary>
internal delegate void TermSink(ReadOnlySpan<char> term, bool pair);

/// <summary>A term receiver as a struct, so the index builder's calls (tens of millions) are inlined, not delegate calls.</summary>
internal interface ITermSink
{
    void Term(ReadOnlySpan<char> term, bool pair);
}

/// <summary>
/// Splits text into terms, exactly like themes/default/static/js/search-core.js does for queries
/// (a Jint test runs both on the same inputs). Text is folded (see <see cref="Folding"/>) and read
/// as a sequence of units: each Chinese character is a unit, each run of Latin letters and digits
/// is one. Everything else (spaces, punctuation, and so every bracket form of a 文号 year:
/// 〔2019〕 [2019] （2019） ﹝2019﹞) only separates units, which is why those forms all match.
/// The terms are the overlapping pairs of neighbouring units (示政 政办 办发 发2019 "2019 16" 16号),
/// so a query whose pairs are all in a field has its characters adjacent there: exact phrases rank
/// above scattered characters without storing positions. Words are also terms alone, and with
/// hanUnigrams (titles, 文号) every Chinese character is too, so a query of one character finds
/// titles and 文号.
/// </summary>
internal static class Tokenizer
{
    public const int MaxWord = 32;

    /// <summary>
    /// Hands every term of <paramref name="text"/> (with repeats) to <paramref name="sink"/> without
    /// allocating, and returns the number of units. The index builder's only path to terms.
    /// </summary>
    public static int Scan(string text, bool hanUnigrams, TermSink sink)
    {
        var adapter = new DelegateSink(sink);
        return Scan(text, hanUnigrams, ref adapter);
    }

    private struct DelegateSink(TermSink sink) : ITermSink
    {
        public readonly void Term(ReadOnlySpan<char> term, bool pair) => sink(term, pair);
    }

    /// <inheritdoc cref="Scan(string, bool, TermSink)"/>
    public static int Scan<TSink>(string text, bool hanUnigrams, ref TSink sink) where TSink : struct, ITermSink
    {
        char[]? rented = null;
        var folded = text.Length <= 4096 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        for (var k = 0; k < text.Length; k++) folded[k] = Folding.Fold(text[k]);
        Span<char> pair = stackalloc char[2 * MaxWord + 1];
        var kinds = Kinds;
        int units = 0, prevStart = 0, prevLength = 0, i = 0;
        var prevWord = false;
        while (i < folded.Length)
        {
            int start = i, length;
            var kind = kinds[folded[i]];
            if (kind == Han)
            {
                length = 1;
                i++;
                if (hanUnigrams) sink.Term(folded.Slice(start, 1), false);
            }
            else if (kind == Word)
            {
                while (i < folded.Length && kinds[folded[i]] == Word) i++;
                length = Math.Min(i - start, MaxWord);
                sink.Term(folded.Slice(start, length), false);
            }
            else
            {
                i++;
                continue;
            }
            if (units > 0)
            {
                var space = prevWord && kind == Word;
                if (!space && prevStart + prevLength == start) sink.Term(folded.Slice(prevStart, prevLength + length), true);
                else
                {
                    folded.Slice(prevStart, prevLength).CopyTo(pair);
                    var at = prevLength;
                    if (space) pair[at++] = ' ';
                    folded.Slice(start, length).CopyTo(pair[at..]);
                    sink.Term(pair[..(at + length)], true);
                }
            }
            units++;
            prevStart = start;
            prevLength = length;
            prevWord = kind == Word;
        }
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return units;
    }

    /// <summary>Adds the terms of <paramref name="text"/> (with repeats) and returns its number of units.</summary>
    public static int Terms(string text, bool hanUnigrams, ICollection<string> into) => Scan(text, hanUnigrams, (term, _) => into.Add(term.ToString()));

    /// <summary>The terms a query looks up: its pairs, or its only unit.</summary>
    public static List<string> QueryTerms(string query)
    {
        var pairs = new List<string>();
        string? single = null;
        var units = Scan(query, hanUnigrams: true, (term, pair) =>
        {
            if (!pair) single ??= term.ToString();
            else if (!pairs.Contains(term.ToString())) pairs.Add(term.ToString());
        });
        return units == 1 ? [single!] : pairs;
    }

    /// <summary>CJK unified ideographs (with extension A and compatibility ideographs) and 〇.</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    public static bool IsWord(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7');

    private const byte Separator = 0, Han = 1, Word = 2;

    // Every UTF-16 code unit's kind (64 KB, read-only after start-up): Scan classifies every
    // character of every document, and one table read is cheaper than the ranges above.
    private static readonly byte[] Kinds = BuildKinds();

    private static byte[] BuildKinds()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = IsHan((char)c) ? Han : IsWord((char)c) ? Word : Separator;
        return table;
    }
}
