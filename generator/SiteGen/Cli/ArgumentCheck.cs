namespace SiteGen.Cli;

/// <summary>
/// What a command was given but never asked for, as one usage error (exit code 2) that names each
/// argument and, where one is close, the right spelling. Run after the command has read its options.
/// </summary>
internal static class ArgumentCheck
{
    public static string? Problems(Arguments args)
    {
        var problems = new List<string>();
        var known = args.Known.Where(k => k != "help").ToList();
        foreach (var name in args.Unused)
            problems.Add(UnknownOption(args.SpellingOf(name), name, known));
        foreach (var spelling in args.MissingValue)
            problems.Add($"选项 {spelling} 缺少值（option needs a value），如 {spelling} 值；值以 - 开头时写成 {spelling}=值。");
        foreach (var spelling in args.FlagsWithValue)
            problems.Add($"选项 {spelling} 不带值（option takes no value）：要用就只写 {spelling}，不用就不写。");
        foreach (var spelling in args.Repeated)
            problems.Add($"选项 {spelling} 给了不止一次（option given more than once）：只写一次。");
        foreach (var word in args.StrayPositional)
            problems.Add(Stray(word, known));
        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    private static string UnknownOption(string spelling, string name, List<string> known)
    {
        var text = $"未知选项“{spelling}”（unknown option）";
        string? suggestion;
        if (spelling.Length == 2 && spelling[0] == '-')
        {
            // `-p 8080`: the one long option starting with that letter, if there is just one.
            var starting = known.Where(k => k[0] == spelling[1]).ToList();
            suggestion = starting.Count == 1 ? starting[0] : null;
        }
        else suggestion = Spelling.Closest(name, known);
        return suggestion is null
            ? $"{text}。可用的选项见 --help（see --help）。"
            : $"{text}；是不是要写 --{suggestion}？（did you mean --{suggestion}?）";
    }

    private static string Stray(string word, List<string> known)
    {
        if (word.Length > 1 && word[0] is '—' or '–' or '－' or '―')
        {
            var name = word.TrimStart('—', '–', '－', '―');
            return $"“{word}”以全角或中文破折号开头（not an option: it starts with a full-width dash）：选项要用两个半角减号，如 --{name}。";
        }
        var text = $"多余的参数“{word}”（unexpected argument）：本命令不接受位置参数";
        var option = OptionFor(word, known);
        return option is null
            ? $"{text}。"
            : $"{text}；是不是要写 --{option} {Quote(word)}？（did you mean --{option} {Quote(word)}?）";
    }

    /// <summary>A folder with site.yml is a site (--source); one with index.html is a built site (--out).</summary>
    private static string? OptionFor(string word, List<string> known)
    {
        var source = known.Contains("source");
        var output = known.Contains("out");
        if (source && File.Exists(Path.Combine(word, "site.yml"))) return "source";
        if (output && (File.Exists(Path.Combine(word, "index.html")) || !source)) return "out";
        return source ? "source" : null;
    }

    private static string Quote(string word) => word.Any(char.IsWhiteSpace) ? $"\"{word}\"" : word;
}
