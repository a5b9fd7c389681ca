namespace SiteGen.Configuration;

/// <summary>site.yml: the site's identity, the column tree (栏目) and vocabularies.</summary>
internal sealed record SiteConfig
{
    public required string Title { get; init; }
    /// <summary>Default 发布机构 of documents that name none.</summary>
    public required string Organ { get; init; }
    public string Domain { get; init; } = "";
    /// <summary>Absolute URL of the site root, used only by sitemap.xml, feeds and canonical links.</summary>
    public string BaseUrl { get; init; } = "";
    /// <summary>网站标识码, 10 characters, printed in the footer and the SiteIDCode meta tag.</summary>
    public string SiteIdCode { get; init; } = "";
    /// <summary>主办单位.</summary>
    public string Sponsor { get; init; } = "";
    public string Icp { get; init; } = "";
    public string PoliceRecord { get; init; } = "";
    public IReadOnlyDictionary<string, string> Contact { get; init; } = new Dictionary<string, string>();
    public string CreditCode { get; init; } = "";
    public string IndexNoFormat { get; init; } = "{credit_code}/{year}-{seq:5}";
    public required BulletinConfig Bulletin { get; init; }
    public required IReadOnlyList<ColumnConfig> Columns { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyDictionary<int, HolidayYear> Holidays { get; init; } = new Dictionary<int, HolidayYear>();
    /// <summary>Limits of the domain lints (`lint:` in site.yml); defaults follow the national rules.</summary>
    public LintLimits Lint { get; init; } = new();
    public string Theme { get; init; } = "default";
    public int PageSize { get; init; } = 20;
    /// <summary>`new_files:` where `sitegen new` writes a column's documents (column id → pattern with {year} and {seq:N}), when set.</summary>
    public IReadOnlyDictionary<string, string> NewFiles { get; init; } = new Dictionary<string, string>();
    /// <summary>Keys of site.yml the generator does not know, passed to templates as site.extra.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
    /// <summary>Size and nesting limits of content (`limits:` in site.yml).</summary>
    public ContentLimits Limits { get; init; } = ContentLimits.Default;

    // —— citizen pages (issue 23): monitoring items and 依申请公开 ——
    public MonitoringConfig Monitoring { get; init; } = new();
    public ApplicationConfig Application { get; init; } = new();
}

/// <summary>
/// 政府公报: its name, the URL segment of its archive, and the largest offline zip before a year's
/// (or the whole archive's) copy is split into parts (`offline_part_mb`; 0: never split).
/// </summary>
internal sealed record BulletinConfig(string Name, string Path, long OfflinePartBytes = BulletinConfig.DefaultOfflinePartBytes)
{
    /// <summary>
    /// 2 GB: a part downloads in one go on an ordinary link, fits a FAT32 USB stick (4 GB per file)
    /// and opens in the oldest zip tools, which stop at 2 GB.
    /// </summary>
    public const long DefaultOfflinePartBytes = 2048L << 20;
}

/// <summary>
/// A column (栏目) as site.yml declares it. Ids are stable URL segments; the column's URL is the
/// chain of ids from the root (xxgk/fdzdgk/zcwj/gfxwj/).
/// </summary>
internal sealed record ColumnConfig(string Id, string Name, string Description, string Keywords, string Kind, IReadOnlyList<ColumnConfig> Children)
{
    /// <summary>Line of the column's entry in site.yml, for diagnostics about the column.</summary>
    public int Line { get; init; } = 1;
}

/// <summary>Official holidays and 调休 working weekend days of one year (for the working-day lints).</summary>
internal sealed record HolidayYear(IReadOnlyList<DateOnly> Off, IReadOnlyList<DateOnly> Workdays);

/// <summary>
/// Limits of the domain lints, in days unless named otherwise. Defaults: news columns updated within 2 weeks,
/// notice and policy columns within 6 months (政府网站检查指标), consultations of at least 30 days, feedback
/// published within 30 days of a consultation's end, interpretations within 3 working days (国办发〔2016〕19号).
/// </summary>
internal sealed record LintLimits
{
    public int NewsDays { get; init; } = 14;
    public int NoticeDays { get; init; } = 183;
    public int PolicyDays { get; init; } = 183;
    public int ConsultationDays { get; init; } = 30;
    public int FeedbackDays { get; init; } = 30;
    public int InterpretationWorkdays { get; init; } = 3;
}
