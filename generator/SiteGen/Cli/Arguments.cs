namespace SiteGen.Cli;

/// <summary>
/// `--name value`, `--name=value` and `--flag` options plus positional arguments. Small on purpose:
/// the commands have a handful of options each, and errors must be in Chinese and English alike.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a == "--") { Positional.AddRange(list.Skip(i + 1)); break; }
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=');
                if (eq > 0) _options[a[2..eq]] = a[(eq + 1)..];
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal) && !IsFlag(a[2..])) _options[a[2..]] = list[++i];
                else _options[a[2..]] = null;
            }
            else if (a is "-h") _options["help"] = null;
            else Positional.Add(a);
        }
    }

    private static readonly HashSet<string> Flags = ["help", "watch", "strict", "quiet", "verbose", "benchmark", "force"];

    private static bool IsFlag(string name) => Flags.Contains(name);

    public List<string> Positional { get; } = [];

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Option(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var v) ? v : null;
    }

    /// <summary>Options given but never asked for: a typo the user should hear about.</summary>
    public IEnumerable<string> Unused => _options.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal);
}

/// <summary>A usage error: the message is printed with the command's usage and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
