using System.Text;
using SiteGen.Text.Escaping;

namespace SiteGen.Watch;

/// <summary>
/// The state `serve --watch` shares with open pages: a version that changes after each successful
/// rebuild and the diagnostics of a failed one. Pages poll <see cref="StatePath"/> from the small
/// script at <see cref="ScriptPath"/> (a file, so the pages' CSP `script-src 'self'` allows it; no
/// inline script), reload on a new version and show the error in the page otherwise; the last good
/// site stays served. Only the development server serves these paths and adds the script tag.
/// </summary>
internal sealed class LiveReload
{
    public const string ScriptPath = "__sitegen/live.js";
    public const string StatePath = "__sitegen/live.json";

    private readonly Lock _lock = new();
    private int _version;
    private string? _error;

    public void Succeeded()
    {
        lock (_lock) { _version++; _error = null; }
    }

    public void Failed(string error)
    {
        lock (_lock) _error = error;
    }

    public string StateJson()
    {
        lock (_lock)
            return ScriptData.Serialize(new Dictionary<string, object?> { ["version"] = _version, ["error"] = _error });
    }

    /// <summary>Adds the script before &lt;/body&gt; of an HTML page (root-relative, the dev server serves the site at its root).</summary>
    public static string Inject(string html)
    {
        var tag = $"<script src=\"/{ScriptPath}\" defer></script>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : html.Insert(at, tag);
    }

    public static byte[] InjectUtf8(byte[] html) => Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(html)));

    /// <summary>
    /// Polls once a second; a new version reloads the page, an error is shown in a fixed box built
    /// with DOM calls (textContent, never innerHTML, so diagnostics cannot inject markup).
    /// </summary>
    public const string Script = """
        (function () {
          var seen = null;
          var box = null;
          function show(error) {
            if (!error) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              box = document.createElement('pre');
              box.id = 'sitegen-live-error';
              box.setAttribute('role', 'alert');
              box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;margin:0;padding:1em;' +
                'background:#fff3f3;color:#7a0000;border-top:3px solid #b00000;font:14px/1.5 monospace;white-space:pre-wrap;z-index:2147483647';
              document.body.appendChild(box);
            }
            box.textContent = '构建失败，显示的是上一次成功的版本：\n\n' + error;
          }
          function poll() {
            fetch('/__sitegen/live.json', { cache: 'no-store' })
              .then(function (r) { return r.json(); })
              .then(function (s) {
                if (seen === null) seen = s.version;
                else if (s.version !== seen) { location.reload(); return; }
                show(s.error);
              })
              .catch(function () {})
              .then(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        """;
}
