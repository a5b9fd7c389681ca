using SiteGen.Tests.Infrastructure;
using InProcess = SiteGen.Tests.Infrastructure.Cli;

namespace SiteGen.Tests.Adoption;

/// <summary>`sitegen init DIR` in-process: what it writes, that it builds at once, and what it refuses.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void Init_WritesASiteThatBuilds_WithEveryTemplateFileAndNoTokenLeft()
    {
        using var dir = new TempDir("sitegen-init");
        var site = dir.File("site");
        var (code, stdout, stderr) = InProcess.Run("init", site, "--name", "测试区人民政府", "--organ", "测试区人民政府办公室", "--site-id-code", "3701029999");
        Assert.True(code == 0, stderr);
        Assert.Contains("已新建站点", stdout);

        var template = Path.Combine(Repo.Root, "templates", "site");
        foreach (var file in Directory.EnumerateFiles(template, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            Assert.True(File.Exists(Path.Combine(site, Path.GetRelativePath(template, file))), $"init did not write {Path.GetRelativePath(template, file)}");
        foreach (var required in new[] { "site.yml", ".gitignore", ".vscode/settings.json", ".github/workflows/publish.yml", ".gitlab-ci.yml", "ci/publish.sh",
                     "content/xxgk/zn/guide.md", "schema/front-matter.schema.json", "schema/issue.schema.json" })
            Assert.True(File.Exists(Path.Combine(site, required)), required);
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(Path.Combine(site, "ci/publish.sh")).HasFlag(UnixFileMode.UserExecute), "ci/publish.sh is not executable");

        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(@"(?<!\$)\{\{\s*[a-z0-9_]+\s*\}\}", text);
        }
        var yml = File.ReadAllText(Path.Combine(site, "site.yml"));
        Assert.Contains("title: \"测试区人民政府\"", yml);
        Assert.Contains("organ: \"测试区人民政府办公室\"", yml);
        Assert.Contains("site_id_code: \"3701029999\"", yml);
        Assert.Contains($"SITEGEN_VERSION:-{SiteGenVersion.Current}", File.ReadAllText(Path.Combine(site, "ci/publish.sh")));

        var build = InProcess.Run("build", "--source", site);
        Assert.True(build.Code == 0, build.Out + build.Err);
        Assert.True(File.Exists(Path.Combine(site, "public", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "public", "xxgk", "zn", "index.html")));
        // Every example is a draft: none of them, nor the guide still to complete, is on the site.
        var html = string.Join("\n", Directory.EnumerateFiles(Path.Combine(site, "public"), "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("示例管理办法", html);
        Assert.DoesNotContain("测试区人民政府政府信息公开指南", html);
        Assert.Contains("测试区人民政府", html);
    }

    [Fact]
    public void Init_WithoutIdentity_WritesTodoValues_ThatCheckReportsAsWarningsAtTheirLines()
    {
        using var dir = new TempDir("sitegen-init");
        var site = dir.File("site");
        Assert.Equal(0, InProcess.Run("init", site).Code);
        var (code, stdout, stderr) = InProcess.Run("check", "--source", site);
        var all = stdout + stderr;
        Assert.True(code == 0, all);
        var lines = File.ReadAllLines(Path.Combine(site, "site.yml"));
        var titleLine = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal)) + 1;
        Assert.Contains($"site.yml:{titleLine}:", all);
        Assert.Contains("“title”还是待填写的占位内容", all);
        Assert.Contains("“site_id_code”还是待填写的占位内容", all);
        Assert.Contains("“contact.phone”还是待填写的占位内容", all);
        Assert.Contains("content/xxgk/zn/guide.md", all);
    }

    [Fact]
    public void Init_RefusesANonEmptyDirectory_WithExit2_AndChangesNothing()
    {
        using var dir = new TempDir("sitegen-init");
        File.WriteAllText(dir.File("notes.txt"), "已有文件");
        var (code, _, stderr) = InProcess.Run("init", dir.Path, "--name", "测试区人民政府");
        Assert.Equal(2, code);
        Assert.Contains("不是空的", stderr);
        Assert.Contains("directory not empty", stderr);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--name", "某区\"政府")]
    [InlineData("--organ", "")]
    public void Init_RefusesValuesThatWouldBreakSiteYml(string option, string value)
    {
        using var dir = new TempDir("sitegen-init");
        var (code, _, stderr) = InProcess.Run("init", dir.File("site"), option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, stderr);
        Assert.False(Directory.Exists(dir.File("site")));
    }

    [Fact]
    public void Init_WithoutDirectory_OrWithTwo_IsAUsageError()
    {
        Assert.Equal(2, InProcess.Run("init").Code);
        using var dir = new TempDir("sitegen-init");
        var (code, _, stderr) = InProcess.Run("init", dir.File("a"), dir.File("b"));
        Assert.Equal(2, code);
        Assert.Contains("unexpected argument", stderr);
    }
}
