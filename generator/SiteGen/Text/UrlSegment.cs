namespace SiteGen.Text;

/// <summary>What may appear as one segment of a generated URL: safe on every server and file system.</summary>
internal static class UrlSegment
{
    public static bool IsValid(string segment) =>
        segment.Length is > 0 and <= 100 && segment.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.')
        && segment is not ("." or "..") && !segment.StartsWith('.');
}
