using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>
/// The hostile-content fixture: a gencorpus site with payloads added in every free-text
/// front-matter field, in bodies, column intros, a bulletin issue and site.yml. Every payload that
/// ran would open a dialog (alert), set `window.__pwned` or set document.title to
/// <see cref="TitleMarker"/>; the browser and static-scan tests fail on any of these.
/// </summary>
public sealed class HostileSite : IDisposable
{
    public const string AsOf = "2026-01-01";
    public const string TitleMarker = "PWNED-BY-CONTENT";

    /// <summary>Titles that try to break out of text, attributes, &lt;title&gt;, JSON strings, comments and templates.</summary>
    public static readonly string[] Titles =
    [
        "\"><img src=x onerror=alert(1)>",
        "关于<script>alert(1)</script>的通知",
        "'><svg onload=alert(1)>关于测试的公告",
        "</title><script>window.__pwned=1</script>标题",
        "关于{{ site.title }}与{% if true %}模板{% endif %}的说明",
        "换行\u2028分隔\u2029测试的通知",
        "javascript:alert(1)",
        "\\\"});alert(1);//关于引号的通知",
        "<iframe src=javascript:alert(1)></iframe>框架",
        "&lt;script&gt;alert(1)&lt;/script&gt; 实体原样",
        "</script><script>document.title='PWNED-'+'BY-CONTENT'</script>",
        "--><script>alert(1)</script><!--注释",
    ];

    /// <summary>A string payload for front-matter fields (organ, 文号, summary, …): tag, attribute and script breakouts at once.</summary>
    public const string Field = "示例\"'><img src=x onerror=alert(7)><script>window.__pwned=1</script>{{ site.title }}\u2028";

    /// <summary>Body payloads: raw HTML the sanitizer must strip, script URLs in Markdown links, template syntax, line separators.</summary>
    public const string Body = """
        正文开始。

        <script>alert('body');window.__pwned=1</script>

        <img src="#" onerror="alert('img');window.__pwned=1">

        <a href="javascript:alert('a')">普通 javascript 链接</a>
        <a href="&#106;avascript:alert('ent')">实体编码</a>
        <a href="JaVaScRiPt:alert('case')">大小写混合</a>
        <a href=" javascript:alert('space')">前导空格</a>
        <a href="java&#9;script:alert('tab')">制表符</a>
        <a href="vbscript:msgbox(1)">vbscript</a>
        <a href="data:text/html,<script>alert(1)</script>">data</a>

        [Markdown 链接](javascript:alert('md'))
        [实体编码 Markdown 链接](&#106;avascript:alert('mdent'))
        [混合大小写](JAVASCRIPT:alert('mdcase'))
        <javascript:alert('autolink')>
        [引用链接][evil]

        [evil]: javascript:alert('ref')

        <iframe src="javascript:alert('iframe')"></iframe>
        <object data="javascript:alert('object')"></object>
        <embed src="javascript:alert('embed')">
        <form action="javascript:alert('form')"><button formaction="javascript:alert('fa')">提交</button></form>
        <style>body{display:none}</style>
        <base href="javascript:alert('base')//">
        <meta http-equiv="refresh" content="0;url=javascript:alert('meta')">
        <svg onload="alert('svg')"><circle r="1"/></svg>
        <math><mi xlink:href="javascript:alert('math')">x</mi></math>
        <details open ontoggle="alert('toggle')">x</details>
        <div onmouseover="alert('div')" style="position:fixed">悬停</div>
        <p>模板语法：{{ site.title }} {% if x %}y{% endif %}</p>

        正文中的模板语法 {{ site.title }} 与 {% raw %} 应原样显示。

        段落 LS 含行分隔符 PS 与段分隔符。

        <table><tr><td colspan="2" onclick="alert('td')">合并单元格</td></tr></table>
        """;

    private static readonly JsonSerializerOptions Yaml = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Corpus _corpus;
    private readonly List<HostilePage> _pages = [];

    public HostileSite()
    {
        _corpus = new Corpus(docs: 40, seed: 11, years: "2025-2025", extraArgs: "--issues-per-year 2 --articles 3");
        PatchSiteYml();
        AddDocuments();
        SpikeCorpusBodies();
        Result = SiteBuilder.Build(new BuildOptions { SourceDir = Root, OutputDir = Out, AsOf = DateOnly.Parse(AsOf) });
        if (!Result.Succeeded)
            throw new InvalidOperationException("the hostile site does not build:\n" + string.Join("\n", Result.Diagnostics.Where(d => d.Severity == SiteGen.Diagnostics.Severity.Error)));
    }

    public string Root => _corpus.Root;
    public string Out => _corpus.Out;
    internal BuildResult Result { get; }

