using System.Reflection;

namespace SiteGen;

/// <summary>
/// SiteGen's own version, as `sitegen --version`, the JSON report and the integrity manifest print
/// it. It is the project's &lt;Version&gt; (SiteGen.csproj; a release overrides it with
/// -p:Version=X.Y.Z), without the "+commit" suffix the SDK appends to the informational version, so
/// two builds of one release say the same.
/// </summary>
public static class SiteGenVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(SiteGenVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational)) return typeof(SiteGenVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
