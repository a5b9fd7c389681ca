namespace SiteGen.Build;

/// <summary>What a build is asked to do.</summary>
internal sealed record BuildOptions
{
    public required string SourceDir { get; init; }
    /// <summary>Output folder; null for `check` (validate, write nothing).</summary>
    public string? OutputDir { get; init; }
    /// <summary>The build date: documents dated after it are not yet published.</summary>
    public required DateOnly AsOf { get; init; }
    public string? ReportFile { get; init; }
    /// <summary>Signs the integrity manifest when given (`--sign-key`, SITEGEN_SIGNING_KEY).</summary>
    public Output.SigningKey? SigningKey { get; init; }
    /// <summary>Domain lints (Lint/) report errors instead of warnings.</summary>
    public bool Strict { get; init; }
    /// <summary>Called after each stage with its name and the elapsed total (ms): the terminal progress line.</summary>
    public Action<string, double>? Progress { get; init; }

    /// <summary>Today in China Standard Time (UTC+8), the date the publishing gate uses by default.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
