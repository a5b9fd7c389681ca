using SiteGen.Build;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>
/// `--as-of YYYY-MM-DD`: the day the publishing gate judges by (a document dated later is not
/// published), today in Beijing when not given. build, check, report and serve --watch take it;
/// this is the one place that reads it, so they accept the same form and refuse the same way.
/// </summary>
internal sealed class AsOfOption
{
    public const string Name = "as-of";

    private readonly string? _text;

    private AsOfOption(string? text) => _text = text;

    /// <summary>Takes the option from the command line (before <see cref="CommandLine.RejectUnknown"/>); <see cref="Date"/> checks it after.</summary>
    public static AsOfOption Read(Arguments args) => new(args.Option(Name));

    public bool Given => _text is not null;

    /// <summary>The date given, or today in Beijing; a value not in YYYY-MM-DD form is a usage error (exit 2).</summary>
    public DateOnly Date() => _text is null ? BuildOptions.Today() : Parse(_text);

    public static DateOnly Parse(string text) =>
        Dates.TryParseIso(text, out var date)
            ? date
            : throw new UsageException($"--{Name} 的日期“{text}”应写成 YYYY-MM-DD（date must be YYYY-MM-DD）。");

    /// <summary>The arguments that give <paramref name="date"/> to another sitegen process.</summary>
    public static string[] Arguments(DateOnly date) => ["--" + Name, Dates.Iso(date)];
}
