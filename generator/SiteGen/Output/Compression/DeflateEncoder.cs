using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace SiteGen.Output.Compression;

/// <summary>
/// A DEFLATE compressor (RFC 1951) of our own, written so that the same input gives the same bytes
/// on every machine: integer arithmetic only, no processor-specific code paths, no native library.
/// zlib-ng (.NET's GZipStream) picks its match finder by processor and gives other bytes on arm64
/// than on x64, and libdeflate was there only where Debian's package was installed — so a site
/// rebuilt elsewhere could not be compared with the published one by hash (the manifest).
///
/// The method is libdeflate's fastest level in spirit: greedy parsing over a hash table of the two
/// latest positions of each 4-byte prefix, blocks of a fixed number of symbols, each written as
/// the smallest of dynamic Huffman, static Huffman or stored.
/// </summary>
internal sealed class DeflateEncoder
{
    private const int MinMatch = 4;
    private const int MaxMatch = 258;
    private const int Window = 32768;
    private const int MaxHashBits = 15;
    /// <summary>Symbols per block: large enough that a dynamic header pays for itself, small enough to adapt.</summary>
    private const int BlockSymbols = 16384;

    [ThreadStatic] private static DeflateEncoder? _perThread;

    private readonly int[] _heads = new int[2 << MaxHashBits];
    private readonly uint[] _symbols = new uint[BlockSymbols];
    private readonly BitWriter _out = new();
    private readonly int[] _litFreq = new int[286];
    private readonly int[] _distFreq = new int[30];
    private readonly byte[] _litLen = new byte[286];
    private readonly ushort[] _litCode = new ushort[286];
    private readonly byte[] _distLen = new byte[30];
    private readonly ushort[] _distCode = new ushort[30];

    /// <summary>A raw DEFLATE stream of <paramref name="input"/>, as a zip entry stores it.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> input)
    {
        var encoder = _perThread ??= new DeflateEncoder();
        encoder.Compress(input, input.Length / 2 + 64);
        return encoder._out.Written.ToArray();
    }

