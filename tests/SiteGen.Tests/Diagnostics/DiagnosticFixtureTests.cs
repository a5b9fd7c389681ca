using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// The golden diagnostics: every case in Fixtures/diagnostics/ (see <see cref="DiagnosticFixture"/>)
/// is built in-process with `sitegen check` and must print exactly its expected section, and every
/// registered code has a case or a reason here why no site can produce it.
/// To accept new output after a deliberate change of messages:
/// <c>SITEGEN_REGENERATE=1 dotnet test tests/SiteGen.Tests -c Release --no-build --filter "FullyQualifiedName~SiteGen.Tests.Diagnostics"</c>
/// then read the diff of the .txt files before committing it.
/// </summary>
public sealed partial class DiagnosticFixtureTests
{
    public const string RegenerateVariable = "SITEGEN_REGENERATE";
    public const string RegenerateCommand = "SITEGEN_REGENERATE=1 dotnet test tests/SiteGen.Tests -c Release --no-build --filter \"FullyQualifiedName~SiteGen.Tests.Diagnostics\"";

    internal static bool Regenerate => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    /// <summary>Codes no site can produce, each with the reason; every other code has a fixture.</summary>
    internal static readonly IReadOnlyDictionary<string, string> WithoutFixture = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["markdown-error"] = "Markdig throwing on a body: no known input does (its guard against nesting is too-deep); the catch is a safety net, tested by nothing a site can write.",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in DiagnosticFixture.All()) data.Add(fixture.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_PrintsExactlyTheExpectedDiagnostics(string name)
    {
        var fixture = DiagnosticFixture.Load(name);
        Assert.True(fixture.Description.Count > 0, $"{fixture.FilePath}: say on a # line what is wrong with this site");
        using var dir = new TempDir("sitegen-diagnostic");
        fixture.WriteSite(dir.Path);
        var (exit, stdout, stderr) = Infrastructure.Cli.Run(["check", "--source", dir.Path, "-q", .. fixture.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        var actual = (stderr + stdout).Replace(dir.Path, "<site>", StringComparison.Ordinal) + $"exit {exit}\n";
        if (Regenerate)
        {
            fixture.RewriteExpected(actual);
            return;
        }
        Assert.True(fixture.Expected is not null, $"{fixture.FilePath} has no “{DiagnosticFixture.ExpectedHeader}” section; write one with:\n{RegenerateCommand}");
        Assert.True(fixture.ExpectedText == actual,
            $"{fixture.FilePath}: check printed\n{actual}\ninstead of\n{fixture.ExpectedText}\nIf the change is deliberate, rewrite the expected sections with:\n{RegenerateCommand}");

        var printed = actual.Split('\n').Select(l => DiagnosticLine().Match(l)).Where(m => m.Success).ToList();
        Assert.Contains(printed, m => m.Groups["code"].Value == fixture.Code);
        foreach (var m in printed)
        {
            var code = DiagnosticCodes.Find(m.Groups["code"].Value);
            Assert.True(code is not null, $"{m.Value}: code not in DiagnosticCodes");
            // The registry's severity is the one printed, unless --strict or a draft changed it.
            if (code.Severity is { } severity && !fixture.Args.Contains("--strict", StringComparison.Ordinal) && !m.Value.Contains(DiagnosticBag.DraftHint, StringComparison.Ordinal))
                Assert.Equal(new Diagnostic("", 0, 0, severity, "", "").SeverityLabel, m.Groups["label"].Value);
        }
    }

    [Fact]
    public void EveryRegisteredCode_HasAFixtureOrAReasonWhyNot()
    {
        var covered = DiagnosticFixture.All().Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticCodes.All.Select(c => c.Id).Where(id => !covered.Contains(id) && !WithoutFixture.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, $"no fixture in {DiagnosticFixture.Folder} for: {string.Join(", ", missing)}");
        Assert.All(WithoutFixture.Keys, id =>
        {
            Assert.NotNull(DiagnosticCodes.Find(id));
            Assert.False(covered.Contains(id), $"{id} has a fixture: take it off the list of codes without one");
        });
    }

    [Fact]
    public void EveryFixture_IsNamedAfterARegisteredCode()
    {
        var fixtures = DiagnosticFixture.All();
        Assert.NotEmpty(fixtures);
        Assert.All(fixtures, f => Assert.True(DiagnosticCodes.Find(f.Code) is not null, $"{f.FilePath}: “{f.Code}” is not a registered code"));
    }

    [Fact]
    public void FixtureEdits_RefuseAnOldLineThatIsNotThere()
    {
        using var dir = new TempDir("sitegen-diagnostic");
        var file = Path.Combine(dir.Path, "case.txt");
        File.WriteAllText(file, "# broken\n-- edit site.yml --\n- no such line\n+ anything\n");
        var site = Path.Combine(dir.Path, "site");
        Assert.Throws<InvalidDataException>(() => new DiagnosticFixture("case", file).WriteSite(site));
    }

    [GeneratedRegex(@"^.+?:\d+:\d+: (?<label>错误|警告|提示) (?<code>[a-z0-9-]+): ")]
    private static partial Regex DiagnosticLine();
}
