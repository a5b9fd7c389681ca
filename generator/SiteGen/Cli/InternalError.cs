namespace SiteGen.Cli;

/// <summary>
/// The last line of defence: an exception no stage turned into a diagnostic is a bug in SiteGen,
/// not something an editor can fix in the content, but it must still reach the editor as one
/// clear sentence and not as a .NET stack trace in an editor's console or a CI log. Builds write
/// into a staging folder, so the published output is untouched when this happens. The trace is
/// printed only when SITEGEN_DEBUG is set, for whoever fixes the bug.
/// </summary>
internal static class InternalError
{
    /// <summary>Exceptions that leave the process in a usable state (not out of memory, which is left to the runtime).</summary>
    public static bool IsReportable(Exception e) => e is not (OutOfMemoryException or UsageException);

    public static int Report(string command, Exception e, TextWriter stderr)
    {
        var inner = Innermost(e);
        stderr.WriteLine($"sitegen {command}: 内部错误（internal error）：{inner.GetType().Name}: {inner.Message}");
        stderr.WriteLine("这是 SiteGen 自身的问题，不是内容的错误；原有输出未改动。请把这条信息和出错前改动的文件报告给 SiteGen 的维护者。");
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SITEGEN_DEBUG"))) stderr.WriteLine(e);
        return ExitCodes.Usage;
    }

    // Parallel stages wrap what they throw in AggregateException; the editor needs the cause.
    private static Exception Innermost(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } a) e = a.InnerExceptions[0];
        return e;
    }
}
