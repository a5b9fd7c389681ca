using System.Globalization;
using System.Text;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// One golden case of tests/SiteGen.Tests/Fixtures/diagnostics/: a small invalid site written as
/// the shared base site (<c>_base/</c>) plus the files of one text file, and the exact output of
/// `sitegen check -q` on it. The file reads top to bottom:
/// <code>
/// # what is wrong with this site (one or more lines)
/// args: --as-of 2026-01-05        (optional; check's arguments besides --source and -q; default --as-of 2026-06-30)
/// include: report                 (optional; applies the sections of _report.txt first)
/// -- content/tzgg/b.md --         a file, written as is (site.yml too)
/// -- edit site.yml --             each "- old line" (which must occur once) is replaced by the "+ new" lines after it
/// -- bytes content/gbk.md --      a file whose \xHH escapes are raw bytes
/// -- random 1100000 content/x.pdf --  that many bytes that do not compress (no text follows)
/// -- expected --                  what check prints (stderr, then stdout), then "exit N"
/// </code>
/// The case is named after its file (<c>unsafe-url.txt</c>); the code it shows is the name up to the
/// first dot, so <c>bad-value.site-id-code.txt</c> is a second case of bad-value.
/// </summary>
internal sealed class DiagnosticFixture
{
    public static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Fixtures", "diagnostics");
    public const string DefaultArgs = "--as-of 2026-06-30";
    public const string ExpectedHeader = "-- expected --";

    private readonly List<(string Kind, string Path, List<string> Lines)> _sections = [];

    public DiagnosticFixture(string name, string file)
    {
        Name = name;
        FilePath = file;
        var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n').ToList();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                var header = line[3..^3].Trim();
                var space = header.IndexOf(' ');
                var (kind, path) = header is "expected" ? ("expected", "")
                    : space > 0 && header[..space] is "edit" or "bytes" or "random" ? (header[..space], header[(space + 1)..]) : ("file", header);
                current = [];
                if (kind == "expected") Expected = current;
                else _sections.Add((kind, path, current));
                continue;
            }
            if (current is not null) { current.Add(line); continue; }
            if (line.StartsWith('#')) Description.Add(line.TrimStart('#').Trim());
            else if (line.StartsWith("args:", StringComparison.Ordinal)) Args = line["args:".Length..].Trim();
            else if (line.StartsWith("include:", StringComparison.Ordinal)) Includes.Add(line["include:".Length..].Trim());
            else if (line.Trim().Length > 0) throw new InvalidDataException($"{file}: unexpected line before the first section: {line}");
        }
    }

    public string Name { get; }
    public string FilePath { get; }
    public string Code => Name.Split('.')[0];
    public List<string> Description { get; } = [];
    public string Args { get; private set; } = DefaultArgs;
    public List<string> Includes { get; } = [];
    public List<string>? Expected { get; private set; }

    public string ExpectedText => Expected is null ? "" : string.Join("\n", Trimmed(Expected)) + "\n";

    /// <summary>Every case, sorted by name; files starting with _ are shared parts, not cases.</summary>
    public static IReadOnlyList<DiagnosticFixture> All() =>
        Directory.GetFiles(Folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => !n.StartsWith('_'))
            .Order(StringComparer.Ordinal).Select(Load).ToList();

    public static DiagnosticFixture Load(string name) => new(name, Path.Combine(Folder, name + ".txt"));

    /// <summary>Writes the site into <paramref name="root"/>: the base, each include, then this case's sections.</summary>
    public void WriteSite(string root)
    {
        CopyFolder(Path.Combine(Folder, "_base"), root);
        foreach (var include in Includes) new DiagnosticFixture("_" + include, Path.Combine(Folder, "_" + include + ".txt")).Apply(root);
        Apply(root);
    }

    private void Apply(string root)
    {
        foreach (var (kind, header, body) in _sections)
        {
            // “random N PATH” carries its size in the header, not in lines.
            var (relative, lines) = kind == "random" ? (header[(header.IndexOf(' ') + 1)..], new List<string> { header[..header.IndexOf(' ')] }) : (header, body);
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = string.Join("\n", Trimmed(lines)) + "\n";
            switch (kind)
            {
                case "edit": File.WriteAllText(path, Edit(File.ReadAllText(path), Trimmed(lines), relative)); break;
                case "bytes": File.WriteAllBytes(path, Unescape(text)); break;
                case "random": File.WriteAllBytes(path, RandomBytes(int.Parse(lines[0], CultureInfo.InvariantCulture), relative)); break;
                default: File.WriteAllText(path, text); break;
            }
        }
    }

    /// <summary>Each “- old” line is replaced by the “+ new” lines after it (none, or a lone “+”, deletes it).</summary>
    private string Edit(string text, IReadOnlyList<string> lines, string relative)
    {
        for (var i = 0; i < lines.Count;)
        {
            if (!lines[i].StartsWith("- ", StringComparison.Ordinal))
                throw new InvalidDataException($"{FilePath}: an edit of {relative} is “- old” lines, each followed by its “+ new” lines");
            var old = lines[i++][2..];
            var added = new List<string>();
            for (; i < lines.Count && (lines[i] == "+" || lines[i].StartsWith("+ ", StringComparison.Ordinal)); i++)
                if (lines[i] != "+") added.Add(lines[i][2..]);
            var at = text.IndexOf(old, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
                throw new InvalidDataException($"{FilePath}: “{old}” must occur exactly once in {relative}");
            text = text[..at] + string.Join("\n", added) + text[(at + old.Length)..];
        }
        return text;
    }

    /// <summary>Bytes that do not compress, the same on every run: an attachment too big for a limit without a big file in the repository.</summary>
    private static byte[] RandomBytes(int count, string seed)
    {
        var bytes = new byte[count];
        new Random(seed.Length * 7919 + count).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return [.. bytes];
    }

    /// <summary>Rewrites the expected section with <paramref name="actual"/>, keeping everything above it.</summary>
    public void RewriteExpected(string actual)
    {
        var text = File.ReadAllText(FilePath).Replace("\r\n", "\n");
        var at = text.IndexOf("\n" + ExpectedHeader + "\n", StringComparison.Ordinal);
        var head = at >= 0 ? text[..(at + 1)] : text.TrimEnd('\n') + "\n";
        File.WriteAllText(FilePath, head + ExpectedHeader + "\n" + actual);
    }

    private static List<string> Trimmed(List<string> lines)
    {
        var end = lines.Count;
        while (end > 0 && lines[end - 1].Length == 0) end--;
        return lines.GetRange(0, end);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public override string ToString() => Name;
}
