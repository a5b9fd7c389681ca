using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiteGen.Tests.Limits;

/// <summary>
/// Random mutations of a small site — truncation, invalid bytes, hostile YAML, deep nesting, huge
/// lines, links out of the site and in loops, odd file names, GBK files, oversized files — each
/// round built in-process through the command line, asserting: exit 0 or 1, no stack trace, done
/// within a time limit, every error at file:line:col, the previous output intact after a failed
/// build, and nothing from outside the site (a canary file beside it) in the output. Rounds are
/// seeded: a failure prints the seed and the mutations, and SITEGEN_FUZZ_SEED=N replays one round.
/// In-process is safe because the depth limits stop every input before recursion gets deep; a
/// stack overflow, which .NET cannot catch, would take the test host down and fail the run loudly.
/// </summary>
public sealed class HostileContentFuzzTests(ITestOutputHelper log)
{
    private const string Canary = "CANARY-FUZZ-OUTSIDE-5b1e";
    private static readonly TimeSpan RoundLimit = TimeSpan.FromSeconds(60);
    private static readonly Regex ErrorLine = new(@"^[^\s:][^:]*:\d+:\d+: 错误 [a-z-]+: ", RegexOptions.Multiline);

    [Fact]
    [Slow] // hundreds of builds: about a minute of CPU
    public void RandomMutations_EndInASiteOrInErrorsAtALine()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ROUNDS"), out var n) ? n : 50;
        int? only = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED"), out var s) ? s : null;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var work = new TempDir("sitegen-fuzz");
        var outside = work.File("outside");
        Directory.CreateDirectory(outside);
        System.IO.File.WriteAllText(Path.Combine(outside, "canary.pdf"), Canary);
        System.IO.File.WriteAllText(Path.Combine(outside, "canary.md"), $"---\ntitle: {Canary}\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-03-01\n---\n\n{Canary}\n");
        using var baseSite = BaseSite();
        var output = work.File("public");
        var first = Build(baseSite.Root, output);
        Assert.True(first.Code == 0, first.Err + first.Out);
        var published = OutputScanner.Hashes(output);
        var failures = new List<string>();
        var seeds = only is { } one ? [one] : Enumerable.Range(1, rounds).Select(r => 7000 + r);
        foreach (var seed in seeds)
        {
            var site = work.File($"site-{seed}");
            Copy(baseSite.Root, site);
            var random = new Random(seed);
            var applied = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Mutate(site, outside, random)).ToList();
            var what = $"seed {seed} (replay: SITEGEN_FUZZ_SEED={seed}): {string.Join("; ", applied)}";
            var (code, stdout, stderr, elapsed) = Build(site, output);
            var text = stdout + stderr;
            void Fail(string why) => failures.Add($"{what}\n  {why}\n  {Shorten(text)}");
            if (elapsed > RoundLimit) Fail($"took {elapsed.TotalSeconds:0} s");
            if (code is not (0 or 1)) Fail($"exit {code}");
            if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal) || text.Contains("内部错误", StringComparison.Ordinal)) Fail("stack trace or internal error");
            if (code == 1)
            {
                if (!ErrorLine.IsMatch(text)) Fail("failed without an error at file:line:col");
                if (!OutputScanner.Hashes(output).SequenceEqual(published)) Fail("a failed build changed the previous output");
            }
            else if (code == 0) published = OutputScanner.Hashes(output);
            if (Directory.Exists(output) && OutputScanner.AllTexts(output).Any(t => t.Text.Contains(Canary, StringComparison.Ordinal))) Fail("a file from outside the site was published");
            log.WriteLine($"{what} → exit {code}, {elapsed.TotalMilliseconds:0} ms");
            Directory.Delete(site, recursive: true);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string Shorten(string s) => s.Length <= 2000 ? s : s[..2000] + "…";

    private static (int Code, string Out, string Err, TimeSpan Elapsed) Build(string site, string output)
    {
        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => Infrastructure.Cli.Run("build", "--source", site, "--out", output, "--as-of", "2026-01-01"));
        if (!run.Wait(RoundLimit)) return (-1, "", "hang: no answer within the time limit", watch.Elapsed);
        var (code, stdout, stderr) = run.Result;
        return (code, stdout, stderr, watch.Elapsed);
    }

    /// <summary>A small site: documents with attachments, an image, a column intro.</summary>
    private static TestSite BaseSite()
    {
        var site = new TestSite();
        for (var i = 1; i <= 6; i++)
            site.Doc($"xxgk/tzgg/2025/doc-{i}.md", $"title: 关于第{i}项工作的通知\ndate: 2025-0{i}-01\nattachments:\n  - file: fujian-{i}.pdf\n    title: 附件{i}",
                $"## 一、总体要求\n\n第{i}项工作要**按时**完成，详见[附件](fujian-{i}.pdf)。\n\n- 要点一\n- 要点二\n\n| 项目 | 时限 |\n|---|---|\n| 甲 | 3月 |\n\n![示意图](tu-{i}.png)\n");
        for (var i = 1; i <= 6; i++) site.AddBytes($"xxgk/tzgg/2025/fujian-{i}.pdf", Encoding.ASCII.GetBytes($"%PDF-1.4 attachment {i}\n"));
        for (var i = 1; i <= 6; i++) site.AddBytes($"xxgk/tzgg/2025/tu-{i}.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        site.Add("xxgk/tzgg/_index.md", "---\ncolumn: tzgg\n---\n\n本栏目发布通知公告。\n");
        return site;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            if (!Path.GetRelativePath(from, file).StartsWith("public", StringComparison.Ordinal))
                System.IO.File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static readonly string[] HostileYaml =
    [
        "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f]",
        "deep: " + Repeat("[", 500) + Repeat("]", 500),
        "deep: " + Repeat("{a: ", 300) + "1" + Repeat("}", 300),
        "open: " + Repeat("[", 300),
        "x: &x 值\ny: [" + string.Join(",", Enumerable.Repeat("*x", 300)) + "]",
        "\tindented: tab",
        "bad: \"unclosed",
        "key: : value",
        "? complex\n: key",
        "anchor: *nowhere",
        "title: [一, 二]",
        "date: 2025-02-30",
        "tags: !!binary aGVsbG8=",
        "---\nsecond: document",
    ];

    private static string Mutate(string site, string outside, Random random)
    {
        var content = Path.Combine(site, "content");
        // Not through links an earlier mutation of this round made.
        var docs = Directory.EnumerateFiles(content, "*.md", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(f => new FileInfo(f).LinkTarget is null).Order(StringComparer.Ordinal).ToList();
        var doc = docs[random.Next(docs.Count)];
        var name = Path.GetRelativePath(site, doc);
        var folder = Path.GetDirectoryName(doc)!;
        var text = System.IO.File.ReadAllText(doc);
        var bodyAt = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        switch (random.Next(13))
        {
            case 0:
            {
                var bytes = System.IO.File.ReadAllBytes(doc);
                var cut = random.Next(bytes.Length);
                System.IO.File.WriteAllBytes(doc, bytes[..cut]);
                return $"truncate {name} at byte {cut}";
            }
            case 1:
            {
                var bytes = System.IO.File.ReadAllBytes(doc);
                var at = random.Next(bytes.Length);
                byte[] all = [0xFF, 0xC3, 0x00, 0xE4, 0xBD, 0x80, 0xFE];
                var junk = all[random.Next(7)..];
                junk.AsSpan(0, Math.Min(junk.Length, bytes.Length - at)).CopyTo(bytes.AsSpan(at));
                System.IO.File.WriteAllBytes(doc, bytes);
                return $"invalid bytes in {name} at {at}";
            }
            case 2:
            {
                var yaml = HostileYaml[random.Next(HostileYaml.Length)];
                System.IO.File.WriteAllText(doc, "---\n" + yaml + "\n" + text[4..]);
                return $"hostile YAML in {name}: {yaml[..Math.Min(40, yaml.Length)]}";
            }
            case 3:
            {
                var k = random.Next(100, 3000);
                string[] patterns = [">", "[", "- ", "<div>", "*", "_a ", "<b>", "<table><tr><td>", "1. ", "  - ", "![", "[a](", "**", "`", "<", "|"];
                var p = patterns[random.Next(patterns.Length)];
                var perLine = random.Next(1, 400);
                var body = string.Join("\n", Enumerable.Range(0, Math.Max(1, k / perLine)).Select(_ => Repeat(p, perLine)));
                System.IO.File.WriteAllText(doc, text[..bodyAt] + body + "\n" + text[bodyAt..]);
                return $"nesting {p} × {perLine} per line, {k / perLine} lines in {name}";
            }
            case 4:
            {
                var length = random.Next(3000, 40000);
                System.IO.File.WriteAllText(doc, text[..bodyAt] + new string('长', length) + "\n");
                return $"line of {length} characters in {name}";
            }
            case 5:
            {
                var target = Path.Combine(folder, "fujian-1.pdf");
                if (System.IO.File.Exists(target)) System.IO.File.Delete(target);
                System.IO.File.CreateSymbolicLink(target, Path.Combine(outside, "canary.pdf"));
                System.IO.File.WriteAllText(doc, text[..bodyAt] + "[泄露](fujian-1.pdf)\n" + text[bodyAt..]);
                return $"fujian-1.pdf beside {name} linked out of the site";
            }
            case 6:
            {
                System.IO.File.CreateSymbolicLink(Path.Combine(folder, "leak.md"), Path.Combine(outside, "canary.md"));
                Directory.CreateSymbolicLink(Path.Combine(folder, "outside"), outside);
                System.IO.File.WriteAllText(doc, text[..bodyAt] + "[外部](outside/canary.pdf)\n" + text[bodyAt..]);
                return $"leak.md and a folder beside {name} linked out of the site";
            }
            case 7:
            {
                string[] targets = [".", "..", "../..", content];
                var target = targets[random.Next(targets.Length)];
                Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), target);
                System.IO.File.CreateSymbolicLink(Path.Combine(folder, "a.pdf"), "b.pdf");
                System.IO.File.CreateSymbolicLink(Path.Combine(folder, "b.pdf"), "a.pdf");
                return $"link loops beside {name} (loop → {target}, a.pdf ↔ b.pdf)";
            }
            case 8:
            {
                string[] names = ["空 格.md", "tab\tname.md", "new\nline.md", "bidi\u202Efdp.md", "😀表情.md", "-rf.md", "CON.md", new string('长', 80) + ".md", "a:b.md", "#hash?.md", ".hidden.md", "x.MD", "back\\slash.md"];
                var newName = names[random.Next(names.Length)];
                System.IO.File.Move(doc, Path.Combine(folder, newName));
                return $"{name} renamed to {newName.Replace("\n", "\\n").Replace("\t", "\\t")}";
            }
            case 9:
            {
                System.IO.File.WriteAllBytes(doc, Encoding.GetEncoding("GBK").GetBytes(text));
                return $"{name} saved as GBK";
            }
            case 10:
            {
                var line = Repeat("政务公开工作要点。", 100) + "\n";
                System.IO.File.WriteAllText(doc, text + Repeat(line, 1300));
                return $"{name} grown past 1 MB";
            }
            case 11:
            {
                string[] contents = ["", "---", "---\n", "---\n---\n", "\uFEFF---\ntitle: x\n---\n", "---\r\ntitle: 回车\r\n---\r\n正文\r\n", "\0\0\0"];
                var c = contents[random.Next(contents.Length)];
                System.IO.File.WriteAllText(doc, c);
                return $"{name} replaced by {c.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\0", "\\0")}";
            }
            default:
            {
                var yml = Path.Combine(site, "site.yml");
                var siteText = System.IO.File.ReadAllText(yml);
                var cut = random.Next(siteText.Length);
                string[] tails = ["", "\nlimits:\n  max_line_chars: 0\n", "\nlimits: [1, 2]\n", "\nx: " + Repeat("[", 400), "\n" + HostileYaml[0].Replace("\n", "\n") + "\n"];
                var tail = tails[random.Next(tails.Length)];
                if (random.Next(2) == 0)
                {
                    System.IO.File.WriteAllText(yml, siteText[..cut]);
                    return $"site.yml cut at {cut}";
                }
                System.IO.File.WriteAllText(yml, siteText + tail);
                return $"site.yml given {tail.Trim()[..Math.Min(30, tail.Trim().Length)]}";
            }
        }
    }
}
