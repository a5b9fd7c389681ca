using System.Buffers.Binary;

namespace SiteGen.Output.Compression;

/// <summary>DEFLATE's bit order: bits fill each byte from its least significant end.</summary>
internal sealed class BitWriter
{
    private byte[] _buffer = new byte[1 << 16];
    private int _length;
    private ulong _bits;
    private int _count;

    public int Length => _length;

    public void Reset(int capacity)
    {
        if (_buffer.Length < capacity) _buffer = new byte[capacity];
        _length = 0;
        _bits = 0;
        _count = 0;
    }

    /// <summary>Appends the low <paramref name="count"/> bits of value (count ≤ 32).</summary>
    public void Write(uint value, int count)
    {
        _bits |= (ulong)value << _count;
        _count += count;
        if (_count < 32) return;
        Ensure(4);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(_length), (uint)_bits);
        _length += 4;
        _bits >>= 32;
        _count -= 32;
    }

    /// <summary>Pads to a byte boundary with zero bits (stored blocks and the stream's end).</summary>
    public void AlignToByte()
    {
        Ensure(8);
        while (_count > 0)
        {
            _buffer[_length++] = (byte)_bits;
            _bits >>= 8;
            _count = Math.Max(0, _count - 8);
        }
        _bits = 0;
    }

    /// <summary>Whole bytes, after <see cref="AlignToByte"/>.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
