using System.Buffers.Binary;
using System.Text;

namespace SiteGen.Archive;

/// <summary>
/// The largest values the classic zip fields hold. Zip64 records are written for a value that
/// reaches them and for nothing else, so a zip that needs no zip64 is the same bytes as before
/// zip64 was supported. Tests lower them to write real zip64 records without writing 4 GB.
/// </summary>
internal sealed record ZipLimits(long Entries = 0xFFFF, long Bytes = 0xFFFFFFFFL)
{
    public static ZipLimits Classic { get; } = new();
}

/// <summary>
/// Writes a zip (PKWARE APPNOTE 6.3.10, with zip64 only where a count, size or offset needs it)
/// byte for byte the same for the same entries: entries sorted by name, one fixed timestamp, no
/// extra fields but zip64's, Unix permissions 0644, non-ASCII names in UTF-8 with the
/// language-encoding flag (bit 11), which unzip, 7-Zip, bsdtar, Python and Windows Explorer read.
/// System.IO.Compression's ZipArchive gives none of these guarantees, and writing ourselves lets
/// an entry compressed for a year's copy be reused as is in the whole archive's. Entries are
/// streamed to the output one after another; only the central directory is kept.
/// </summary>
internal static class ZipWriter
{
    private const ushort VersionNeeded = 20;
    private const ushort VersionNeededZip64 = 45;
    private const ushort MadeByUnix = 3 << 8; // Unix, so external attributes carry permissions
    private const ushort Utf8Names = 1 << 11;
    private const ushort Zip64ExtraId = 0x0001;
    private const uint Marker32 = 0xFFFFFFFF;
    private const ushort Marker16 = 0xFFFF;

    public static void Write(Stream output, IEnumerable<ZipEntryData> entries, DateTime timestamp, ZipLimits? limits = null)
    {
        var max = limits ?? ZipLimits.Classic;
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
            // The local header carries the sizes; the offset is only in the central directory.
            var sizes64 = e.Size >= max.Bytes || e.StoredLength >= max.Bytes;
            var zip64 = sizes64 || position >= max.Bytes;
            var header = new byte[30 + (sizes64 ? 20 : 0)];
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            WriteCommonFields(header.AsSpan(4), e, names[i].Length, time, date, zip64, sizes64 ? Marker32 : (uint)e.StoredLength, sizes64 ? Marker32 : (uint)e.Size);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(28), (ushort)(sizes64 ? 20 : 0));
            output.Write(header.AsSpan(0, 30));
            output.Write(names[i]);
            if (sizes64)
            {
                var extra = header.AsSpan(30);
                BinaryPrimitives.WriteUInt16LittleEndian(extra, Zip64ExtraId);
                BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], 16);
                BinaryPrimitives.WriteUInt64LittleEndian(extra[4..], (ulong)e.Size);
                BinaryPrimitives.WriteUInt64LittleEndian(extra[12..], (ulong)e.StoredLength);
                output.Write(extra);
            }
            e.CopyTo(output);
            position += header.Length + names[i].Length + e.StoredLength;
        }
        var directoryStart = position;
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            // Only the fields that overflow go into the zip64 extra field, in the order APPNOTE 4.5.3 gives.
            var large = new List<ulong>(3);
            if (e.Size >= max.Bytes) large.Add((ulong)e.Size);
            if (e.StoredLength >= max.Bytes) large.Add((ulong)e.StoredLength);
            if (offsets[i] >= max.Bytes) large.Add((ulong)offsets[i]);
            var zip64 = large.Count > 0;
            var extraLength = zip64 ? 4 + 8 * large.Count : 0;
            var header = new byte[46 + extraLength];
            var s = header.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(s, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(s[4..], (ushort)(MadeByUnix | (zip64 ? VersionNeededZip64 : VersionNeeded)));
            WriteCommonFields(s[6..], e, names[i].Length, time, date, zip64,
                e.StoredLength >= max.Bytes ? Marker32 : (uint)e.StoredLength, e.Size >= max.Bytes ? Marker32 : (uint)e.Size);
            BinaryPrimitives.WriteUInt16LittleEndian(s[30..], (ushort)extraLength);
            BinaryPrimitives.WriteUInt32LittleEndian(s[38..], 0x81A4u << 16); // regular file, rw-r--r--
            BinaryPrimitives.WriteUInt32LittleEndian(s[42..], offsets[i] >= max.Bytes ? Marker32 : (uint)offsets[i]);
            output.Write(s[..46]);
            output.Write(names[i]);
            if (zip64)
            {
                var extra = s[46..];
                BinaryPrimitives.WriteUInt16LittleEndian(extra, Zip64ExtraId);
                BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], (ushort)(8 * large.Count));
                for (var k = 0; k < large.Count; k++) BinaryPrimitives.WriteUInt64LittleEndian(extra[(4 + 8 * k)..], large[k]);
                output.Write(extra);
            }
            position += header.Length + names[i].Length;
        }
        WriteEnd(output, sorted.Count, directoryStart, position - directoryStart, position, max);
    }

    /// <summary>
    /// The end of central directory record, preceded by the zip64 end record and its locator when
    /// the entry count, the directory's size or its offset does not fit the classic fields.
    /// </summary>
    private static void WriteEnd(Stream output, long count, long directoryStart, long directorySize, long position, ZipLimits max)
    {
        var countTooLarge = count >= max.Entries;
        var sizeTooLarge = directorySize >= max.Bytes;
        var startTooLarge = directoryStart >= max.Bytes;
        if (countTooLarge || sizeTooLarge || startTooLarge)
        {
            var record = new byte[56 + 20];
            var r = record.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(r, 0x06064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(r[4..], 56 - 12); // size of the rest of the record
            BinaryPrimitives.WriteUInt16LittleEndian(r[12..], MadeByUnix | VersionNeededZip64);
            BinaryPrimitives.WriteUInt16LittleEndian(r[14..], VersionNeededZip64);
            // Disk numbers (bytes 16 and 20) are 0: one file, never a multi-volume zip.
            BinaryPrimitives.WriteUInt64LittleEndian(r[24..], (ulong)count);
            BinaryPrimitives.WriteUInt64LittleEndian(r[32..], (ulong)count);
            BinaryPrimitives.WriteUInt64LittleEndian(r[40..], (ulong)directorySize);
            BinaryPrimitives.WriteUInt64LittleEndian(r[48..], (ulong)directoryStart);
            var locator = r[56..];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, 0x07064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(locator[8..], (ulong)position); // where the zip64 end record starts
            BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1); // total number of disks
            output.Write(record);
        }
        var end = new byte[22];
        var t = end.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(t, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(t[8..], countTooLarge ? Marker16 : (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(t[10..], countTooLarge ? Marker16 : (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(t[12..], sizeTooLarge ? Marker32 : (uint)directorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(t[16..], startTooLarge ? Marker32 : (uint)directoryStart);
        output.Write(end);
    }

    /// <summary>
    /// The fields a local header (from byte 4) and a central directory entry (from byte 6) share, in
    /// the same order: version needed, flags, method, time, date, CRC, sizes, name length; the
    /// caller writes the extra field's length.
    /// </summary>
    private static void WriteCommonFields(Span<byte> s, ZipEntryData e, int nameLength, ushort time, ushort date, bool zip64, uint storedLength, uint size)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(s, zip64 ? VersionNeededZip64 : VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], Flags(e));
        BinaryPrimitives.WriteUInt16LittleEndian(s[4..], (ushort)(e.Deflated ? 8 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(s[6..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(s[10..], e.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(s[14..], storedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(s[18..], size);
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
