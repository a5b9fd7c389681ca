using SiteGen.Watch;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using SiteGen.Serving;

namespace SiteGen.Cli;

/// <summary>`sitegen serve`: serves a built site over plain HTTP until Ctrl-C.</summary>
internal sealed class ServeCommand : ICommand
{
    public string Name => "serve";
    public string Summary => "用内置服务器提供网站 (serve the built site over HTTP)";
    public string Usage => """
        用法: sitegen serve [--source DIR] [--out DIR] [--port N] [--bind ADDR] [--quiet] [--watch [--as-of YYYY-MM-DD] [--strict] [--verbose]]

          -s, --source DIR 站点目录（默认：当前目录）
          -o, --out DIR    要提供的网站目录（默认：DIR/public），即 sitegen build 的输出
          --port N      端口（默认：8080；0 表示任选空闲端口）
          --bind ADDR   监听地址（默认：:: 即 IPv6 与 IPv4 双栈；也可写 127.0.0.1、::1、localhost 或本机地址）

          --watch       先生成网站，然后在 content/、themes/、layouts/、static/ 或 site.yml 改动时重新生成，
                        并让打开的页面自动刷新；生成失败时页面和终端显示错误，继续提供上一次成功的版本。
                        改动文档（content/ 下的 .md，含文档属性、新增、删除、改为不公开）时立即增量生成：
                        只重新生成受影响的文档页、栏目列表、首页、订阅、网站地图和公报页，
                        2 万篇文档的网站不到 1 秒；不再公开的文档立即从所有页面、列表和计数中消失，
                        搜索索引和公报离线包同时暂时撤下。搜索索引、公报离线包、离线下载页和
                        防篡改清单随后由后台的完整生成更新（终端显示“已更新”），之后网站与
                        sitegen build 的结果完全相同。改动 site.yml、主题、_index.md、_issue.md
                        或附件时完整生成。
          --as-of DATE  （与 --watch 同用）以该日期为发布日期判断，同 build
          --strict      （与 --watch 同用）领域规则的警告也算错误，同 build
          --verbose     （与 --watch 同用）打印每次增量生成各阶段的耗时
          -q, --quiet   不打印启动信息和每个请求的日志；--watch 的生成结果和错误照常显示

        仅 HTTP。每个请求记录一行日志；按 Ctrl-C 停止。
        退出码: 0 正常停止, 2 用法错误或端口无法监听
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var watch = args.Flag("watch");
        var source = Path.GetFullPath(args.Option("source") ?? ".");
        var root = Path.GetFullPath(args.Option("out") ?? Path.Combine(source, "public"));
        var portText = args.Option("port") ?? "8080";
        var bind = args.Option("bind") ?? "::";
        var asOfOption = AsOfOption.Read(args);
        var strict = args.Flag("strict");
        var verbose = args.Flag("verbose");
        var quiet = args.Flag("quiet");
        CommandLine.RejectUnknown(args);
        if (!watch && (asOfOption.Given || strict || verbose))
            throw new UsageException("--as-of、--strict 和 --verbose 只在生成时有用，要与 --watch 同用（only with --watch）。");
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
            throw new UsageException($"--port 的值“{portText}”应是 0 到 65535 的整数（port must be 0–65535）。");
        if (bind != "localhost" && ServeOptions.ParseBind(bind) is null)
            throw new UsageException($"--bind 的值“{bind}”不是 IP 地址（例如 ::、0.0.0.0、127.0.0.1、::1）或 localhost（not an IP address）。");
        if (bind == "localhost" && port == 0)
            throw new UsageException("--bind localhost 不能与 --port 0 同用：请指定端口，或用 --bind ::1（localhost needs a fixed port）。");
        var asOf = asOfOption.Date();
        Watch.LiveReload? live = null;
        Watch.IncrementalBuild? build = null;
        if (watch)
        {
            build = new Watch.IncrementalBuild(new Build.BuildOptions { SourceDir = source, OutputDir = root, AsOf = asOf, Strict = strict });
            live = new Watch.LiveReload();
            var first = build.Full();
            var colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable);
            foreach (var d in first.Diagnostics) stderr.WriteLine(colors.Format(d));
            if (!first.Succeeded)
            {
                if (!File.Exists(Path.Combine(root, "index.html"))) return ExitCodes.ContentErrors;
                live.Failed(string.Join("\n", first.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)));
                stderr.WriteLine("生成失败，先提供上一次成功的版本。");
            }
        }
        if (!File.Exists(Path.Combine(root, "index.html")))
            throw new UsageException($"“{root}”中没有 index.html：请先运行 sitegen build，或用 --out 指定输出目录（no built site there）。");

        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext c)
        {
            c.Cancel = true;
            stop.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var log = TextWriter.Synchronized(stdout);
        var server = new SiteServer(root, new ServeOptions(bind, port), quiet ? TextWriter.Null : log, live);
        try
        {
            server.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"sitegen serve: 无法监听 {bind} 端口 {port}：{e.Message}");
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Usage;
        }
        if (!quiet)
        {
            stdout.WriteLine($"正在提供 {root}");
            foreach (var url in Urls(bind, server.Port)) stdout.WriteLine($"  {url}");
            stdout.WriteLine(watch ? $"正在监视 {source} 的改动；按 Ctrl-C 停止。" : "按 Ctrl-C 停止。");
            stdout.Flush();
        }
        Task watching = Task.CompletedTask;
        Watch.SourceWatcher? watcher = null;
        if (build is not null && live is not null)
        {
            var themeDir = Configuration.SiteConfigLoader.Load(source, new Diagnostics.DiagnosticBag()) is { } config ? Rendering.Theme.Locate(source, config.Theme) : null;
            watcher = new Watch.SourceWatcher(source, themeDir);
            watching = new Watch.WatchLoop(build, watcher, live, log, verbose).RunAsync(stop.Token);
        }
        stop.Token.WaitHandle.WaitOne();
        watching.GetAwaiter().GetResult();
        watcher?.Dispose();
        build?.Dispose();
        server.StopAsync().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (!quiet) stdout.WriteLine("已停止。");
        return ExitCodes.Ok;
    }

    /// <summary>Addresses a browser can open: both loopbacks for the wildcard binds.</summary>
    private static IEnumerable<string> Urls(string bind, int port)
    {
        var ip = bind == "localhost" ? null : ServeOptions.ParseBind(bind);
        if (bind == "localhost") return [$"http://localhost:{port}/"];
        if (ip!.Equals(IPAddress.IPv6Any)) return [$"http://[::1]:{port}/", $"http://127.0.0.1:{port}/"];
        if (ip.Equals(IPAddress.Any)) return [$"http://127.0.0.1:{port}/"];
        return [ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"http://[{ip}]:{port}/" : $"http://{ip}:{port}/"];
    }
}
