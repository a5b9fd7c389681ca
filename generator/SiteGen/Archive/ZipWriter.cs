using System.Buffers.Binary;
using System.Text;

namespace SiteGen.Archive;

/// <summary>
/// Writes a zip (PKWARE APPNOTE 6.3, no zip64) byte for byte the same for the same entries: entries
/// sorted by name, one fixed timestamp, no extra fields, Unix permissions 0644. System.IO.Compression's
/// ZipArchive gives none of these guarantees, and writing ourselves lets an entry compressed for a
/// year's copy be reused as is in the whole archive's.
/// </summary>
internal static class ZipWriter
{
    public const int MaxEntries = 0xFFFF;
    public const long MaxBytes = 0xFFFFFFFFL;
    private const ushort VersionNeeded = 20;
    private const ushort VersionMadeBy = (3 << 8) | 20; // Unix, so external attributes carry permissions
    private const ushort Utf8Names = 1 << 11;

    /// <summary>True when the entries fit a zip without zip64 extensions.</summary>
    public static bool Fits(IReadOnlyCollection<ZipEntryData> entries) =>
        entries.Count <= MaxEntries && entries.Sum(e => (long)e.Data.Length + 30 + 46 + 2 * Encoding.UTF8.GetByteCount(e.Name)) < MaxBytes;

    public static void Write(Stream output, IEnumerable<ZipEntryData> entries, DateTime timestamp)
    {
        var sorted = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (sorted.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count() != sorted.Count)
            throw new InvalidOperationException("duplicate zip entry names");
        var (time, date) = DosTime(timestamp);
        var names = sorted.Select(e => Encoding.UTF8.GetBytes(e.Name)).ToList();
        var offsets = new long[sorted.Count];
        long position = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            offsets[i] = position;
            var header = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            WriteCommonFields(header.AsSpan(4), e, names[i].Length, time, date);
            output.Write(header);
            output.Write(names[i]);
            output.Write(e.Data);
            position += header.Length + names[i].Length + e.Data.Length;
        }
        var directoryStart = position;
        for (var i = 0; i < sorted.Count; i++)
        {
            var header = new byte[46];
            var s = header.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(s, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(s[4..], VersionMadeBy);
            WriteCommonFields(s[6..], sorted[i], names[i].Length, time, date);
            BinaryPrimitives.WriteUInt32LittleEndian(s[38..], 0x81A4u << 16); // regular file, rw-r--r--
            BinaryPrimitives.WriteUInt32LittleEndian(s[42..], (uint)offsets[i]);
            output.Write(header);
            output.Write(names[i]);
            position += header.Length + names[i].Length;
        }
        var end = new byte[22];
        var t = end.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(t, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(t[8..], (ushort)sorted.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(t[10..], (ushort)sorted.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(t[12..], (uint)(position - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(t[16..], (uint)directoryStart);
        output.Write(end);
    }

    /// <summary>
    /// The fields a local header (from byte 4) and a central directory entry (from byte 6) share, in
    /// the same order: version needed, flags, method, time, date, CRC, sizes, name length (no extra field).
    /// </summary>
    private static void WriteCommonFields(Span<byte> s, ZipEntryData e, int nameLength, ushort time, ushort date)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s, VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], Flags(e));
        BinaryPrimitives.WriteUInt16LittleEndian(s[4..], (ushort)(e.Deflated ? 8 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(s[6..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(s[10..], e.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(s[14..], (uint)e.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(s[18..], (uint)e.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(s[22..], (ushort)nameLength);
    }

    private static ushort Flags(ZipEntryData e) => e.Name.All(char.IsAscii) ? (ushort)0 : Utf8Names;

    /// <summary>MS-DOS date and time (local, two-second resolution, from 1980).</summary>
    private static (ushort Time, ushort Date) DosTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1);
        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }
}
