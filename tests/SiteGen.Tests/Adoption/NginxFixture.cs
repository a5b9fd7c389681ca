using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// Debian's nginx (installed by scripts/install-deps.sh) serving the built sample site with
/// deploy/nginx.conf as shipped, only its root and its two listen lines pointed at a temporary
/// folder and free loopback ports (IPv4 and IPv6). Runs as a child process in the foreground and
/// is stopped at the end.
/// </summary>
public sealed class NginxFixture : IAsyncLifetime
{
    private readonly TempDir _prefix = new("sitegen-nginx");
    private Process? _nginx;

    public DeployedSite Site { get; } = new();
    public int Port { get; private set; }
    public string ShippedConfig { get; } = File.ReadAllText(Path.Combine(Repo.Root, "deploy", "nginx.conf"));

    public static string Binary => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        if (!File.Exists(Binary) && !OnPath("nginx"))
            throw new InvalidOperationException("nginx is missing: run scripts/install-deps.sh (it installs Debian's nginx).");
        Port = FreePort();
        var server = Replace(ShippedConfig, "listen 80;", $"listen 127.0.0.1:{Port};");
        server = Replace(server, "listen [::]:80;", $"listen [::1]:{Port};");
        server = Replace(server, "root /var/www/sitegen/public;", $"root {Site.Out};");
        File.WriteAllText(_prefix.File("sitegen.conf"), server);
        var p = _prefix.Path;
        File.WriteAllText(_prefix.File("nginx.conf"), $$"""
            worker_processes 1;
            pid {{p}}/nginx.pid;
            error_log {{p}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log {{p}}/access.log;
                client_body_temp_path {{p}}/body;
                proxy_temp_path {{p}}/proxy;
                fastcgi_temp_path {{p}}/fastcgi;
                uwsgi_temp_path {{p}}/uwsgi;
                scgi_temp_path {{p}}/scgi;
                include {{p}}/sitegen.conf;
            }
            """);
        var psi = new ProcessStartInfo(Binary, ["-p", p, "-c", _prefix.File("nginx.conf"), "-g", "daemon off;"])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        _nginx = Process.Start(psi)!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await Answers(IPAddress.IPv6Loopback) || !await Answers(IPAddress.Loopback))
        {
            if (_nginx.HasExited)
                throw new InvalidOperationException($"nginx exited ({_nginx.ExitCode}): {await _nginx.StandardError.ReadToEndAsync()} {ReadLog()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("nginx did not start listening: " + ReadLog());
            await Task.Delay(100);
        }
    }

    private static string Replace(string text, string line, string with)
    {
        Assert.True(text.Contains(line, StringComparison.Ordinal), $"deploy/nginx.conf should contain `{line}`");
        return text.Replace(line, with, StringComparison.Ordinal);
    }

    private string ReadLog() => File.Exists(_prefix.File("error.log")) ? File.ReadAllText(_prefix.File("error.log")) : "";

    private async Task<bool> Answers(IPAddress address)
    {
        try
        {
            using var tcp = new TcpClient(address.AddressFamily);
            await tcp.ConnectAsync(address, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.IPv6Any, 0);
        listener.Server.DualMode = true;
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    public HttpClient Client(string host) => new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = new Uri($"http://{host}:{Port}/"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            using (var stop = Process.Start(new ProcessStartInfo(Binary, ["-p", _prefix.Path, "-c", _prefix.File("nginx.conf"), "-s", "quit"]) { RedirectStandardError = true }))
                await stop!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _nginx.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _nginx.Kill(entireProcessTree: true); }
        }
        _nginx?.Dispose();
        await Site.DisposeAsync();
        _prefix.Dispose();
    }
}
