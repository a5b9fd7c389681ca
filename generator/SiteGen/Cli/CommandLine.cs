namespace SiteGen.Cli;

/// <summary>The `sitegen` entry point: finds the sub-command and runs it.</summary>
internal static class CommandLine
{
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new BuildCommand(),
        new CheckCommand(),
        new ReportCommand(),
        new ServeCommand(),
        new VerifyCommand(),
        new SchemaCommand(),
        new NewCommand(),
        new ImportCommand(),
        new InitCommand(),
    ];

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(stdout);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"sitegen: 未知命令“{args[0]}”（unknown command）。");
            PrintHelp(stderr);
            return ExitCodes.Usage;
        }
        var arguments = new Arguments(args.Skip(1));
        if (arguments.Flag("help"))
        {
            stdout.WriteLine(command.Usage);
            return ExitCodes.Ok;
        }
        try
        {
            var code = command.Run(arguments, stdout, stderr);
            return code;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"sitegen {command.Name}: {e.Message}");
            stderr.WriteLine(command.Usage);
            return ExitCodes.Usage;
        }
    }

    private static void PrintHelp(TextWriter w)
    {
        w.WriteLine("SiteGen：政务公开网站生成器 (static site generator for government information disclosure)");
        w.WriteLine();
        w.WriteLine("用法: sitegen <命令> [选项]    sitegen <命令> --help 查看命令说明");
        w.WriteLine();
        foreach (var c in Commands) w.WriteLine($"  {c.Name,-10} {c.Summary}");
        w.WriteLine();
        w.WriteLine("退出码: 0 成功, 1 内容有错误, 2 用法错误");
    }

    /// <summary>Rejects options the command does not know, so `--ouput` is not silently ignored.</summary>
    public static void RejectUnknown(Arguments args)
    {
        var unknown = args.Unused.ToList();
        if (unknown.Count > 0) throw new UsageException($"未知选项 {string.Join(", ", unknown.Select(u => "--" + u))}（unknown option）。");
    }
}
