namespace SiteGen.Cli;

/// <summary>
/// `--name value`, `--name=value`, `--flag`, the short forms `-s` `-o` `-q` `-h`, and positional
/// arguments. A command asks for what it understands (`Option("out")`, `Flag("watch")`,
/// `Positional`) and then calls <see cref="CommandLine.RejectUnknown"/>: whatever it never asked
/// for is refused with exit code 2 (<see cref="ArgumentCheck"/>), so a typo never silently does
/// something else. Small on purpose: the commands have a handful of options each, and errors
/// must be in Chinese and English alike, which a general parser's messages are not.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    // Where each option stood and how it was spelled, for messages and for giving back the word
    // after a flag the parser took for its value.
    private readonly Dictionary<string, (string Spelling, int ValueIndex)> _given = new(StringComparer.Ordinal);
    private readonly List<(int Index, string Text)> _positional = [];

    public Arguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a == "--") { _positional.AddRange(list.Skip(i + 1).Select((p, k) => (i + 1 + k, p))); break; }
            var (name, inlineValue) = Split(a);
            if (name is null) { _positional.Add((i, a)); continue; }
            if (_given.ContainsKey(name)) Repeated.Add(_given[name].Spelling == a ? a : $"{_given[name].Spelling}/{Spelling(a)}");
            var valueIndex = -1;
            string? value = inlineValue;
            if (value is null && i + 1 < list.Count && !LooksLikeOption(list[i + 1]) && !IsFlag(name))
            {
                value = list[++i];
                valueIndex = i;
            }
            _options[name] = value;
            _given[name] = (Spelling(a), valueIndex);
        }
    }

    private static readonly HashSet<string> Flags = ["help", "watch", "strict", "quiet", "verbose", "benchmark", "force"];

    private static bool IsFlag(string name) => Flags.Contains(name);

    /// <summary>The one-letter forms: `-s DIR`, `-o DIR`, `-q`, `-h`.</summary>
    public static readonly IReadOnlyDictionary<char, string> ShortForms = new Dictionary<char, string>
    {
        ['s'] = "source",
        ['o'] = "out",
        ['q'] = "quiet",
        ['h'] = "help",
    };

    /// <summary>
    /// The option name of `--name`, `--name=v`, `-o`, `-o=v`; null for a positional argument
    /// (including `-` alone and negative numbers). An unknown short form keeps its dash (`-x`), so
    /// it can never match an option a command asks for and is refused by name.
    /// </summary>
    private static (string? Name, string? Value) Split(string a)
    {
        if (!LooksLikeOption(a)) return (null, null);
        var eq = a.IndexOf('=');
        var head = eq > 0 ? a[..eq] : a;
        var value = eq > 0 ? a[(eq + 1)..] : null;
        if (head.StartsWith("--", StringComparison.Ordinal)) return (head[2..], value);
        return head.Length == 2 && ShortForms.TryGetValue(head[1], out var name) ? (name, value) : (head, value);
    }

    private static bool LooksLikeOption(string a) =>
        a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2
        || a.Length >= 2 && a[0] == '-' && char.IsAsciiLetter(a[1]);

    private static string Spelling(string a) => a.IndexOf('=') is > 0 and var eq ? a[..eq] : a;

    /// <summary>Options given more than once (`--out a --out b`): refused, since only one can win.</summary>
    public List<string> Repeated { get; } = [];

    /// <summary>
    /// The positional arguments. A command takes them if its usage line names one
    /// (<see cref="TakesPositional"/>) or if it reads them before refusing the unknown; it then
    /// checks them itself. Any other command refuses them (see <see cref="StrayPositional"/>).
    /// </summary>
    public IReadOnlyList<string> Positional
    {
        get
        {
            PositionalRead = true;
            return _positional.OrderBy(p => p.Index).Select(p => p.Text).ToList();
        }
    }

    public bool PositionalRead { get; private set; }

    /// <summary>Set from the command's usage line (`sitegen report YEAR …`) by <see cref="CommandLine"/>.</summary>
    public bool TakesPositional { get; init; }

    public bool Flag(string name)
    {
        _used.Add(name);
        if (!_given.TryGetValue(name, out var given)) return false;
        // `--strict SITE` where strict is not in Flags: the word after it was taken as its value;
        // a flag has none, so the word is a positional argument again.
        if (given.ValueIndex < 0 && _options[name] is not null) FlagsWithValue.Add(given.Spelling);
        if (given.ValueIndex >= 0)
        {
            _positional.Add((given.ValueIndex, _options[name]!));
            _options[name] = null;
            _given[name] = (given.Spelling, -1);
        }
        return true;
    }

    public string? Option(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var v)) return null;
        // `build --out` with nothing after it would otherwise fall back to the default folder.
        if (v is null && !MissingValue.Contains(_given[name].Spelling)) MissingValue.Add(_given[name].Spelling);
        return v;
    }

    /// <summary>Options asked for with a value but given none (`--out` last, or before another option).</summary>
    public List<string> MissingValue { get; } = [];

    /// <summary>Flags given a value (`--watch=false`), which a flag cannot take.</summary>
    public List<string> FlagsWithValue { get; } = [];

    /// <summary>Options given but never asked for: a typo the user should hear about.</summary>
    public IEnumerable<string> Unused => _options.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal);

    /// <summary>The names the command asked for: the candidates when suggesting a spelling.</summary>
    public IEnumerable<string> Known => _used.Order(StringComparer.Ordinal);

    /// <summary>How the user wrote an option (`-o`, `--ouput`), for messages.</summary>
    public string SpellingOf(string name) => _given.TryGetValue(name, out var g) ? g.Spelling : "--" + name;

    /// <summary>Positional arguments a command that takes none was given.</summary>
    public IEnumerable<string> StrayPositional => PositionalRead || TakesPositional ? [] : _positional.OrderBy(p => p.Index).Select(p => p.Text);
}

/// <summary>A usage error: the message is printed with the command's synopsis and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
