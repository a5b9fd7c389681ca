using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace SiteGen.Rendering;

/// <summary>
/// Reads the properties of SiteGen's own view objects (PageView, DocView, LinkView…) for templates
/// through compiled getters instead of reflection. Scriban's TypedObjectAccessor calls
/// PropertyInfo.GetValue for every `doc.title`, about 1% of a 20,000-document build; this answers
/// the same members (Scriban's own accessor lists them, with the context's renamer) and leaves
/// everything else to it.
/// </summary>
internal sealed class CompiledMemberAccessor(TypedObjectAccessor typed, IReadOnlyDictionary<string, Func<object, object?>> getters) : IObjectAccessor
{
    /// <summary>The getters of each type, compiled once for all the rendering threads' contexts.</summary>
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Func<object, object?>>> Compiled = new();

    /// <summary>The accessor for a SiteGen type Scriban would read by reflection; null for any other.</summary>
    public static IObjectAccessor? For(TemplateContext context, object target, IObjectAccessor? scribans)
    {
        var type = target.GetType();
        if (scribans is not TypedObjectAccessor typed || type.Assembly != typeof(CompiledMemberAccessor).Assembly) return null;
        var getters = Compiled.GetOrAdd(type, t =>
        {
            var compiled = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
            foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = context.MemberRenamer(property);
                if (property.GetMethod is null || property.GetIndexParameters().Length > 0 || !typed.HasMember(context, default, target, name)) continue;
                var instance = Expression.Parameter(typeof(object));
                var read = Expression.Convert(Expression.Property(Expression.Convert(instance, t), property), typeof(object));
                compiled[name] = Expression.Lambda<Func<object, object?>>(read, instance).Compile();
            }
            return compiled;
        });
        return new CompiledMemberAccessor(typed, getters);
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }
        return typed.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => typed.GetMemberCount(context, span, target);
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => typed.GetMembers(context, span, target);
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => typed.HasMember(context, span, target, member);
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => typed.TrySetValue(context, span, target, member, value);
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => typed.TryGetItem(context, span, target, index, out value);
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => typed.TrySetItem(context, span, target, index, value);
    public bool HasIndexer => typed.HasIndexer;
    public Type? IndexType => typed.IndexType;
}
