using System.Reflection;
using System.Text.RegularExpressions;
using SiteGen.Audit;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// The registry of diagnostic codes is the only place a code is spelt: every call site passes a
/// member of <see cref="DiagnosticCodes"/> (the bag's and the lints' signatures take nothing else,
/// and a scan of the generator's sources finds bare code strings where a diagnostic is made), every
/// member is used, and docs/diagnostics.md is what the registry generates.
/// </summary>
public sealed partial class DiagnosticCodesTests
{
    private static readonly string Generator = Path.Combine(Repo.Root, "generator", "SiteGen");
    private static readonly string RegistryFile = Path.Combine(Generator, "Diagnostics", "DiagnosticCodes.cs");

    private static IEnumerable<string> GeneratorSources() =>
        Directory.GetFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Codes_AreUniqueKebabCaseWithAChineseTitleAndExplanation()
    {
        Assert.True(DiagnosticCodes.All.Count >= 45, $"only {DiagnosticCodes.All.Count} codes registered");
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DiagnosticCodes.All, c =>
        {
            Assert.Matches(CodeShape(), c.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", c.Title);
            Assert.True(c.Explanation.Length >= 20 && Regex.IsMatch(c.Explanation, @"\p{IsCJKUnifiedIdeographs}"), $"{c.Id}: explain in Chinese what it means and how to fix it");
        });
    }

    [Fact]
    public void All_ListsExactlyTheRegistrysMembers()
    {
        var members = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!).ToList();
        Assert.Equal(members, DiagnosticCodes.All);
        Assert.All(members, c => Assert.Same(c, DiagnosticCodes.Find(c.Id)));
    }

    [Fact]
    public void EveryRegisteredCode_IsUsedByTheGenerator()
    {
        var sources = string.Concat(GeneratorSources().Where(f => f != RegistryFile).Select(File.ReadAllText));
        var unused = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Where(f => !Regex.IsMatch(sources, $@"\bDiagnosticCodes\.{f.Name}\b")).Select(f => f.Name).ToList();
        Assert.True(unused.Count == 0, $"registered but never reported (remove them, or report them): {string.Join(", ", unused)}");
    }

    [Fact]
    public void NoDiagnosticIsMadeWithABareCodeString()
    {
        var found = GeneratorSources().Where(f => f != RegistryFile)
            .SelectMany(f => BareCodes(File.ReadAllText(f)).Select(b => $"{Path.GetRelativePath(Repo.Root, f)}:{b.Line}: \"{b.Code}\""))
            .ToList();
        Assert.True(found.Count == 0, "diagnostic codes spelt at the call site instead of a DiagnosticCodes member:\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheScan_FindsBareCodesInEveryWayADiagnosticIsMade()
    {
        const string source = """
            diagnostics.Error(at, "made-up", $"消息 {x}（y）。", "改法");
            r.Diagnostics.Warning(r.PositionOf("k"),
                "other-code", "消息");
            yield return new Diagnostic(p.Path, p.Line, p.Column, Severity.Error, "third",
                "消息");
            public string Code => "lint-code";
            var d2 = d with { Code = "renamed" };
            diagnostics.Error(at, DiagnosticCodes.BadValue, "“bad-value”不是代码", r.String("page-size"));
            """;
        Assert.Equal(["made-up", "other-code", "third", "lint-code", "renamed"], BareCodes(source).Select(b => b.Code));
    }

    [Fact]
    public void AuditIndicators_CountOnlyRegisteredCodes() =>
        Assert.All(AuditIndicators.All.SelectMany(i => i.Codes), id => Assert.NotNull(DiagnosticCodes.Find(id)));

    [Fact]
    public void DocsList_IsWhatTheRegistryGenerates()
    {
        var path = Path.Combine(Repo.Root, DiagnosticsDoc.RelativePath);
        var generated = DiagnosticsDoc.Markdown();
        if (DiagnosticFixtureTests.Regenerate) File.WriteAllText(path, generated);
        var checkedIn = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        Assert.True(checkedIn == generated,
            $"{DiagnosticsDoc.RelativePath} differs from what DiagnosticCodes generates; rewrite it with:\n{DiagnosticFixtureTests.RegenerateCommand}");
        Assert.All(DiagnosticCodes.All, c => Assert.Contains($"\n## {c.Id}\n", checkedIn));
    }

    /// <summary>
    /// Code-shaped string literals given as a whole argument where a diagnostic is made (the bag's
    /// Error/Warning, a lint's Warning, new Diagnostic) or as a code property's value.
    /// </summary>
    private static IEnumerable<(int Line, string Code)> BareCodes(string source)
    {
        foreach (Match call in DiagnosticCall().Matches(source))
            foreach (Match literal in WholeArgumentLiteral().Matches(call.Groups["args"].Value))
                yield return (LineOf(source, call.Groups["args"].Index + literal.Groups["code"].Index), literal.Groups["code"].Value);
        foreach (Match property in CodeProperty().Matches(source))
            yield return (LineOf(source, property.Index), property.Groups["code"].Value);
    }

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"(?:\.Error|\.Warning|\.Notice|\bnew Diagnostic|\bLintContext\.Warning)\((?<args>[^;]*?)\)\s*(?:;|with\b)", RegexOptions.Singleline)]
    private static partial Regex DiagnosticCall();

    [GeneratedRegex(@"(?:^|,)\s*""(?<code>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)""\s*(?=,|$)", RegexOptions.Singleline)]
    private static partial Regex WholeArgumentLiteral();

    [GeneratedRegex(@"\bCode\s*(?:=>|=)\s*""(?<code>[a-z][a-z0-9-]*)""")]
    private static partial Regex CodeProperty();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex CodeShape();
}
