using System.Text.Json;
using AngleSharp.Html.Parser;
using Jint;
using SiteGen.Text.Escaping;

namespace SiteGen.Tests.Text;

/// <summary>The one escaper for data read as JavaScript (search index, 公报数据库 data, live preview state).</summary>
public sealed class ScriptDataTests
{
    private const string ScriptHostile = "</script><script>alert(1)</script><!--\u2028\u2029\"'\\&<>+`关于𠮷";

    /// <summary>These bytes are in every published search index and data file: a change here changes every site's output.</summary>
    [Fact]
    public void Serialize_EscapesScriptAndHtmlCharacters_KeepsChineseReadable()
    {
        Assert.Equal(
            "\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\\u003C!--\\u2028\\u2029\\u0022\\u0027\\\\\\u0026\\u003C\\u003E\\u002B\\u0060关于\\uD842\\uDFB7\"",
            ScriptData.Serialize(ScriptHostile));
        Assert.Equal("[\"示政发〔2025〕1号\",12,null]", ScriptData.Serialize(new object?[] { "示政发〔2025〕1号", 12, null }));
    }

    [Fact]
    public void Writer_EscapesAsSerializeDoes()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = ScriptData.Writer(buffer)) w.WriteStringValue(ScriptHostile);
        Assert.Equal(ScriptData.Serialize(ScriptHostile), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Serialized_RunsAsJavaScript_AndGivesBackTheText()
    {
        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(5)));
        engine.Execute("var alerted = false; var alert = function () { alerted = true; }; var got;");
        engine.Execute($"got = {ScriptData.Serialize(new[] { new { t = ScriptHostile } })};");
        Assert.Equal(ScriptHostile, engine.Evaluate("got[0].t").AsString());
        Assert.False(engine.Evaluate("alerted").AsBoolean());
    }

    [Fact]
    public void Serialized_InsideAnHtmlScriptElement_StaysOneScript()
    {
        var html = $"<script type=\"application/json\" id=\"d\">{ScriptData.Serialize(ScriptHostile)}</script><p id=\"after\">x</p>";
        var document = new HtmlParser().ParseDocument(html);
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal(ScriptHostile, JsonSerializer.Deserialize<string>(script.TextContent));
        Assert.NotNull(document.GetElementById("after"));
    }
}
