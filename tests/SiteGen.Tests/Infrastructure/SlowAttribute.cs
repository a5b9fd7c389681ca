using Xunit.Abstractions;
using Xunit.Sdk;

// In the root test namespace so that every test file can write [Slow] without a using.
namespace SiteGen.Tests;

/// <summary>
/// Marks a test, or every test of a class, as outside the fast tier: it reports the trait
/// <c>Tier=Slow</c>, and <c>scripts/test.sh --fast</c> runs <c>Tier!=Slow</c>. A test that starts
/// Chromium, a server (Kestrel), a generated corpus or a child process must carry it:
/// <see cref="Infrastructure.SlowMarkingTests"/> fails otherwise, naming what the test reached.
/// It may also mark a test that is slow for another reason (long waits, big files).
/// </summary>
[TraitDiscoverer("SiteGen.Tests.SlowTraitDiscoverer", "SiteGen.Tests")]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SlowAttribute : Attribute, ITraitAttribute
{
    public const string Trait = "Tier";
    public const string Value = "Slow";
}

public sealed class SlowTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new(SlowAttribute.Trait, SlowAttribute.Value)];
}
