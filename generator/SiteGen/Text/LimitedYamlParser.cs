using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Text;

/// <summary>A YAML text that passes a limit of <see cref="LimitedYamlParser"/>: where, and the editor's message.</summary>
internal sealed class YamlLimitException(Mark at, string message, string hint) : YamlException(at, at, message)
{
    /// <summary>The message without YamlDotNet's position prefix.</summary>
    public string Text { get; } = message;
    public string Hint { get; } = hint;
}

/// <summary>
/// Passes a parser's events through, counting, and stops with a <see cref="YamlLimitException"/>
/// at the first event past a limit. YamlDotNet's node model keeps an alias as a reference to its
/// anchor's node, so a "billion laughs" text (each anchor a list of ten aliases of the one before)
/// loads in a moment and then makes every walk of the tree (validation, site.extra) run for ever;
/// and it builds nested collections recursively, so `[` × 20,000 would overflow the stack. Limits:
/// the nesting depth, the number of aliases, and the number of nodes the text would be with every
/// alias expanded. No front matter or site.yml comes near them (anchors are rare in either).
/// </summary>
internal sealed class LimitedYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;
    public const int MaxAliases = 100;
    public const long MaxExpandedNodes = 100_000;

    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    // Per open collection: its anchor and the nodes it holds so far, aliases expanded.
    private readonly Stack<(AnchorName Anchor, long Nodes)> _open = new();
    private int _aliases;
    private long _expanded;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                var start = (NodeEvent)inner.Current;
                if (_open.Count >= MaxDepth)
                    throw new YamlLimitException(start.Start, $"嵌套超过 {MaxDepth} 层（YAML nested too deeply）。", "文档属性只需要“键: 值”和简单的列表，请删去多余的括号或缩进。");
                _open.Push((start.Anchor, 0));
                break;
            case MappingEnd or SequenceEnd:
                var (anchor, nodes) = _open.Pop();
                Count(nodes + 1, anchor, inner.Current.Start, added: 1);
                break;
            case Scalar scalar:
                Count(1, scalar.Anchor, scalar.Start, added: 1);
                break;
            case AnchorAlias alias:
                if (++_aliases > MaxAliases)
                    throw new YamlLimitException(alias.Start, $"别名（*{alias.Value}）超过 {MaxAliases} 个（too many YAML aliases）。", "请直接写出取值，不要用 & 锚点和 * 别名。");
                var size = _anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                Count(size, AnchorName.Empty, alias.Start, added: size);
                break;
        }
        return true;
    }

    /// <summary>A node of <paramref name="nodes"/> nodes (aliases expanded) is complete; <paramref name="added"/> of them are new to the total.</summary>
    private void Count(long nodes, AnchorName anchor, Mark at, long added)
    {
        _expanded += added;
        if (_expanded > MaxExpandedNodes)
            throw new YamlLimitException(at, $"展开别名后超过 {MaxExpandedNodes} 个值（YAML alias expansion too large, \"billion laughs\"）。", "请直接写出取值，不要用 & 锚点和 * 别名层层引用。");
        if (!anchor.IsEmpty) _anchorSizes[anchor.Value] = nodes;
        if (_open.TryPop(out var parent)) _open.Push((parent.Anchor, parent.Nodes + nodes));
    }
}
