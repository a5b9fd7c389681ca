namespace SiteGen.Search;

/// <summary>
/// Splits text into terms, exactly like themes/default/static/js/search-core.js does for queries
/// (a Jint test runs both on the same inputs). Text is folded (see <see cref="Folding"/>) and read
/// as a sequence of units: each Chinese character is a unit, each run of Latin letters and digits
/// is one. Everything else (spaces, punctuation, and so every bracket form of a 文号 year:
/// 〔2019〕 [2019] （2019） ﹝2019﹞) only separates units, which is why those forms all match.
/// The terms are the overlapping pairs of neighbouring units (示政 政办 办发 发2019 "2019 16" 16号),
/// so a query whose pairs are all in a field has its characters adjacent there: exact phrases rank
/// above scattered characters without storing positions. Words are also terms alone, and with
/// <paramref name="hanUnigrams"/> (titles, 文号) every Chinese character is too, so a query of one
/// character finds titles and 文号.
/// </summary>
internal static class Tokenizer
{
    public const int MaxWord = 32;

    /// <summary>Adds the terms of <paramref name="text"/> (with repeats) and returns its number of units.</summary>
    public static int Terms(string text, bool hanUnigrams, ICollection<string> into) => Terms(Units(text), hanUnigrams, (term, _) => into.Add(term));

    /// <summary>Hands each term with the index of its first unit to <paramref name="add"/>.</summary>
    public static int Terms(List<string> units, bool hanUnigrams, Action<string, int> add)
    {
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.Length > 1 || !IsHan(u[0]) || hanUnigrams) add(u, i);
            if (i + 1 < units.Count) add(Pair(u, units[i + 1]), i);
        }
        return units.Count;
    }

    /// <summary>The terms a query looks up: its pairs, or its only unit.</summary>
    public static List<string> QueryTerms(string query)
    {
        var units = Units(query);
        if (units.Count == 1) return [units[0]];
        var terms = new List<string>();
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var pair = Pair(units[i], units[i + 1]);
            if (!terms.Contains(pair)) terms.Add(pair);
        }
        return terms;
    }

    public static List<string> Units(string text)
    {
        var units = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = Folding.Fold(text[i]);
            if (IsHan(c))
            {
                units.Add(c.ToString());
                i++;
            }
            else if (IsWord(c))
            {
                var start = i;
                while (i < text.Length && IsWord(Folding.Fold(text[i]))) i++;
                units.Add(Folding.Fold(text.Substring(start, Math.Min(i - start, MaxWord))));
            }
            else i++;
        }
        return units;
    }

    /// <summary>Two units as one term; two words keep a space between them so "20"+"19" is not "2019".</summary>
    public static string Pair(string a, string b) => IsWord(a[^1]) && IsWord(b[0]) ? a + " " + b : a + b;

    /// <summary>CJK unified ideographs (with extension A and compatibility ideographs) and 〇.</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    public static bool IsWord(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7');
}
