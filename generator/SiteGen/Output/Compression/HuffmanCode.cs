namespace SiteGen.Output.Compression;

/// <summary>
/// Length-limited canonical Huffman codes for DEFLATE (RFC 1951 §3.2.2). Built only from symbol
/// frequencies with stable tie-breaking, so equal input gives equal codes on every machine.
/// Lengths come from Moffat's in-place minimum-redundancy algorithm; lengths over the limit are
/// folded back with the Kraft-sum repair miniz uses (tdefl_huffman_enforce_max_code_size).
/// </summary>
internal static class HuffmanCode
{
    /// <summary>
    /// Writes the code length of each symbol (0 = unused) into <paramref name="lengths"/> and the
    /// bit-reversed canonical code (DEFLATE sends codes most-significant bit first into an
    /// LSB-first stream) into <paramref name="codes"/>.
    /// </summary>
    public static void Build(ReadOnlySpan<int> frequencies, int maxLength, Span<byte> lengths, Span<ushort> codes)
    {
        lengths.Clear();
        Span<long> sorted = stackalloc long[frequencies.Length];
        var used = 0;
        for (var s = 0; s < frequencies.Length; s++)
            if (frequencies[s] > 0) sorted[used++] = ((long)frequencies[s] << 16) | (uint)s; // by frequency, then symbol
        sorted = sorted[..used];
        sorted.Sort();
        if (used == 1) lengths[(int)(sorted[0] & 0xFFFF)] = 1;
        else if (used > 1) AssignLengths(sorted, maxLength, lengths);
        Canonical(lengths, maxLength, codes);
    }

    private static void AssignLengths(Span<long> sorted, int maxLength, Span<byte> lengths)
    {
        var n = sorted.Length;
        Span<int> a = stackalloc int[n];
        for (var i = 0; i < n; i++) a[i] = (int)(sorted[i] >> 16);
        MinimumRedundancy(a);
        // a[i] is now the optimal length of the i-th least frequent symbol (non-increasing in i).
        Span<int> count = stackalloc int[Math.Max(maxLength, 32) + 1];
        foreach (var length in a) count[Math.Min(length, 32)]++;
        EnforceMaxLength(count, maxLength);
        // The longest codes go to the least frequent symbols.
        var next = 0;
        for (var length = maxLength; length >= 1; length--)
            for (var k = 0; k < count[length]; k++)
                lengths[(int)(sorted[next++] & 0xFFFF)] = (byte)length;
    }

    /// <summary>Moffat and Katajainen's in-place algorithm over frequencies sorted ascending.</summary>
    private static void MinimumRedundancy(Span<int> a)
    {
        var n = a.Length;
        a[0] += a[1];
        int root = 0, leaf = 2;
        for (var next = 1; next < n - 1; next++)
        {
            if (leaf >= n || a[root] < a[leaf]) { a[next] = a[root]; a[root++] = next; }
            else a[next] = a[leaf++];
            if (leaf >= n || (root < next && a[root] < a[leaf])) { a[next] += a[root]; a[root++] = next; }
            else a[next] += a[leaf++];
        }
        a[n - 2] = 0;
        for (var next = n - 3; next >= 0; next--) a[next] = a[a[next]] + 1;
        int available = 1, usedNodes = 0, depth = 0;
        int r = n - 2, x = n - 1;
        while (available > 0)
        {
            while (r >= 0 && a[r] == depth) { usedNodes++; r--; }
            while (available > usedNodes) { a[x--] = depth; available--; }
            available = 2 * usedNodes;
            depth++;
            usedNodes = 0;
        }
    }

    private static void EnforceMaxLength(Span<int> count, int maxLength)
    {
        for (var i = maxLength + 1; i < count.Length; i++) { count[maxLength] += count[i]; count[i] = 0; }
        long total = 0;
        for (var i = maxLength; i > 0; i--) total += (long)count[i] << (maxLength - i);
        while (total != 1L << maxLength)
        {
            count[maxLength]--;
            for (var i = maxLength - 1; i > 0; i--)
            {
                if (count[i] == 0) continue;
                count[i]--;
                count[i + 1] += 2;
                break;
            }
            total--;
        }
    }

    private static void Canonical(ReadOnlySpan<byte> lengths, int maxLength, Span<ushort> codes)
    {
        Span<int> count = stackalloc int[maxLength + 1];
        foreach (var l in lengths) count[l]++;
        count[0] = 0;
        Span<int> next = stackalloc int[maxLength + 2];
        var code = 0;
        for (var bits = 1; bits <= maxLength; bits++)
        {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        for (var s = 0; s < lengths.Length; s++)
        {
            var l = lengths[s];
            codes[s] = l == 0 ? (ushort)0 : Reverse(next[l]++, l);
        }
    }

    private static ushort Reverse(int code, int length)
    {
        var reversed = 0;
        for (var i = 0; i < length; i++) { reversed = (reversed << 1) | (code & 1); code >>= 1; }
        return (ushort)reversed;
    }
}
