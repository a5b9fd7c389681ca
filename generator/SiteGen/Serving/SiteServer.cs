using SiteGen.Watch;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SiteGen.Serving;

/// <summary>Where to listen: "::" (the default) is dual-stack, answering on IPv6 and IPv4 alike; <see cref="Limits"/>: what one client may cost.</summary>
internal sealed record ServeOptions(string Bind = "::", int Port = 8080, ServeLimits? Limits = null)
{
    /// <summary>Null when the address is not "::", "localhost" or an IP literal (brackets allowed).</summary>
    public static IPAddress? ParseBind(string bind) =>
        bind is "::" or "[::]" or "*" ? IPAddress.IPv6Any
        : IPAddress.TryParse(bind.StartsWith('[') && bind.EndsWith(']') ? bind[1..^1] : bind, out var ip) ? ip
        : null;
}

/// <summary>
/// `sitegen serve` on Kestrel, plain HTTP: a preview and small production server for a built
/// site. Start it, read <see cref="Port"/>, stop it. <see cref="Serve"/> points a running server at
/// another folder, which a watch loop uses after each rebuild.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile SiteFolder _folder;
    private readonly ConnectionRequestLimit _requestLimit;

    /// <param name="live">In `serve --watch` only: serves the live-reload script and state, and adds the script to HTML pages.</param>
    public SiteServer(string root, ServeOptions options, TextWriter log, Watch.LiveReload? live = null)
    {
        _folder = new SiteFolder(root);
        var limits = options.Limits ?? ServeLimits.Default;
        _requestLimit = new ConnectionRequestLimit(limits);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = _folder.Root });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            limits.ApplyTo(kestrel.Limits);
            // HTTP/1.1 only: browsers speak HTTP/2 only over TLS, which serve does not do, and
            // cleartext HTTP/2 would add its own attack surface (stream floods, rapid reset) for no client.
            void Http1(ListenOptions listen) => listen.Protocols = HttpProtocols.Http1;
            var bind = options.Bind;
            if (bind == "localhost") kestrel.ListenLocalhost(options.Port, Http1);
            else if (ServeOptions.ParseBind(bind) is { } ip && !ip.Equals(IPAddress.IPv6Any)) kestrel.Listen(ip, options.Port, Http1);
            // Dual-stack [::] (falls back to 0.0.0.0 on a machine without IPv6).
            else kestrel.ListenAnyIP(options.Port, Http1);
        });
        // The serve command handles Ctrl-C itself; the default console lifetime would also catch
        // signals in test processes that host a server.
        builder.Services.AddSingleton<IHostLifetime, ExternalLifetime>();
        _app = builder.Build();
        var handler = new StaticSiteHandler(() => _folder, live is null ? null : Watch.LiveReload.InjectUtf8);
        var requestLog = new RequestLog(log);
        _app.Run(context => requestLog.Around(context, c => _requestLimit.Around(c, r => live is not null && LiveEndpoints.TryHandle(r, live) is { } t ? t : handler.Handle(r))));
    }

    public string Root => _folder.Root;

    /// <summary>The port listened on (the chosen one when started with port 0).</summary>
    public int Port { get; private set; }

    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken);
        Addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        Port = Addresses.Select(a => new Uri(a.Replace("[::]", "[::1]", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port).FirstOrDefault();
    }

    /// <summary>Serves another folder from the next request on (requests under way finish on the old one).</summary>
    public void Serve(string root) => _folder = new SiteFolder(root);

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _requestLimit.Dispose();
    }

    private sealed class ExternalLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