    /// <summary>The hostile documents: output page and the title exactly as typed.</summary>
    public IReadOnlyList<HostilePage> Pages => _pages;

    public static string BodyText => Body.Replace("LS", "\u2028").Replace("PS", "\u2029");

    /// <summary>A YAML double-quoted scalar (JSON is valid YAML); LS/PS escaped, since YAML 1.1 readers take them as line breaks.</summary>
    private static string Q(string s) => JsonSerializer.Serialize(s, Yaml).Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");

    private void PatchSiteYml()
    {
        var path = Path.Combine(Root, "site.yml");
        var text = File.ReadAllText(path)
            .Replace("title: 示例区人民政府\n", $"title: {Q("示例区<script>alert('site')</script>人民政府")}\n")
            .Replace("organ: 示例区人民政府办公室\n", $"organ: {Q(Field)}\n");
        File.WriteAllText(path, text);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Root, "content", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    private void AddDocument(string relative, string title, string category, string extra, string? body = null)
    {
        Write(relative, $"""
            ---
            title: {Q(title)}
            category: {category}
            disclosure: 主动公开
            date: 2025-12-{10 + _pages.Count:D2}
            organ: {Q(Field)}
            summary: {Q(Field)}
            keywords: [{Q(Field)}, {Q(title)}]
            remark: {Q(Field)}
            {extra}
            ---

            {body ?? BodyText}

            """);
        _pages.Add(new HostilePage(relative[..^3] + ".html", title));
    }

    private void AddDocuments()
    {
        File.WriteAllBytes(Path.Combine(Root, "content", "xxgk", "zcwj", "2025", "hostile-att.pdf"), "%PDF-1.4\n%%EOF\n"u8.ToArray());
        AddDocument("xxgk/zcwj/2025/hostile-policy.md", Titles[0], "行政规范性文件", $"""
            doc_number: {Q("示政发〔2025〕1号" + Field)}
            index_no: {Q(Field)}
            topic: 综合政务/政务公开
            bulletin: 2025-01
            aliases: ["/old/hostile-policy.html"]
            section: {Q(Field)}
            order: 98
            attachments:
              - file: hostile-att.pdf
                title: {Q("附件1：" + Field)}
            """);
        AddDocument("xxgk/zcjd/2025/hostile-jd.md", Titles[1], "政策解读", $"""
            interprets: xxgk/zcwj/2025/hostile-policy
            interpretation_form: {Q(Field)}
            """);
        AddDocument("xxgk/yjzj/2025/hostile-yjzj.md", Titles[2], "意见征集", $"""
            consultation:
              start: 2025-06-01
              end: 2025-07-01
              channel: {Q(Field)}
            """);
        AddDocument("xxgk/jyta/2025/hostile-jyta.md", Titles[3], "建议提案办理", $"""
            proposal:
              kind: 人大代表建议
              number: {Q(Field)}
              received: 2025-04-01
              replied: 2025-06-01
              department: {Q(Field)}
            """);
        AddDocument("gongbao/2025/01/hostile-article.md", Titles[4], "政府公报", $"""
            doc_number: {Q(Field)}
            section: {Q("</h2><script>alert('section')</script>")}
            order: 99
            """);
        // Report data, so the report page draws its tables and SVG charts around a hostile title.
        AddDocument("xxgk/nb/hostile-nb.md", Titles[5], "政府信息公开年报", """
            report_year: 2024
            report:
              proactive:
                行政许可: 12
              applications:
                本年新收: [3, 1, 0, 0, 0, 0]
                上年结转: [0, 0, 0, 0, 0, 0]
                予以公开: [3, 1, 0, 0, 0, 0]
                结转下年度: [0, 0, 0, 0, 0, 0]
            """);
        for (var i = 6; i < Titles.Length; i++)
            AddDocument($"xxgk/tzgg/2025/hostile-{i:D2}.md", Titles[i], "通知公告", "");

        var issue = Path.Combine(Root, "content", "gongbao", "2025", "01", "_issue.md");
        File.WriteAllText(issue, File.ReadAllText(issue).Replace("title: 示例区人民政府公报2025年第1期", $"title: {Q("公报<script>alert('issue')</script>2025年第1期")}"));
        Write("xxgk/tzgg/_index.md", $"""
            ---
            title: {Q(Field)}
            ---

            {BodyText}
            """);
    }

    /// <summary>Body payloads appended to every fifth generated document, so ordinary pages carry them too.</summary>
    private void SpikeCorpusBodies()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "content"), "doc-*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i += 5)
            File.AppendAllText(files[i], "\n" + BodyText + "\n");
    }

    public void Dispose() => _corpus.Dispose();
}

public sealed record HostilePage(string Path, string Title);
