namespace SiteGen.Output.Compression;

/// <summary>RFC 1951 §3.2.5: length and distance symbols, their extra bits and base values.</summary>
internal static class Tables
{
    public static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    public static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    public static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    public static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    /// <summary>Match length (3–258) → literal/length symbol (257–285).</summary>
    public static readonly int[] LengthSymbol = BuildLengthSymbols();

    /// <summary>Distance (1–32768) → distance symbol (0–29).</summary>
    public static int DistanceSymbol(int distance)
    {
        var d = distance - 1;
        if (d < 4) return d;
        var log = System.Numerics.BitOperations.Log2((uint)d);
        return 2 * log + ((d >> (log - 1)) & 1);
    }

    private static int[] BuildLengthSymbols()
    {
        var symbols = new int[259];
        for (var code = 0; code < LengthBase.Length; code++)
        {
            var last = code == LengthBase.Length - 1 ? 258 : Math.Min(258, LengthBase[code] + (1 << LengthExtra[code]) - 1);
            for (var length = LengthBase[code]; length <= last; length++) symbols[length] = 257 + code;
        }
        return symbols;
    }
}

/// <summary>The fixed Huffman codes of RFC 1951 §3.2.6 (block type 1).</summary>
internal static class StaticCodes
{
    public static readonly byte[] LitLen = new byte[288];
    public static readonly ushort[] LitCode = new ushort[288];
    public static readonly byte[] DistLen = new byte[30];
    public static readonly ushort[] DistCode = new ushort[30];

    static StaticCodes()
    {
        for (var s = 0; s < 288; s++) LitLen[s] = (byte)(s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8);
        Canonical(LitLen, LitCode);
        Array.Fill(DistLen, (byte)5);
        Canonical(DistLen, DistCode);
    }

    private static void Canonical(byte[] lengths, ushort[] codes)
    {
        var count = new int[16];
        foreach (var l in lengths) count[l]++;
        var next = new int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++) { code = (code + count[bits - 1]) << 1; next[bits] = code; }
        for (var s = 0; s < lengths.Length; s++)
        {
            int c = next[lengths[s]]++, reversed = 0;
            for (var i = 0; i < lengths[s]; i++) { reversed = (reversed << 1) | (c & 1); c >>= 1; }
            codes[s] = (ushort)reversed;
        }
    }
}
