using System.Text.RegularExpressions;
using SiteGen.Cli;

namespace SiteGen.Tests.CliUsage;

/// <summary>
/// Every command's --help names exactly the options the command accepts: an option it reads but
/// does not document, or documents but refuses, fails here.
/// </summary>
public sealed partial class HelpTextTests
{
    [Fact]
    public void EveryCommandsHelp_ListsExactlyTheOptionsItAccepts()
    {
        var mismatches = new List<string>();
        foreach (var command in CommandLine.Commands)
        {
            var accepted = Accepted(command);
            var documented = OptionName().Matches(command.Usage).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var name in accepted.Except(documented)) mismatches.Add($"{command.Name}: accepts --{name} but its help does not say so");
            foreach (var name in documented.Except(accepted)) mismatches.Add($"{command.Name}: help names --{name} but the command refuses it");
            foreach (Match m in ShortForm().Matches(command.Usage))
                if (!accepted.Contains(Arguments.ShortForms[m.Groups[1].Value[0]]))
                    mismatches.Add($"{command.Name}: help names -{m.Groups[1].Value} but the command has no --{Arguments.ShortForms[m.Groups[1].Value[0]]}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void CommandsTakePositionalArguments_ExactlyWhenTheirUsageNamesOne()
    {
        var taking = CommandLine.Commands.Where(CommandLine.UsageNamesPositional).Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["import", "init", "new", "report"], taking);
    }

    /// <summary>The options a command asks for before it refuses an unknown one: everything it understands.</summary>
    private static HashSet<string> Accepted(ICommand command)
    {
        // A positional argument where a command needs one, so it reaches its option checks.
        string[] positional = command.Name switch { "new" => ["notice"], "report" => ["2025"], "import" => ["x.docx"], _ => [] };
        var args = new Arguments([.. positional, "--zz-not-an-option"]) { TakesPositional = CommandLine.UsageNamesPositional(command) };
        var e = Assert.Throws<UsageException>(() => command.Run(args, TextWriter.Null, TextWriter.Null));
        Assert.Contains("--zz-not-an-option", e.Message);
        return args.Known.Where(k => k != "help").ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\w-])--([a-z][a-z-]*)")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"(?<![\w-])-([a-zA-Z]),")]
    private static partial Regex ShortForm();
}
