using SiteGen.Configuration;

namespace SiteGen.Model;

/// <summary>
/// A column (栏目) in the site model: its place in the tree and its URL folder, the chain of ids
/// from the root (xxgk/fdzdgk/zcwj/gfxwj/). Documents are attached by <see cref="SiteModel"/>.
/// </summary>
internal sealed class Column
{
    public Column(ColumnConfig config, Column? parent)
    {
        Config = config;
        Parent = parent;
        Dir = parent is null ? config.Id : $"{parent.Dir}/{config.Id}";
        Children = config.Children.Select(c => new Column(c, this)).ToList();
    }

    public ColumnConfig Config { get; }
    public string Id => Config.Id;
    public string Name => Config.Name;
    public Column? Parent { get; }
    public IReadOnlyList<Column> Children { get; }
    /// <summary>URL folder relative to the site root, without trailing slash.</summary>
    public string Dir { get; }
    public string Url => $"{Dir}/index.html";

    public IEnumerable<Column> SelfAndDescendants()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.SelfAndDescendants())
                yield return d;
    }

    public IEnumerable<Column> Ancestors()
    {
        for (var c = Parent; c is not null; c = c.Parent) yield return c;
    }
}

/// <summary>Finds columns by id or display name, as `category:` may use either.</summary>
internal sealed class ColumnIndex
{
    private readonly Dictionary<string, Column> _byKey = new(StringComparer.Ordinal);

    public ColumnIndex(IReadOnlyList<ColumnConfig> config)
    {
        Roots = config.Select(c => new Column(c, null)).ToList();
        All = Roots.SelectMany(r => r.SelfAndDescendants()).ToList();
        foreach (var c in All) _byKey.TryAdd(c.Id, c);
        foreach (var c in All) _byKey.TryAdd(c.Name, c);
    }

    public IReadOnlyList<Column> Roots { get; }
    public IReadOnlyList<Column> All { get; }

    public Column? Find(string idOrName) => _byKey.GetValueOrDefault(idOrName.Trim());

    public Column this[string id] => _byKey[id];

    public IEnumerable<string> Names => All.Select(c => c.Name).Concat(All.Select(c => c.Id));
}
