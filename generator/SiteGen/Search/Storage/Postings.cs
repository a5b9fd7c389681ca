namespace SiteGen.Search;

/// <summary>
/// A list of ascending document numbers, in the smaller of two forms (search-core.js decodes both):
/// a bitmap of all documents (first byte 1), so the commonest pairs cost N/8 bytes however many
/// documents hold them; or Rice codes of the gaps (first byte 32 + k): each gap − 1 as its
/// quotient by 2^k in unary (zeros ended by a one) and its k low bits, most significant bit first,
/// the last byte padded with zeros. Rice codes take about log2(mean gap) + 1.5 bits a document,
/// where varint deltas took 8 or 16 (measured on the 20,000-document corpus: 28% smaller). k is
/// chosen from the mean gap, not searched.
/// </summary>
internal static class Postings
{
    public const byte Bitmap = 1;
    public const byte Rice = 32;

    /// <summary>Encodes ascending document numbers (each below <paramref name="docs"/>).</summary>
    public static byte[] Encode(ReadOnlySpan<int> ascending, int docs)
    {
        var form = FormOf(ascending, docs);
        var bytes = new byte[form.Length];
        Write(ascending, form, bytes);
        return bytes;
    }

    /// <summary>
    /// As <see cref="Encode(ReadOnlySpan{int}, int)"/>, in the <paramref name="form"/> found for the
    /// list beforehand (<see cref="FormOf"/>, whose <see cref="Form.Length"/> sized the file), into
    /// <paramref name="scratch"/> (grown when too small): the index writer encodes hundreds of
    /// thousands of lists straight into its files.
    /// </summary>
    public static ReadOnlySpan<byte> Encode(ReadOnlySpan<int> ascending, Form form, ref byte[] scratch)
    {
        if (scratch.Length < form.Length) scratch = new byte[Math.Max(form.Length, 2 * scratch.Length)];
        var bytes = scratch.AsSpan(0, form.Length);
        bytes.Clear();
        Write(ascending, form, bytes);
        return bytes;
    }

    /// <summary>Which form a list takes (a bitmap, or Rice codes with parameter K) and its length in bytes.</summary>
    public readonly record struct Form(bool IsBitmap, int K, int Length);

    /// <summary>The form and length of a list's encoding of documents below <paramref name="docs"/>, found without encoding it.</summary>
    public static Form FormOf(ReadOnlySpan<int> ascending, int docs)
    {
        if (ascending.Length == 0) return new Form(false, 0, 0);
        var bitmapBytes = (docs + 7) / 8;
        // The Rice parameter from the mean gap: log2(0.69 × mean) is within a few percent of the best.
        var mean = (ascending[^1] + 1.0) / ascending.Length;
        var k = Math.Min(24, Math.Max(0, (int)Math.Floor(Math.Log2(Math.Max(1.0, mean * 0.69)))));
        long bits = (long)(1 + k) * ascending.Length;
        if ((bits + 7) / 8 < bitmapBytes)
        {
            long last = -1;
            foreach (var d in ascending)
            {
                bits += (d - last - 1) >> k;
                last = d;
            }
        }
        return (bits + 7) / 8 >= bitmapBytes ? new Form(true, 0, bitmapBytes + 1) : new Form(false, k, (int)(1 + (bits + 7) / 8));
    }

    /// <summary>Writes a list in its form into <paramref name="bytes"/> (zeroed, of the form's length).</summary>
    private static void Write(ReadOnlySpan<int> ascending, Form form, Span<byte> bytes)
    {
        if (form.Length == 0) return;
        if (form.IsBitmap)
        {
            bytes[0] = Bitmap;
            foreach (var d in ascending) bytes[1 + (d >> 3)] |= (byte)(1 << (d & 7));
            return;
        }
        var k = form.K;
        bytes[0] = (byte)(Rice + k);
        var at = 1;
        ulong acc = 0; // pending bits, most significant first
        var pending = 0;
        var previous = -1;
        var low = (1u << k) - 1;
        foreach (var d in ascending)
        {
            var v = (uint)(d - previous - 1);
            previous = d;
            // v >> k zeros, then a one and the k low bits
            var zeros = (int)(v >> k);
            while (pending + zeros + k + 1 > 64)
            {
                var take = Math.Min(zeros, 56 - pending);
                zeros -= take;
                pending += take;
                Flush(bytes, ref at, ref acc, ref pending);
            }
            pending += zeros;
            acc |= (((ulong)1 << k) | (v & low)) << (64 - pending - (k + 1));
            pending += k + 1;
            if (pending >= 32) Flush(bytes, ref at, ref acc, ref pending);
        }
        while (pending > 0)
        {
            bytes[at++] = (byte)(acc >> 56);
            acc <<= 8;
            pending -= 8;
        }
    }

    /// <summary>Moves whole bytes from the pending bits into the output.</summary>
    private static void Flush(Span<byte> bytes, ref int at, ref ulong acc, ref int pending)
    {
        while (pending >= 8)
        {
            bytes[at++] = (byte)(acc >> 56);
            acc <<= 8;
            pending -= 8;
        }
    }

    /// <summary>The document numbers of an encoded list (tests; the browser has its own decoder).</summary>
    public static List<int> Decode(ReadOnlySpan<byte> bytes)
    {
        var docs = new List<int>();
        if (bytes.Length == 0) return docs;
        if (bytes[0] == Bitmap)
        {
            for (var i = 1; i < bytes.Length; i++)
            {
                for (var b = 0; b < 8; b++) if ((bytes[i] & (1 << b)) != 0) docs.Add(((i - 1) << 3) + b);
            }
            return docs;
        }
        var k = bytes[0] - Rice;
        long p = 8, end = bytes.Length * 8L;
        var doc = -1;
        while (true)
        {
            var q = 0;
            while (p < end && (bytes[(int)(p >> 3)] & (0x80 >> (int)(p & 7))) == 0) { q++; p++; }
            if (p >= end) break;
            p++;
            var r = 0;
            for (var b = 0; b < k; b++, p++) r = (r << 1) | ((bytes[(int)(p >> 3)] >> (7 - (int)(p & 7))) & 1);
            doc += (q << k) + r + 1;
            docs.Add(doc);
        }
        return docs;
    }
}
