using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>
/// A browser tab that notices script execution: any dialog (alert/confirm/prompt), the payload
/// markers (`window.__pwned`, document.title set to <see cref="HostileSite.TitleMarker"/>) and,
/// when the page's CSP is in force, every CSP violation (something the sanitizer let through and
/// only the CSP stopped). With <c>bypassCsp</c> the CSP is switched off, so the escaping and
/// sanitizing are tested on their own: a payload that survived them would run.
/// </summary>
internal sealed class ScriptWatch : IAsyncDisposable
{
    private const string Recorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
        });
        """;

    private readonly IBrowserContext _context;
    private readonly List<string> _dialogs = [];

    private ScriptWatch(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs) _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }
    public List<string> Problems { get; } = [];

    public static async Task<ScriptWatch> OpenAsync(BrowserFixture browser, bool bypassCsp)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassCsp, JavaScriptEnabled = true });
        await context.AddInitScriptAsync(Recorder);
        return new ScriptWatch(context, await context.NewPageAsync());
    }

    /// <summary>Loads <paramref name="url"/>, waits for its scripts, and records anything that ran.</summary>
    public async Task VisitAsync(string url)
    {
        await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // Deferred scripts and their timers (a search page renders results after loading its index).
        await Page.WaitForTimeoutAsync(30);
        var state = await StateAsync();
        if (state[0] == "true") Problems.Add($"{url}: window.__pwned was set");
        if (state[1].StartsWith(HostileSite.TitleMarker, StringComparison.Ordinal)) Problems.Add($"{url}: document.title was changed by a payload");
        if (state[2].Length > 0) Problems.Add($"{url}: CSP violation: {state[2]}");
        lock (_dialogs)
        {
            Problems.AddRange(_dialogs.Select(d => $"{url}: dialog {d}"));
            _dialogs.Clear();
        }
    }

    /// <summary>The markers of the current document; a page that navigates on load (an alias page's meta refresh) is read once it has arrived.</summary>
    private async Task<string[]> StateAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await Page.EvaluateAsync<string[]>(
                    "() => [String(window.__pwned !== undefined), document.title, (window.__cspViolations || []).join(' | ')]");
            }
            catch (PlaywrightException e) when (attempt < 5 && e.Message.Contains("context was destroyed", StringComparison.Ordinal))
            {
                await Page.WaitForLoadStateAsync(LoadState.Load);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
