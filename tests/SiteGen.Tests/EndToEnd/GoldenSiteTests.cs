using System.Text;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.EndToEnd;

/// <summary>
/// Golden valid sites, Markdig/Scriban-style: each folder of Fixtures/sites/ is a small site
/// (site.yml, content/) built with `sitegen build --as-of 2026-06-30`, and its expected/ folder
/// holds the exact bytes of the pages chosen to show the case, plus files.txt, the list of every
/// output file. An optional absent.txt lists strings that must appear in no output file, name,
/// or .gz/.zip entry. SITEGEN_UPDATE_GOLDEN=1 rewrites the expected files from the build (only the
/// files already in expected/: create an empty one to add a page); review them with `git diff`.
/// </summary>
public sealed class GoldenSiteTests
{
    public const string AsOf = "2026-06-30";
    public const string UpdateVariable = "SITEGEN_UPDATE_GOLDEN";
    private const string FileList = "files.txt";

    private static readonly string Sites = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Fixtures", "sites");

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private static IEnumerable<string> CaseNames => Directory.GetDirectories(Sites).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Cases => new(CaseNames);

    [Fact]
    public void TheCases_ShowTheDomain_EachWithExpectedPages()
    {
        Assert.Equal(["bulletin-issue", "consultation-status", "policy-interpretation", "repealed-replaced", "withheld-on-request"], CaseNames);
        foreach (var name in CaseNames)
            Assert.True(Directory.EnumerateFiles(Path.Combine(Sites, name, "expected"), "*.html", SearchOption.AllDirectories).Any(), $"{name} has no expected page");
    }

    [Theory, MemberData(nameof(Cases))]
    public void Site_BuildsToItsExpectedPages(string name)
    {
        var source = Path.Combine(Sites, name);
        using var dir = new TempDir("sitegen-golden");
        // Built outside the repository, so nothing depends on its git state.
        File.Copy(Path.Combine(source, "site.yml"), dir.File("site.yml"));
        CopyTree(Path.Combine(source, "content"), dir.File("content"));
        var output = dir.File("public");
        var (code, _, err) = Infrastructure.Cli.Run("build", "--source", dir.Path, "--out", output, "--as-of", AsOf, "-q");
        Assert.True(code == 0, $"{name} does not build:\n{err}");
        Assert.DoesNotContain("警告", err);

        var expected = Path.Combine(source, "expected");
        var files = string.Join("\n", OutputScanner.AllNames(output).Where(n => File.Exists(Path.Combine(output, n))).Order(StringComparer.Ordinal)) + "\n";
        Check(Path.Combine(expected, FileList), Encoding.UTF8.GetBytes(files), name);
        foreach (var page in Directory.EnumerateFiles(expected, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(expected, page).Replace('\\', '/');
            if (relative == FileList) continue;
            var built = Path.Combine(output, relative);
            Assert.True(File.Exists(built), $"{name}: expected/{relative} was not built");
            Check(page, File.ReadAllBytes(built), name);
        }

        var absent = Path.Combine(source, "absent.txt");
        if (!File.Exists(absent)) return;
        foreach (var secret in File.ReadAllLines(absent).Where(l => l.Length > 0))
        {
            Assert.DoesNotContain(OutputScanner.AllNames(output), n => n.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(OutputScanner.AllTexts(output), t => t.Text.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static void Check(string expectedFile, byte[] actual, string name)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllBytes(expectedFile, actual);
            return;
        }
        var relative = Path.GetRelativePath(Path.Combine(Sites, name), expectedFile).Replace('\\', '/');
        Assert.True(File.Exists(expectedFile), $"{name}/{relative} is missing: run with {UpdateVariable}=1 and review the new file");
        var wanted = File.ReadAllBytes(expectedFile);
        if (wanted.AsSpan().SequenceEqual(actual)) return;
        Assert.Fail($"{name}/{relative} differs from the build ({FirstDifference(wanted, actual)}). If the change is intended, "
            + $"rewrite the expected files with {UpdateVariable}=1 (docs/development.md) and review `git diff`.");
    }

    private static string FirstDifference(byte[] wanted, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(wanted).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a) return $"line {i + 1}: expected\n  {e}\nbuilt\n  {a}\n";
        }
        return "same lines, different bytes";
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