    /// <summary>
    /// A gzip file (RFC 1952) of <paramref name="input"/>: no name, zero time, OS "unknown", so the
    /// bytes depend on the input alone.
    /// </summary>
    public static byte[] Gzip(ReadOnlySpan<byte> input)
    {
        var encoder = _perThread ??= new DeflateEncoder();
        encoder.Compress(input, input.Length / 2 + 64, header: [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 0xff]);
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, System.IO.Hashing.Crc32.HashToUInt32(input));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)input.Length);
        encoder._out.WriteBytes(trailer);
        return encoder._out.Written.ToArray();
    }

    private void Compress(ReadOnlySpan<byte> input, int capacity, ReadOnlySpan<byte> header = default)
    {
        _out.Reset(capacity + header.Length + 16);
        _out.WriteBytes(header);
        if (input.IsEmpty)
        {
            _out.Write(1 | (1 << 1), 3); // final block, static Huffman
            _out.Write(StaticCodes.LitCode[256], StaticCodes.LitLen[256]);
            _out.AlignToByte();
            return;
        }
        // A table sized to the input: clearing it is part of every file's cost, and most files are small.
        var hashBits = Math.Clamp(BitOperations.Log2((uint)input.Length) + 1, 8, MaxHashBits);
        var heads = _heads.AsSpan(0, 2 << hashBits);
        heads.Clear();
        var shift = 32 - hashBits;

        var symbols = _symbols;
        var count = 0;
        var blockStart = 0;
        var pos = 0;
        var end = input.Length;
        while (pos < end)
        {
            var best = 0;
            var bestDistance = 0;
            if (end - pos >= MinMatch)
            {
                var slot = Slot(input, pos, shift);
                var first = heads[slot];
                var second = heads[slot + 1];
                heads[slot + 1] = first;
                heads[slot] = pos + 1;
                var limit = Math.Min(MaxMatch, end - pos);
                if (first != 0 && pos - (first - 1) <= Window)
                {
                    best = MatchLength(input, first - 1, pos, limit);
                    bestDistance = pos - (first - 1);
                }
                if (second != 0 && pos - (second - 1) <= Window && best < limit)
                {
                    var length = MatchLength(input, second - 1, pos, limit);
                    if (length > best) { best = length; bestDistance = pos - (second - 1); }
                }
            }
            if (best >= MinMatch)
            {
                symbols[count++] = (uint)(best << 16 | bestDistance);
                // Later matches may start inside this one: remember its positions too.
                var stop = Math.Min(pos + best, end - MinMatch + 1);
                for (var p = pos + 1; p < stop; p++)
                {
                    var slot = Slot(input, p, shift);
                    heads[slot + 1] = heads[slot];
                    heads[slot] = p + 1;
                }
                pos += best;
            }
            else
            {
                symbols[count++] = input[pos];
                pos++;
            }
            if (count == BlockSymbols && pos < end)
            {
                WriteBlock(input[blockStart..pos], count, final: false);
                blockStart = pos;
                count = 0;
            }
        }
        WriteBlock(input[blockStart..], count, final: true);
        _out.AlignToByte();
    }

    /// <summary>The hash-table pair for the 4 bytes at pos (multiplicative hashing, as libdeflate's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<byte> data, int pos, int shift) =>
        (int)((BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(pos, 4)) * 0x1E35A7BDu) >> shift) << 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MatchLength(ReadOnlySpan<byte> data, int earlier, int at, int limit)
    {
        var n = 0;
        var a = data.Slice(earlier, limit);
        var b = data.Slice(at, limit);
        while (n + 8 <= limit)
        {
            var diff = BinaryPrimitives.ReadUInt64LittleEndian(a.Slice(n, 8)) ^ BinaryPrimitives.ReadUInt64LittleEndian(b.Slice(n, 8));
            if (diff != 0) return n + (BitOperations.TrailingZeroCount(diff) >> 3);
            n += 8;
        }
        while (n < limit && a[n] == b[n]) n++;
        return n;
    }

    private void WriteBlock(ReadOnlySpan<byte> block, int count, bool final)
    {
        Array.Clear(_litFreq);
        Array.Clear(_distFreq);
        _litFreq[256] = 1;
        long extraBits = 0;
        for (var i = 0; i < count; i++)
        {
            var s = _symbols[i];
            if (s < 256) { _litFreq[s]++; continue; }
            var length = (int)(s >> 16);
            var lengthSymbol = Tables.LengthSymbol[length];
            var distanceSymbol = Tables.DistanceSymbol((int)(s & 0xFFFF));
            _litFreq[lengthSymbol]++;
            _distFreq[distanceSymbol]++;
            extraBits += Tables.LengthExtra[lengthSymbol - 257] + Tables.DistanceExtra[distanceSymbol];
        }

        // Decoders need at least two distance codes and two literal/length codes to form a complete tree.
        Span<int> distForTree = stackalloc int[30];
        _distFreq.CopyTo(distForTree);
        if (CountUsed(distForTree) < 2) { distForTree[0] = Math.Max(distForTree[0], 1); distForTree[1] = Math.Max(distForTree[1], 1); }
        Span<int> litForTree = stackalloc int[286];
        _litFreq.CopyTo(litForTree);
        if (CountUsed(litForTree) < 2) litForTree[0] = Math.Max(litForTree[0], 1);
        HuffmanCode.Build(litForTree, 15, _litLen, _litCode);
        HuffmanCode.Build(distForTree, 15, _distLen, _distCode);

        var header = new DynamicHeader(_litLen, _distLen);
        var dynamicBits = 3 + header.Bits + extraBits + Cost(_litFreq, _litLen) + Cost(_distFreq, _distLen);
        var staticBits = 3 + extraBits + Cost(_litFreq, StaticCodes.LitLen) + 5L * Sum(_distFreq);
        var storedBlocks = Math.Max(1, (block.Length + 65534) / 65535);
        var storedBits = 8L * (block.Length + 5L * storedBlocks) + 7;

        if (storedBits < dynamicBits && storedBits < staticBits) WriteStored(block, final);
        else if (staticBits <= dynamicBits)
        {
            _out.Write(final ? 1u : 0u, 1);
            _out.Write(1, 2);
            WriteSymbols(count, StaticCodes.LitCode, StaticCodes.LitLen, StaticCodes.DistCode, StaticCodes.DistLen);
        }
        else
        {
            _out.Write(final ? 1u : 0u, 1);
            _out.Write(2, 2);
            header.Write(_out);
            WriteSymbols(count, _litCode, _litLen, _distCode, _distLen);
        }
    }

    private void WriteSymbols(int count, ReadOnlySpan<ushort> litCode, ReadOnlySpan<byte> litLen, ReadOnlySpan<ushort> distCode, ReadOnlySpan<byte> distLen)
    {
        for (var i = 0; i < count; i++)
        {
            var s = _symbols[i];
            if (s < 256) { _out.Write(litCode[(int)s], litLen[(int)s]); continue; }
            var length = (int)(s >> 16);
            var distance = (int)(s & 0xFFFF);
            var ls = Tables.LengthSymbol[length];
            _out.Write(litCode[ls], litLen[ls]);
            var lengthExtra = Tables.LengthExtra[ls - 257];
            if (lengthExtra > 0) _out.Write((uint)(length - Tables.LengthBase[ls - 257]), lengthExtra);
            var ds = Tables.DistanceSymbol(distance);
            _out.Write(distCode[ds], distLen[ds]);
            var distanceExtra = Tables.DistanceExtra[ds];
            if (distanceExtra > 0) _out.Write((uint)(distance - Tables.DistanceBase[ds]), distanceExtra);
        }
        _out.Write(litCode[256], litLen[256]);
    }

    private void WriteStored(ReadOnlySpan<byte> block, bool final)
    {
        do
        {
            var take = Math.Min(block.Length, 65535);
            var last = final && take == block.Length;
            _out.Write(last ? 1u : 0u, 1);
            _out.Write(0, 2);
            _out.AlignToByte();
            _out.Write((uint)take | ((uint)(~take & 0xFFFF) << 16), 32);
            _out.WriteBytes(block[..take]);
            block = block[take..];
        }
        while (!block.IsEmpty);
    }

    private static int CountUsed(ReadOnlySpan<int> frequencies)
    {
        var used = 0;
        foreach (var f in frequencies) if (f > 0) used++;
        return used;
    }

    private static long Sum(ReadOnlySpan<int> frequencies)
    {
        long sum = 0;
        foreach (var f in frequencies) sum += f;
        return sum;
    }

    private static long Cost(ReadOnlySpan<int> frequencies, ReadOnlySpan<byte> lengths)
    {
        long bits = 0;
        for (var i = 0; i < frequencies.Length; i++) bits += (long)frequencies[i] * lengths[i];
        return bits;
    }
}
