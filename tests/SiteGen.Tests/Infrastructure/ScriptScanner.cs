using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>
/// The static scan: reads every file of a built site (and every entry of every .zip in it) and
/// lists what could run code in a reader's browser. It works on file types, not on page kinds, so
/// outputs added later (search index, 公报数据库 downloads, feeds, offline archives) are covered the
/// day they appear:
/// - every path: no control or invisible characters, no `..` (also inside zips);
/// - HTML: no `on*` attributes, no script URLs in any URL attribute or meta refresh, no frames,
///   objects, embeds or base; every script element is `&lt;script src&gt;` of one of the theme's .js
///   files, with no inline code; every page carries a CSP meta that allows no inline or eval'd script;
/// - .js files of the theme: no innerHTML/outerHTML/insertAdjacentHTML/document.write/eval/new Function;
///   other .js and .json files (data): valid syntax, and no `&lt;script`, `&lt;/script`, `&lt;!--` or raw U+2028/U+2029;
/// - XML: well-formed, no script URLs, HTML carried in `type="html"` elements scanned as HTML;
/// - CSV: no cell that a spreadsheet would run as a formula; SVG: none at all;
/// - .gz: the decompressed file, by the rules of its own type.
/// </summary>
internal sealed partial class ScriptScanner(IReadOnlySet<string> themeScripts)
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "data", "poster", "background", "cite", "longdesc", "xlink:href", "ping", "manifest", "codebase", "icon"];

    private static readonly string[] ForbiddenElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"];

    /// <summary>The .js files of the default theme's static folder, as paths in the output.</summary>
    public static ScriptScanner ForDefaultTheme()
    {
        var dir = Path.Combine(Repo.Root, "themes", "default", "static");
        var scripts = Directory.EnumerateFiles(dir, "*.js", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        return new ScriptScanner(scripts);
    }

    /// <summary>Every finding, as `file: problem`; empty when the output is clean.</summary>
    public List<string> Scan(string outDir)
    {
        var findings = new List<string>();
        var files = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var present = files.ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!OutputPath.IsSafe(file)) findings.Add($"{Printable(file)}: unsafe file name");
            ScanContent(file, File.ReadAllBytes(Path.Combine(outDir, file)), present, findings, fromTheme: themeScripts.Contains(file.EndsWith(".gz", StringComparison.Ordinal) ? file[..^3] : file));
        }
        return findings;
    }

    private void ScanContent(string name, byte[] bytes, IReadOnlySet<string> present, List<string> findings, bool fromTheme)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        switch (ext)
        {
            case ".html" or ".htm" or ".xhtml":
                ScanHtml(name, Text(bytes), present, findings, page: true);
                break;
            case ".js" or ".mjs" when fromTheme:
                ScanThemeScript(name, Text(bytes), findings);
                break;
            case ".js" or ".mjs" or ".json":
                ScanData(name, Text(bytes), ext == ".json", findings);
                break;
            case ".xml" or ".atom" or ".rss":
                ScanXml(name, Text(bytes), present, findings);
                break;
            case ".csv":
                ScanCsv(name, Text(bytes), findings);
                break;
            case ".svg" or ".svgz":
                findings.Add($"{name}: SVG files are not published (they can carry script)");
                break;
            case ".zip":
                ScanZip(name, bytes, findings);
                break;
            case ".gz":
                // A precompressed copy is what a server sends: scan it as the file it decompresses to.
                using (var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
                using (var inner = new MemoryStream())
                {
                    gz.CopyTo(inner);
                    ScanContent(name[..^3], inner.ToArray(), present, findings, fromTheme);
                }
                break;
        }
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');

    private void ScanHtml(string name, string html, IReadOnlySet<string> present, List<string> findings, bool page)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    findings.Add($"{name}: event attribute {attribute.Name} on <{tag}>");
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && UrlSafety.IsDangerous(attribute.Value))
                    findings.Add($"{name}: script URL in <{tag} {attribute.Name}=\"{Shorten(attribute.Value)}\">");
                if (attribute.Name.Equals("srcset", StringComparison.OrdinalIgnoreCase) && attribute.Value.Split(',').Any(c => UrlSafety.IsDangerous(c.Trim())))
                    findings.Add($"{name}: script URL in <{tag} srcset>");
            }
            if (ForbiddenElements.Contains(tag))
                findings.Add($"{name}: <{tag}> element");
            if (tag == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && RefreshUrl().Match(element.GetAttribute("content") ?? "") is { Success: true } m && UrlSafety.IsDangerous(m.Groups[1].Value.Trim('\'', '"', ' ')))
                findings.Add($"{name}: script URL in meta refresh");
            if (tag == "script") CheckScript(name, element, present, findings);
        }
        if (page && document.Head is not null) CheckCsp(name, document, findings);
    }

    /// <summary>
    /// A script element must load one of the theme's own .js files (also inside a zip, where the
    /// theme's files may sit under the archive's folder), and carry no inline code.
    /// </summary>
    private void CheckScript(string name, IElement script, IReadOnlySet<string> present, List<string> findings)
    {
        if (script.TextContent.Trim().Length > 0)
            findings.Add($"{name}: inline script “{Shorten(script.TextContent.Trim())}”");
        var src = script.GetAttribute("src");
        if (src is null)
        {
            findings.Add($"{name}: <script> without src");
            return;
        }
        // The 404 page is served at any depth, so it links from the site's root path (base_url's
        // path): a same-origin absolute path to one of the theme's scripts is still the theme's.
        if (name == "404.html" && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal)
            && themeScripts.Any(t => src.EndsWith("/" + t, StringComparison.Ordinal)))
            return;
        if (UrlSafety.IsExternal(src) || src.StartsWith('/'))
        {
            findings.Add($"{name}: script from outside the site: {src}");
            return;
        }
        var inZip = name.Contains('!');
        var target = Resolve(name[(name.LastIndexOf('!') + 1)..], src);
        var known = target is not null && present.Contains(target)
            && (themeScripts.Contains(target) || inZip && themeScripts.Any(s => target.EndsWith("/" + s, StringComparison.Ordinal)));
        if (!known)
            findings.Add($"{name}: script src “{src}” is not one of the theme's scripts ({string.Join(", ", themeScripts.Order(StringComparer.Ordinal))})");
    }

    /// <summary>A page-relative URL as an output path (query and fragment dropped); null when it leaves the output.</summary>
    private static string? Resolve(string page, string url)
    {
        var path = url.Split('?', '#')[0];
        var parts = page.Contains('/') ? page[..page.LastIndexOf('/')].Split('/').ToList() : [];
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static void CheckCsp(string name, IDocument document, List<string> findings)
    {
        var csp = document.Head!.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
        if (csp is null)
        {
            findings.Add($"{name}: no Content-Security-Policy meta");
            return;
        }
        var directives = (csp.GetAttribute("content") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(d => d.Length > 0)
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d.Skip(1).ToList());
        var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        if (scripts is null)
            findings.Add($"{name}: CSP without script-src or default-src");
        else if (scripts.FirstOrDefault(s => s is not ("'self'" or "'none'")) is { } loose)
            findings.Add($"{name}: CSP script-src allows {loose}");
        if (directives.GetValueOrDefault("object-src") is not ["'none'"])
            findings.Add($"{name}: CSP without object-src 'none'");
    }

    private static void ScanThemeScript(string name, string js, List<string> findings)
    {
        foreach (Match m in DangerousSink().Matches(js))
            findings.Add($"{name}: theme script uses {m.Value.Trim()} (build DOM with textContent/createElement)");
    }

    private static void ScanData(string name, string text, bool json, List<string> findings)
    {
        if (ScriptBreak().Match(text) is { Success: true } m)
            findings.Add($"{name}: data file contains “{m.Value}” (escape < as \\u003C, see Text/Escaping/ScriptData)");
        if (text.AsSpan().IndexOfAny('\u2028', '\u2029') >= 0)
            findings.Add($"{name}: data file contains a raw U+2028/U+2029");
        try
        {
            if (json) JsonDocument.Parse(text).Dispose();
            else new Acornima.Parser().ParseScript(text);
        }
        catch (Exception e) when (e is JsonException or Acornima.ParseErrorException)
        {
            findings.Add($"{name}: not valid {(json ? "JSON" : "JavaScript")}: {Shorten(e.Message)}");
        }
    }

    private void ScanXml(string name, string xml, IReadOnlySet<string> present, List<string> findings)
    {
        XDocument document;
        try { document = XDocument.Parse(xml); }
        catch (System.Xml.XmlException e)
        {
            findings.Add($"{name}: not well-formed XML: {e.Message}");
            return;
        }
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes())
                if (attribute.Name.LocalName is "href" or "src" && UrlSafety.IsDangerous(attribute.Value))
                    findings.Add($"{name}: script URL in <{element.Name.LocalName} {attribute.Name.LocalName}>");
            if ((string?)element.Attribute("type") is "html" or "xhtml" or "text/html")
                ScanHtml($"{name} <{element.Name.LocalName}>", element.Value, present, findings, page: false);
        }
    }

    private static void ScanCsv(string name, string csv, List<string> findings)
    {
        foreach (var cell in CsvCells(csv))
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _))
                findings.Add($"{name}: CSV cell “{Shorten(cell)}” would run as a formula in a spreadsheet");
    }

    /// <summary>Cells of an RFC 4180 file, unquoted.</summary>
    private static IEnumerable<string> CsvCells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c is ',' or '\n')
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else if (c != '\r') cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }

    private void ScanZip(string name, byte[] bytes, List<string> findings)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            if (!OutputPath.IsSafe(entry.FullName))
            {
                findings.Add($"{name}!{Printable(entry.FullName)}: unsafe entry name (outside its folder, or invisible characters)");
                continue;
            }
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            ScanContent($"{name}!{entry.FullName}", buffer.ToArray(), entries, findings, fromTheme: themeScripts.Any(s => entry.FullName.EndsWith(s, StringComparison.Ordinal)));
        }
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private static string Printable(string s) => string.Concat(s.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c > '\u2000' && c < '\u2070' ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex(@"url\s*=\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshUrl();

    [GeneratedRegex(@"\.(inner|outer)HTML\s*\+?=(?!=)(?!\s*(""""|'')\s*[;,)])|insertAdjacentHTML|document\.write(ln)?\s*\(|\beval\s*\(|new\s+Function\s*\(")]
    private static partial Regex DangerousSink();

    [GeneratedRegex(@"<\s*/?\s*script|<!--", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBreak();
}
