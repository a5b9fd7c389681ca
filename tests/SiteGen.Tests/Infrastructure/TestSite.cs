using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// A small site written inline by a test (Hugo-style): the project's site.yml by default, plus
/// the files the test adds. Build it and look at the diagnostics and the output.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempDir _dir = new("sitegen-site");

    public TestSite(string? siteYml = null)
    {
        System.IO.File.WriteAllText(Path.Combine(Root, "site.yml"), siteYml ?? MinimalSiteYml);
        Directory.CreateDirectory(Path.Combine(Root, "content"));
    }

    public string Root => _dir.Path;
    public string Out => Path.Combine(Root, "public");

    /// <summary>The column tree of CONTENT-MODEL.md, enough for most tests.</summary>
    public const string MinimalSiteYml = """
        title: 测试区人民政府
        organ: 测试区人民政府办公室
        domain: www.ceshi.gov.cn
        site_id_code: "3701020099"
        bulletin: {name: 测试区人民政府公报, path: gongbao}
        columns:
          - id: xxgk
            name: 政府信息公开
            children:
              - {id: zn, name: 政府信息公开指南}
              - {id: zd, name: 政府信息公开制度}
              - id: fdzdgk
                name: 法定主动公开内容
                children:
                  - id: zcwj
                    name: 政策文件
                    kind: policy
                    children:
                      - {id: gfxwj, name: 行政规范性文件}
                      - {id: qtwj, name: 其他文件}
                  - {id: zcjd, name: 政策解读, kind: policy}
                  - {id: tzgg, name: 通知公告, kind: notice}
                  - {id: gzdt, name: 工作动态, kind: news}
                  - {id: yjzj, name: 意见征集, kind: notice}
                  - {id: jyta, name: 建议提案办理}
                  - {id: hygk, name: 会议公开}
              - {id: nb, name: 政府信息公开年报}
          - {id: gongbao, name: 政府公报}
        topics: [综合政务/政务公开, 科技、教育/教育]
        """;

    /// <summary>Writes content/RELATIVE (UTF-8, LF) and returns its path.</summary>
    public TestSite Add(string relative, string text)
    {
        var path = Path.Combine(Root, "content", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TestSite AddBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, "content", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>
    /// A valid document: title, category, disclosure and date on lines 2–5 of the file; extra
    /// front-matter lines replace a default of the same key in place, or follow from line 6.
    /// </summary>
    public TestSite Doc(string relative, string extraFrontMatter = "", string body = "正文内容。")
    {
        var lines = new List<string> { "title: 关于测试工作的通知", "category: 通知公告", "disclosure: 主动公开", "date: 2025-03-01" };
        foreach (var line in extraFrontMatter.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = line.Split(':')[0].Trim();
            var at = line.StartsWith(' ') ? -1 : lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            if (at >= 0 && at < 4) lines[at] = line;
            else lines.Add(line);
        }
        return Add(relative, $"---\n{string.Join("\n", lines)}\n---\n\n{body}\n");
    }

    internal BuildResult Build(string asOf = "2026-01-01", bool write = true) =>
        SiteBuilder.Build(new BuildOptions { SourceDir = Root, OutputDir = write ? Out : null, AsOf = DateOnly.Parse(asOf) });

    public string Read(string outputRelative) => System.IO.File.ReadAllText(Path.Combine(Out, outputRelative));

    public bool Exists(string outputRelative) => System.IO.File.Exists(Path.Combine(Out, outputRelative));

    public void Dispose() => _dir.Dispose();
}

internal static class DiagnosticAssertions
{
    public static Diagnostic Single(this BuildResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got {matches.Count}:\n{string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

    public static void NoErrors(this BuildResult result) =>
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics));
}
