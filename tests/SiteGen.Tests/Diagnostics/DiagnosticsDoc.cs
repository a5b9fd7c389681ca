using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Cli;

namespace SiteGen.Tests.Diagnostics;

/// <summary>docs/diagnostics.md, written from <see cref="DiagnosticCodes"/>: the list editors look codes up in.</summary>
internal static class DiagnosticsDoc
{
    public const string RelativePath = "docs/diagnostics.md";

    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("# 诊断代码 (diagnostic codes)\n\n");
        sb.Append("<!-- 本文件由 generator/SiteGen/Diagnostics/DiagnosticCodes.cs 生成，请勿手改 (generated, do not edit): ")
          .Append(DiagnosticFixtureTests.RegenerateCommand).Append(" -->\n\n");
        sb.Append("`sitegen build` 和 `sitegen check` 列出的每个问题都写成\n");
        sb.Append("`文件:行:列: 错误|警告|提示 代码: 说明 改法`，代码是固定的英文词，工具和 CI 按它归类。\n");
        sb.Append("**错误**使构建失败（原有网站不变）；**警告**不影响发布，领域规则的警告在 `--strict` 时算错误；\n");
        sb.Append("**提示**与日期有关（栏目更新、解读时限、年报期限），永远不会使构建失败。\n");
        sb.Append("草稿（`draft: true`）的错误都只算警告。每个代码都有一个最小的出错站点作为测试样例，\n");
        sb.Append("见 `tests/SiteGen.Tests/Fixtures/diagnostics/代码.txt`，其中 `-- expected --` 一节就是 `sitegen check` 的原样输出。\n");
        sb.Append("在命令行中，`sitegen explain 代码` 显示同样的说明，`sitegen explain` 列出全部代码。\n\n");
        sb.Append($"共 {DiagnosticCodes.All.Count} 个代码。\n\n");
        sb.Append("| 代码 | 级别 | 含义 |\n|---|---|---|\n");
        foreach (var code in DiagnosticCodes.All)
            sb.Append($"| [`{code.Id}`](#{code.Id}) | {Level(code)} | {code.Title} |\n");
        foreach (var code in DiagnosticCodes.All)
            sb.Append($"\n## {code.Id}\n\n**{code.Title}**（{Level(code)}）\n\n{code.Explanation}\n");
        return sb.ToString();
    }

    private static string Level(DiagnosticCode code) => ExplainCommand.Level(code);
}
