using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Text;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>Reads and validates site.yml. Returns null (with diagnostics) when the site cannot be built.</summary>
internal static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] KnownKeys =
    [
        "title", "organ", "domain", "base_url", "site_id_code", "sponsor", "icp", "police_record", "contact",
        "credit_code", "index_no_format", "bulletin", "columns", "topics", "holidays", "lint", "theme", "page_size",
        "new_files",
        "limits",
        "monitoring", "application",
    ];

    public static readonly string[] ColumnKinds = ["news", "notice", "policy", "other", "decision"];

    public static SiteConfig? Load(string siteDir, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(siteDir, FileName);
        if (!File.Exists(file))
        {
            diagnostics.Error(SourcePosition.FileStart(FileName), DiagnosticCodes.MissingFile, $"找不到站点配置文件 {FileName}。", "在站点目录下创建 site.yml（可参考示例站点）。");
            return null;
        }
        if (new SiteBoundary(siteDir).Escape(file) is { } escape)
        {
            diagnostics.Error(SourcePosition.FileStart(FileName), DiagnosticCodes.PathEscape, $"{FileName} 是符号链接，{escape}，不会读取。", "请把配置文件本身放在站点目录里。");
            return null;
        }
        // site.yml is read under the default limits: the ones it sets apply to content.
        if (TextLimits.Read(file, FileName, ContentLimits.Default, diagnostics) is not { } bytes) return null;
        var text = ContentText.Decode(bytes, FileName, diagnostics);
        if (text is null || !TextLimits.LinesFit(text, FileName, 0, ContentLimits.Default, diagnostics)) return null;
        var root = YamlText.ParseMapping(text, FileName, 0, diagnostics);
        if (root is null) return null;
        return Read(new FieldReader(root, FileName, 0, diagnostics));
    }

    private static SiteConfig? Read(FieldReader r)
    {
        var title = r.String("title", required: true, "网站名称");
        var organ = r.String("organ", required: true, "默认发布机构");
        var bulletin = ReadBulletin(r);
        var columns = ReadColumns(r, "columns", new HashSet<string>(StringComparer.Ordinal));
        var topics = r.StringList("topics").Select(t => t.Value).ToList();
        var contact = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (r.Map("contact") is { } c)
        {
            foreach (var (k, v) in c.Node.Children)
                if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } value })
                    contact[key] = value;
        }
        var pageSize = r.Integer("page_size") ?? 20;
        if (pageSize is < 5 or > 200)
        {
            r.Diagnostics.Error(r.PositionOf("page_size"), DiagnosticCodes.BadValue, $"page_size 应在 5 到 200 之间，现在是 {pageSize}。");
            pageSize = 20;
        }
        var config = new SiteConfig
        {
            Title = title ?? "",
            Organ = organ ?? "",
            Domain = r.String("domain") ?? "",
            BaseUrl = NormaliseBaseUrl(r),
            SiteIdCode = r.String("site_id_code") ?? "",
            Sponsor = r.String("sponsor") ?? organ ?? "",
            Icp = r.String("icp") ?? "",
            PoliceRecord = r.String("police_record") ?? "",
            Contact = contact,
            CreditCode = r.String("credit_code") ?? "",
            IndexNoFormat = r.String("index_no_format") ?? "{credit_code}/{year}-{seq:5}",
            Bulletin = bulletin ?? new BulletinConfig("政府公报", "gongbao"),
            Columns = columns,
            Topics = topics,
            Holidays = ReadHolidays(r),
            Lint = ReadLintLimits(r),
            Theme = r.String("theme") ?? "default",
            PageSize = pageSize,
            NewFiles = ReadNewFiles(r, columns),
            Monitoring = MonitoringReader.Monitoring(r),
            Application = MonitoringReader.Application(r),
        };
        // Read before the unknown keys are listed: a key not yet asked for counts as unknown.
        var limits = ContentLimitsReader.Read(r);
        var extra = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, _, value) in r.UnknownKeys())
            extra[key] = YamlValues.ToPlain(value);
        r.WarnUnknownKeys(KnownKeys, "site.yml ");
        if (config.SiteIdCode.Length is not (0 or 10))
            r.Diagnostics.Warning(r.PositionOf("site_id_code"), DiagnosticCodes.BadValue, $"网站标识码应为 10 位，现在是“{config.SiteIdCode}”。");
        if (columns.Count == 0)
            r.Diagnostics.Error(r.Owner, DiagnosticCodes.MissingKey, "site.yml 没有定义任何栏目（columns）。", "参照示例站点写出栏目树。");
        WarnTodoValues(r);
        return title is null || organ is null ? null : config with { Extra = extra, Limits = limits };
    }

    /// <summary>
    /// `new_files: {栏目: 路径模式}`: where `sitegen new` writes a column's documents when the site's
    /// content does not show it, e.g. `gfxwj: xxgk/zcwj/{year}/gfxwj-{seq:3}` (relative to content/,
    /// without .md). Keys are column ids or names; the pattern needs a {seq}.
    /// </summary>
    private static IReadOnlyDictionary<string, string> ReadNewFiles(FieldReader r, IReadOnlyList<ColumnConfig> columns)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (r.Map("new_files") is not { } m) return result;
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(IEnumerable<ColumnConfig> list) { foreach (var c in list) { known.TryAdd(c.Id, c.Id); known.TryAdd(c.Name, c.Id); Walk(c.Children); } }
        Walk(columns);
        foreach (var (k, v) in m.Node.Children)
        {
            if (k is not YamlScalarNode { Value: { } key }) continue;
            var at = m.At(k);
            if (!known.TryGetValue(key, out var id))
            {
                var near = Suggestions.Nearest(key, known.Keys);
                m.Diagnostics.Error(at, DiagnosticCodes.UnknownColumn, $"new_files 中的栏目“{key}”不存在。", near.Count > 0 ? $"是不是“{string.Join("”“", near)}”？" : "写栏目的标识或名称。");
                continue;
            }
            var pattern = (v as YamlScalarNode)?.Value?.Trim().Trim('/') ?? "";
            if (pattern.EndsWith(".md", StringComparison.Ordinal)) pattern = pattern[..^3];
            if (!System.Text.RegularExpressions.Regex.IsMatch(pattern, @"\{seq(:\d+)?\}[^/]*$") || pattern.Contains("..", StringComparison.Ordinal))
            {
                m.Diagnostics.Error(m.At(v), DiagnosticCodes.BadValue, $"new_files 中“{key}”的路径模式“{pattern}”不对。", "写成 content/ 下的相对路径，文件名中含 {seq} 或 {seq:位数}，可含 {year}，如 `xxgk/zcwj/{year}/gfxwj-{seq:3}`。");
                continue;
            }
            result[id] = pattern;
        }
        return result;
    }

    /// <summary>
    /// `sitegen init` writes TODO where the office's identity was not given (网站标识码, 备案号,
    /// 联系方式 …): each one left is a warning at its line, so a new site builds yet none is forgotten.
    /// </summary>
    private static void WarnTodoValues(FieldReader r)
    {
        foreach (var (path, node) in Scalars(r.Node, ""))
            if (node.Value is { } value && value.Contains(Lint.TodoMarker.Marker, StringComparison.Ordinal))
                r.Diagnostics.Warning(r.At(node), DiagnosticCodes.Todo, $"site.yml 的“{path}”还是待填写的占位内容：{value}", "请填写本单位的实际信息后删除 TODO。");
    }

    private static IEnumerable<(string Path, YamlScalarNode Node)> Scalars(YamlNode node, string path) => node switch
    {
        YamlScalarNode s => [(path, s)],
        YamlMappingNode m => m.Children.SelectMany(kv => Scalars(kv.Value, path.Length == 0 ? $"{kv.Key}" : $"{path}.{kv.Key}")),
        YamlSequenceNode q => q.Children.SelectMany((c, i) => Scalars(c, $"{path}[{i}]")),
        _ => [],
    };

    private static string NormaliseBaseUrl(FieldReader r)
    {
        var url = r.String("base_url") ?? "";
        if (url.Length == 0) return "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            r.Diagnostics.Error(r.PositionOf("base_url"), DiagnosticCodes.BadValue, $"base_url“{url}”不是 http(s) 网址。", "例如 http://www.example.gov.cn/ ，不需要时留空。");
            return "";
        }
        return url.EndsWith('/') ? url : url + "/";
    }

    private static BulletinConfig? ReadBulletin(FieldReader r)
    {
        var b = r.Map("bulletin");
        if (b is null) return null;
        var name = b.String("name", required: true, "公报名称") ?? "政府公报";
        var path = b.String("path") ?? "gongbao";
        if (!UrlSegment.IsValid(path))
            r.Diagnostics.Error(b.PositionOf("path"), DiagnosticCodes.BadValue, $"公报路径“{path}”只能包含小写字母、数字和 - _。");
        var partMb = b.Integer("offline_part_mb") ?? (int)(BulletinConfig.DefaultOfflinePartBytes >> 20);
        if (partMb is < 0 or > 1 << 20)
        {
            r.Diagnostics.Error(b.PositionOf("offline_part_mb"), DiagnosticCodes.BadValue, $"offline_part_mb 应在 0 到 1048576 之间（单位 MB，0 表示不拆分），现在是 {partMb}。",
                "例如 `offline_part_mb: 2048` 表示每个离线包最大约 2 GB (the largest offline zip part, in MB).");
            partMb = (int)(BulletinConfig.DefaultOfflinePartBytes >> 20);
        }
        b.WarnUnknownKeys(["name", "path", "offline_part_mb"], "bulletin ");
        return new BulletinConfig(name, path, (long)partMb << 20);
    }

    private static List<ColumnConfig> ReadColumns(FieldReader r, string key, HashSet<string> seen)
    {
        var list = new List<ColumnConfig>();
        foreach (var c in r.MapList(key))
        {
            var id = c.String("id", required: true, "栏目标识");
            var name = c.String("name", required: true, "栏目名称");
            if (id is not null && !UrlSegment.IsValid(id))
                r.Diagnostics.Error(c.PositionOf("id"), DiagnosticCodes.BadValue, $"栏目标识“{id}”只能包含小写字母、数字和 - _，它会成为网址的一段。");
            // A second column with the same id is reported and left out: the site model keys columns by id.
            var duplicate = id is not null && !seen.Add(id);
            if (duplicate)
                r.Diagnostics.Error(c.PositionOf("id"), DiagnosticCodes.DuplicateId, $"栏目标识“{id}”重复。", "每个栏目的 id 在整个栏目树中必须唯一。");
            var kind = c.Enum("kind", ColumnKinds) ?? "other";
            var description = c.String("description") ?? "";
            var keywords = string.Join(",", c.StringList("keywords").Select(k => k.Value));
            var children = ReadColumns(c, "children", seen);
            c.WarnUnknownKeys(["id", "name", "description", "keywords", "kind", "children"], "栏目定义");
            if (id is null || name is null || duplicate) continue;
            list.Add(new ColumnConfig(id, name, description, keywords, kind, children) { Line = c.Owner.Line });
        }
        return list;
    }

    private static Dictionary<int, HolidayYear> ReadHolidays(FieldReader r)
    {
        var result = new Dictionary<int, HolidayYear>();
        if (r.Map("holidays") is not { } h) return result;
        foreach (var (k, _) in h.Node.Children)
        {
            if (k is not YamlScalarNode { Value: { } yearText } || !int.TryParse(yearText, out var year))
            {
                r.Diagnostics.Error(h.At(k), DiagnosticCodes.BadValue, "holidays 下的键应是年份，如 2025。");
                continue;
            }
            var y = h.Map(yearText);
            if (y is null) continue;
            result[year] = new HolidayYear(Dates(y, "off"), Dates(y, "workdays"));
            y.WarnUnknownKeys(["off", "workdays"], "holidays ");
        }
        return result;
    }

    private static LintLimits ReadLintLimits(FieldReader r)
    {
        var defaults = new LintLimits();
        if (r.Map("lint") is not { } l) return defaults;
        int Days(string key, int fallback)
        {
            var n = l.Integer(key);
            if (n is null or > 0) return n ?? fallback;
            l.Diagnostics.Error(l.PositionOf(key), DiagnosticCodes.BadValue, $"lint 的 {key} 应是正整数，现在是 {n}。");
            return fallback;
        }
        var limits = new LintLimits
        {
            NewsDays = Days("news_days", defaults.NewsDays),
            NoticeDays = Days("notice_days", defaults.NoticeDays),
            PolicyDays = Days("policy_days", defaults.PolicyDays),
            ConsultationDays = Days("consultation_days", defaults.ConsultationDays),
            FeedbackDays = Days("feedback_days", defaults.FeedbackDays),
            InterpretationWorkdays = Days("interpretation_workdays", defaults.InterpretationWorkdays),
        };
        l.WarnUnknownKeys(["news_days", "notice_days", "policy_days", "consultation_days", "feedback_days", "interpretation_workdays"], "lint ");
        return limits;
    }

    private static List<DateOnly> Dates(FieldReader r, string key)
    {
        var list = new List<DateOnly>();
        foreach (var (value, at) in r.StringList(key))
        {
            if (Text.Dates.TryParseIso(value, out var d)) list.Add(d);
            else r.Diagnostics.Error(at, DiagnosticCodes.BadDate, $"日期“{value}”无法识别。", "写成 YYYY-MM-DD。");
        }
        return list;
    }
}
