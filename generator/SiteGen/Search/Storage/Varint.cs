namespace SiteGen.Search;

/// <summary>A growable byte buffer of LEB128 varints: postings are doc deltas, counts and slot deltas, mostly below 128.</summary>
internal sealed class VarintBuffer
{
    private byte[] _bytes = new byte[16];

    public int Length { get; private set; }

    public void Write(int value)
    {
        var v = (uint)value;
        while (true)
        {
            if (Length == _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
            if (v < 0x80) { _bytes[Length++] = (byte)v; return; }
            _bytes[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }
    }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>base64url without padding: JSON encoders escape '+' and the client decodes it itself.</summary>
    public static string Base64Url(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
