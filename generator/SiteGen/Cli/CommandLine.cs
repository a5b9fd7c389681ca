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
        new ExplainCommand(),
    ];

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable);
        if (args.Length == 0 || args[0] is "--help" or "-h" || args is ["help"])
        {
            PrintHelp(stdout);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        if (args[0] is "--version" or "-V")
        {
            // The bare number, so scripts can compare it (`[ "$(sitegen --version)" = 1.2.0 ]`).
            stdout.WriteLine(SiteGenVersion.Current);
            return ExitCodes.Ok;
        }
        if (args is ["help", var topic]) args = [topic, "--help"];
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"sitegen: {colors.Error("错误")}：{UnknownCommand(args[0])}");
            PrintHelp(stderr);
            return ExitCodes.Usage;
        }
        var arguments = new Arguments(args.Skip(1)) { TakesPositional = UsageNamesPositional(command) };
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
            stderr.WriteLine($"sitegen {command.Name}: {colors.Error("错误")}：{e.Message}");
            // The synopsis, not the whole help: the error stays on the screen, above a short pointer.
            stderr.WriteLine(command.Usage.Split('\n')[0].TrimEnd());
            stderr.WriteLine($"sitegen {command.Name} --help 查看全部选项 (for all options)");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (InternalError.IsReportable(e))
        {
            return InternalError.Report(command.Name, e, stderr);
        }
    }

    /// <summary>
    /// Whether the command's usage line names a positional argument (`sitegen report YEAR [--force]`,
    /// `sitegen new <类型> …`) rather than only bracketed options (`sitegen build [--source DIR] …`).
    /// </summary>
    public static bool UsageNamesPositional(ICommand command)
    {
        var synopsis = command.Usage.Split('\n')[0];
        var at = synopsis.IndexOf($"sitegen {command.Name}", StringComparison.Ordinal);
        if (at < 0) return false;
        var rest = synopsis[(at + $"sitegen {command.Name}".Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length > 0 && rest[0][0] is not '[' and not '-';
    }

    private static string UnknownCommand(string word)
    {
        if (word.StartsWith('-'))
            return $"未知选项“{word}”（unknown option）：选项写在命令之后，如 sitegen build --source DIR。";
        var closest = Spelling.Closest(word, Commands.Select(c => c.Name));
        return closest is null
            ? $"未知命令“{word}”（unknown command）。"
            : $"未知命令“{word}”（unknown command）；是不是要写 sitegen {closest}？（did you mean {closest}?）";
    }

    private static void PrintHelp(TextWriter w)
    {
        w.WriteLine("SiteGen：政务公开网站生成器 (static site generator for government information disclosure)");
        w.WriteLine();
        w.WriteLine("用法: sitegen <命令> [选项]    sitegen <命令> --help 或 sitegen help <命令> 查看命令说明");
        w.WriteLine("      sitegen --version     显示版本 (print the version)");
        w.WriteLine();
        foreach (var c in Commands) w.WriteLine($"  {c.Name,-10} {c.Summary}");
        w.WriteLine();
        w.WriteLine("简写: -s = --source, -o = --out, -q = --quiet, -h = --help, -V = --version");
        w.WriteLine("未知的选项和多余的参数一律报错，不会被忽略 (unknown options and stray arguments are refused).");
        w.WriteLine("退出码: 0 成功, 1 内容有错误, 2 用法错误");
    }

    /// <summary>
    /// Refuses what the command did not ask for: unknown options (`--ouput` → did you mean --out?),
    /// options given twice, and positional arguments a command that takes none was given
    /// (`build SITE` → did you mean --source SITE?). Call it after reading every option.
    /// </summary>
    public static void RejectUnknown(Arguments args)
    {
        if (ArgumentCheck.Problems(args) is { } problems) throw new UsageException(problems);
    }
}
