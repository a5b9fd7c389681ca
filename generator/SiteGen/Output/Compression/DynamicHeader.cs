namespace SiteGen.Output.Compression;

/// <summary>
/// The header of a dynamic-Huffman block (RFC 1951 §3.2.7): the code lengths of both trees,
/// run-length coded (symbols 16, 17, 18) and themselves Huffman coded.
/// </summary>
internal readonly ref struct DynamicHeader
{
    private static readonly int[] Order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private readonly int _litCount;
    private readonly int _distCount;
    private readonly int _orderCount;
    /// <summary>Run-length symbols: low 8 bits the symbol, next 8 its extra-bits value.</summary>
    private readonly List<int> _runs;
    private readonly byte[] _codeLengthLen = new byte[19];
    private readonly ushort[] _codeLengthCode = new ushort[19];

    /// <summary>Header size in bits, after the 3 block-type bits.</summary>
    public long Bits { get; }

    public DynamicHeader(ReadOnlySpan<byte> litLengths, ReadOnlySpan<byte> distLengths)
    {
        _litCount = 286;
        while (_litCount > 257 && litLengths[_litCount - 1] == 0) _litCount--;
        _distCount = 30;
        while (_distCount > 1 && distLengths[_distCount - 1] == 0) _distCount--;
        var all = new byte[_litCount + _distCount];
        litLengths[.._litCount].CopyTo(all);
        distLengths[.._distCount].CopyTo(all.AsSpan(_litCount));
        _runs = RunLengths(all);

        Span<int> frequencies = stackalloc int[19];
        foreach (var r in _runs) frequencies[r & 0xFF]++;
        // The code-length code must be complete: give a lone symbol a partner.
        var used = 0;
        foreach (var f in frequencies) if (f > 0) used++;
        if (used < 2) frequencies[frequencies[0] == 0 ? 0 : 1] = Math.Max(1, frequencies[frequencies[0] == 0 ? 0 : 1]);
        HuffmanCode.Build(frequencies, 7, _codeLengthLen, _codeLengthCode);
        _orderCount = 19;
        while (_orderCount > 4 && _codeLengthLen[Order[_orderCount - 1]] == 0) _orderCount--;

        long bits = 5 + 5 + 4 + 3L * _orderCount;
        foreach (var r in _runs) bits += _codeLengthLen[r & 0xFF] + ExtraBits(r & 0xFF);
        Bits = bits;
    }

    public void Write(BitWriter output)
    {
        output.Write((uint)(_litCount - 257), 5);
        output.Write((uint)(_distCount - 1), 5);
        output.Write((uint)(_orderCount - 4), 4);
        for (var i = 0; i < _orderCount; i++) output.Write(_codeLengthLen[Order[i]], 3);
        foreach (var r in _runs)
        {
            var symbol = r & 0xFF;
            output.Write(_codeLengthCode[symbol], _codeLengthLen[symbol]);
            var extra = ExtraBits(symbol);
            if (extra > 0) output.Write((uint)(r >> 8), extra);
        }
    }

    private static int ExtraBits(int symbol) => symbol switch { 16 => 2, 17 => 3, 18 => 7, _ => 0 };

    private static List<int> RunLengths(ReadOnlySpan<byte> lengths)
    {
        var runs = new List<int>(lengths.Length);
        var i = 0;
        while (i < lengths.Length)
        {
            var length = lengths[i];
            var run = 1;
            while (i + run < lengths.Length && lengths[i + run] == length) run++;
            i += run;
            if (length == 0)
            {
                while (run >= 11) { var r = Math.Min(run, 138); runs.Add(18 | (r - 11) << 8); run -= r; }
                if (run >= 3) { runs.Add(17 | (run - 3) << 8); run = 0; }
                while (run-- > 0) runs.Add(0);
            }
            else
            {
                runs.Add(length);
                run--;
                while (run >= 3) { var r = Math.Min(run, 6); runs.Add(16 | (r - 3) << 8); run -= r; }
                while (run-- > 0) runs.Add(length);
            }
        }
        return runs;
    }
}
