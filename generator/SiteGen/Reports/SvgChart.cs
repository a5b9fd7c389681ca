using System.Globalization;
using System.Text;
using SiteGen.Rendering;
using SiteGen.Text.Escaping;

namespace SiteGen.Reports;

/// <summary>A chart for templates: its title (shown as the figure's caption) and the SVG markup.</summary>
internal sealed record ChartView(string Title, RawHtml Svg);

/// <summary>One series of a grouped bar chart.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<long> Values);

/// <summary>
/// Small bar charts drawn at build time as inline SVG: no JavaScript, no external files. Each is
/// `role="img"` with a &lt;title&gt; and a &lt;desc&gt; that states every value, and each bar carries its
/// number as text, so neither colour nor shape is needed to read it; series also differ by
/// pattern (solid, hatched, dotted) for readers who do not tell the colours apart. Text is escaped
/// here because this markup reaches templates as <see cref="RawHtml"/>.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640;
    private static readonly string[] Colours = ["#1f4e79", "#a14a00", "#2e6b30"];

    public static ChartView HorizontalBars(string id, string title, IReadOnlyList<(string Label, long Value)> bars)
    {
        const int labelWidth = 150, barHeight = 22, gap = 10, top = 10;
        var max = Math.Max(1, bars.Max(b => b.Value));
        var height = top + bars.Count * (barHeight + gap) + 10;
        var desc = string.Join("；", bars.Select(b => $"{b.Label} {b.Value}"));
        var sb = Open(id, title, desc, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + i * (barHeight + gap);
            var w = (int)Math.Round((Width - labelWidth - 70) * (double)bars[i].Value / max);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"chart-label\">{E(bars[i].Label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{Math.Max(w, 1)}\" height=\"{barHeight}\" fill=\"{Colours[0]}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + Math.Max(w, 1) + 6}\" y=\"{y + 16}\" class=\"chart-value\">{bars[i].Value}</text>");
        }
        return new ChartView(title, Close(sb));
    }

    public static ChartView GroupedBars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string unit)
    {
        const int left = 40, top = 34, plotHeight = 180, bottom = 30;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var height = top + plotHeight + bottom;
        var groupWidth = (Width - left - 10) / Math.Max(1, categories.Count);
        var barWidth = Math.Min(36, (groupWidth - 12) / Math.Max(1, series.Count));
        var desc = string.Join("；", categories.Select((c, i) => $"{c}：{string.Join("，", series.Select(s => $"{s.Name} {s.Values[i]}{unit}"))}"));
        var sb = Open(id, title, desc, height);
        sb.Append("<defs>");
        sb.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{id}-p1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"{Colours[1]}\"/></pattern>");
        sb.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{id}-p2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><circle cx=\"3\" cy=\"3\" r=\"1.8\" fill=\"{Colours[2]}\"/></pattern>");
        sb.Append("</defs>");
        // Legend: swatch with the series' fill and outline, then its name.
        var lx = left;
        for (var s = 0; s < series.Count; s++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"6\" width=\"16\" height=\"14\" fill=\"{Fill(id, s)}\" stroke=\"{Colours[s % 3]}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 22}\" y=\"18\" class=\"chart-label\">{E(series[s].Name)}</text>");
            lx += 40 + series[s].Name.Length * 14;
        }
        var baseline = top + plotHeight;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{baseline}\" x2=\"{Width - 10}\" y2=\"{baseline}\" stroke=\"#555555\"/>");
        for (var c = 0; c < categories.Count; c++)
        {
            var gx = left + c * groupWidth + (groupWidth - barWidth * series.Count) / 2;
            for (var s = 0; s < series.Count; s++)
            {
                var v = series[s].Values[c];
                var h = (int)Math.Round((plotHeight - 16) * (double)v / max);
                var x = gx + s * barWidth;
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{baseline - h}\" width=\"{barWidth - 2}\" height=\"{h}\" fill=\"{Fill(id, s)}\" stroke=\"{Colours[s % 3]}\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth - 2) / 2}\" y=\"{baseline - h - 4}\" text-anchor=\"middle\" class=\"chart-value\">{v}</text>");
            }
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + c * groupWidth + groupWidth / 2}\" y=\"{baseline + 20}\" text-anchor=\"middle\" class=\"chart-label\">{E(categories[c])}</text>");
        }
        return new ChartView(title, Close(sb));
    }

    private static string Fill(string id, int series) => (series % 3) switch
    {
        0 => Colours[0],
        1 => $"url(#{id}-p1)",
        _ => $"url(#{id}-p2)",
    };

    private static StringBuilder Open(string id, string title, string desc, int height)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"report-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(desc)}</desc>");
        return sb;
    }

    private static RawHtml Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static string E(string text) => MarkupText.Escape(text);
}
