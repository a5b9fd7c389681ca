using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// Writes the site into a fresh staging folder (see <see cref="AtomicPublisher"/>). Every output
/// path is registered once: two sources that want the same file are a `duplicate-url` error naming
/// both, instead of one silently overwriting the other.
/// For a build that is published, each file is finished where it is written, while its bytes are
/// in memory: a text file gets its .gz twin (<see cref="Precompressor"/>) and every file its
/// SHA-256 for the integrity manifest, instead of reading 20,000 pages back from disk twice, and
/// each page is handed to <paramref name="reader"/> (the link check's scan) for the same reason.
/// </summary>
internal sealed class OutputWriter(string stagingDir, DiagnosticBag diagnostics, bool publish = false, IPageReader? reader = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _dirs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, Sha256 Hash)> _hashes = new();

    /// <summary>SHA-256 (lower-case hex) of the files hashed as they were written, by path; only for a published build. Made anew on each call.</summary>
    public Dictionary<string, string> HashesByPath() => _hashes.ToDictionary(h => h.Path, h => h.Hash.ToHex(), StringComparer.Ordinal);

    public string Root => stagingDir;

    /// <summary>Every file written, relative to the output folder, sorted.</summary>
    public IReadOnlyList<string> Files
    {
        get
        {
            // Sorting 56,000 paths takes tens of milliseconds, and the last stages each ask once
            // the writing is done: sorted again only after a new file.
            var claims = Volatile.Read(ref _claims);
            if (_sorted is { } sorted && sorted.Claims == claims) return sorted.Files;
            var files = _owners.Keys.Order(StringComparer.Ordinal).ToList();
            _sorted = new SortedFiles(claims, files);
            return files;
        }
    }

    private sealed record SortedFiles(int Claims, IReadOnlyList<string> Files);
    private SortedFiles? _sorted;
    private int _claims;

    /// <summary>The source that produced an output file (content/….md, site.yml, static/…), or null.</summary>
    public string? OwnerOf(string path) => _owners.TryGetValue(path, out var owner) ? owner : null;

    public bool Claim(string path, string source)
    {
        if (!OutputPath.IsSafe(path))
        {
            diagnostics.Error(SourcePosition.FileStart(source), DiagnosticCodes.UnsafePath, $"输出文件名“{Printable(path)}”含有控制字符、不可见字符或不允许的路径片段，未写出。",
                "请把文件改名为只含汉字、字母、数字和 - _ . 的名称。");
            return false;
        }
        if (_owners.TryAdd(path, source))
        {
            Interlocked.Increment(ref _claims);
            return true;
        }
        var owner = _owners[path];
        if (owner == source) return false;
        diagnostics.Error(SourcePosition.FileStart(source), DiagnosticCodes.DuplicateUrl, $"输出文件“{path}”已由 {owner} 生成，两者网址冲突。", "请修改文件名、slug 或 aliases，使网址不重复。");
        return false;
    }

    public void Write(string path, string content, string source) => Write(path, content.AsSpan(), source);

    /// <summary>Writes a text file from its characters (a rendered page, straight from the renderer's buffer).</summary>
    public void Write(string path, ReadOnlySpan<char> content, string source)
    {
        if (!Claim(path, source)) return;
        if (reader?.Reads(path) == true) reader.Read(path, content);
        // The UTF-8 bytes live only until the file, its hash and its .gz are made: borrowed, not
        // allocated (a page's bytes are most of what a 20,000-page build allocates per page).
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(content));
        try
        {
            Finish(path, buffer.AsSpan(0, Utf8.GetBytes(content, buffer)), source);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string path, byte[] content, string source)
    {
        if (!Claim(path, source)) return;
        if (reader?.Reads(path) == true) reader.Read(path, Utf8.GetString(content));
        Finish(path, content, source);
    }

    /// <summary>Writes a claimed file and, for a published build, its hash and its .gz twin.</summary>
    private void Finish(string path, ReadOnlySpan<byte> content, string source)
    {
        WriteNew(Prepare(path), content);
        if (!publish) return;
        _hashes.Enqueue((path, Sha256.Of(content)));
        if (!OutputTree.IsText(path) || path.StartsWith(IntegrityManifest.FolderPrefix, StringComparison.Ordinal)) return;
        var gz = Precompressor.Compress(content);
        var gzPath = path + Precompressor.Extension;
        if (!Claim(gzPath, source)) return;
        WriteNew(Prepare(gzPath), gz);
        _hashes.Enqueue((gzPath, Sha256.Of(gz)));
    }

    /// <summary>
    /// A SHA-256 as four numbers: kept for every file until the manifest is made, and a struct in a
    /// queue is no object for the collector to mark (a hex string in a dictionary was two per file).
    /// </summary>
    private readonly record struct Sha256(ulong A, ulong B, ulong C, ulong D)
    {
        public static Sha256 Of(ReadOnlySpan<byte> content)
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(content, hash);
            return MemoryMarshal.Read<Sha256>(hash);
        }

        public string ToHex()
        {
            var self = this;
            return Convert.ToHexStringLower(MemoryMarshal.AsBytes(new ReadOnlySpan<Sha256>(in self)));
        }
    }

    /// <summary>Opens a new output file to stream into (large files such as zips); null when the path is taken.</summary>
    public Stream? Create(string path, string source) =>
        Claim(path, source) ? new FileStream(Prepare(path), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16) : null;

    /// <summary>
    /// Every output file is new (the staging folder starts empty), so it is created with O_EXCL and
    /// never truncated: .NET's FileMode.Create truncates after opening, and on ext4 a truncated
    /// file is flushed to disk when it is closed (auto_da_alloc) — one synchronous write per file,
    /// which cost more than the whole rendering of a 20,000-document site.
    /// </summary>
    private static void WriteNew(string full, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>Copies a file; a file shared by several pages (one attachment, two documents) is copied once.</summary>
    public void Copy(string sourceFile, string path, string source)
    {
        if (_owners.TryGetValue(path, out _)) return;
        if (!Claim(path, source)) return;
        if (publish && OutputTree.IsText(path)) Finish(path, File.ReadAllBytes(sourceFile), source);
        else File.Copy(sourceFile, Prepare(path), overwrite: false);
    }

    /// <summary>The path with invisible characters shown as \uXXXX, so the message says what is wrong.</summary>
    private static string Printable(string path) =>
        string.Concat(path.Select(c => char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator ? $"\\u{(int)c:X4}" : c.ToString()));

    private string Prepare(string path)
    {
        var full = Path.Combine(stagingDir, path);
        var dir = Path.GetDirectoryName(full)!;
        // Lazy: threads writing into the same new folder wait until it exists.
        _ = _dirs.GetOrAdd(dir, d => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(d))).Value;
        return full;
    }
}
