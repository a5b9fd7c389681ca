using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Theme;

/// <summary>The theme's scripts are written to the output without comment lines and indentation, and still parse.</summary>
public sealed class CompactScriptTests
{
    [Fact]
    public void Compact_DropsCommentLinesAndIndentation()
    {
        var compact = StaticFiles.Compact("// why\n(function () {\n    // inner\n    var a = \"// not a comment\";\n\n    return a;\n})();\n");
        Assert.Equal("(function () {\nvar a = \"// not a comment\";\nreturn a;\n})();\n", compact);
    }

    [Fact]
    public void EveryThemeScript_StillParsesWhenCompacted()
    {
        var dir = Path.Combine(Repo.Root, "themes", "default", "static", "js");
        foreach (var file in Directory.EnumerateFiles(dir, "*.js"))
        {
            var source = File.ReadAllText(file);
            Assert.DoesNotContain("`", source); // Compact assumes no template literals.
            new Acornima.Parser().ParseScript(StaticFiles.Compact(source));
        }
    }
}
