using System.Reflection;
using SiteGen.Tests.CliUsage;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// The fast tier (<c>scripts/test.sh --fast</c>, every test not marked <see cref="SlowAttribute"/>) stays
/// fast because marking is checked: a test that reaches Chromium, a server, a generated corpus or a
/// child process (<see cref="SlowReach"/>) through its own code, its class's constructor or its
/// fixtures' set-up must carry <c>[Slow]</c> on itself or its class.
/// </summary>
public sealed class SlowMarkingTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void EveryTestThatReachesSlowMachinery_IsMarkedSlow()
    {
        var reach = new SlowReach();
        var unmarked = new List<string>();
        foreach (var type in TestClasses())
        {
            var classSlow = IsMarkedSlow(type);
            var setUp = Fixtures(type).Select(f => reach.FromSetUp(f)).Append(reach.FromSetUp(type)).FirstOrDefault(r => r is not null);
            foreach (var test in TestMethods(type))
            {
                if (classSlow || IsMarkedSlow(test)) continue;
                if ((setUp ?? reach.From(test)) is { } why) unmarked.Add($"{type.FullName}.{test.Name}: {why}");
            }
        }
        Assert.True(unmarked.Count == 0,
            $"{unmarked.Count} tests reach slow machinery without [Slow] on the test or its class:\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void TheCheck_SeesChromiumServersCorporaAndProcesses_AndNotAPlainTest()
    {
        var reach = new SlowReach();
        Assert.NotNull(reach.FromSetUp(typeof(BrowserFixture)));
        Assert.NotNull(reach.From(typeof(StaticServer).GetMethod(nameof(StaticServer.StartAsync))!));
        Assert.NotNull(reach.FromSetUp(typeof(Corpus)));
        Assert.NotNull(reach.From(typeof(Adoption.ReleasedSiteGen).GetMethod(nameof(Adoption.ReleasedSiteGen.Get))!));
        Assert.Contains("BrowserFixture", Fixtures(typeof(Browser.KeyboardTests)).Select(f => f.Name));
        Assert.Null(reach.FromSetUp(typeof(SampleSiteFixture)));
        Assert.All(TestMethods(typeof(ArgumentsTests)), m => Assert.Null(reach.From(m)));
    }

    internal static IEnumerable<Type> TestClasses() =>
        typeof(SlowMarkingTests).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && TestMethods(t).Any()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<MethodInfo> TestMethods(Type type) =>
        type.GetMethods(Declared).Where(m => m.GetCustomAttributes<FactAttribute>().Any());

    private static bool IsMarkedSlow(MemberInfo member) => member.IsDefined(typeof(SlowAttribute), inherit: false);

    /// <summary>Class fixtures, constructor arguments and the fixtures of the class's collection.</summary>
    private static IEnumerable<Type> Fixtures(Type type)
    {
        var ownModule = typeof(SlowMarkingTests).Module;
        var fromInterfaces = type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>)).Select(i => i.GetGenericArguments()[0]);
        var fromConstructor = type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType).Where(t => t.Module == ownModule);
        var collection = type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(CollectionAttribute)).Select(a => a.ConstructorArguments[0].Value as string).FirstOrDefault();
        var fromCollection = collection is null ? [] : type.Assembly.GetTypes()
            .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CollectionDefinitionAttribute) && a.ConstructorArguments.Count > 0 && Equals(a.ConstructorArguments[0].Value, collection)))
            .SelectMany(t => t.GetInterfaces()).Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionFixture<>)).Select(i => i.GetGenericArguments()[0]);
        return fromInterfaces.Concat(fromConstructor).Concat(fromCollection).Distinct();
    }
}
