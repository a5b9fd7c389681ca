using System.Diagnostics;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using SiteGen.Serving;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Which slow machinery a piece of test code reaches: Chromium (Playwright, axe), a server
/// (ASP.NET Core / Kestrel, <see cref="SiteServer"/>), a generated corpus (<see cref="Corpus"/>)
/// or a child process (<see cref="Process"/>: dotnet, a release archive, nginx, unzip, git…).
/// It reads the IL of the test assembly's own methods, following calls, lambdas, async state
/// machines and static constructors inside this assembly; it does not look inside SiteGen itself,
/// so a test that reaches a server only through a command line string (<c>["serve", …]</c>) must
/// be marked by hand.
/// </summary>
internal sealed class SlowReach
{
    private static readonly Type[] SlowTypes = [typeof(Process), typeof(Corpus), typeof(SiteServer)];
    private static readonly string[] SlowNamespaces = ["Microsoft.Playwright", "Deque.AxeCore", "Microsoft.AspNetCore"];

    private readonly Module _tests = typeof(SlowReach).Module;
    private readonly Dictionary<MethodBase, string?> _done = [];

    /// <summary>The first slow thing <paramref name="method"/> reaches, as a call chain, or null.</summary>
    public string? From(MethodBase method)
    {
        if (_done.TryGetValue(method, out var known)) return known;
        _done[method] = null; // a cycle reaches nothing new
        var found = Scan(method);
        _done[method] = found;
        return found;
    }

    /// <summary>The first slow thing any constructor or <c>InitializeAsync</c> of <paramref name="type"/> reaches.</summary>
    public string? FromSetUp(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Concat<MethodBase>(type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(m => m.Name == "InitializeAsync"))
            .Select(From).FirstOrDefault(r => r is not null);

    public static string? SlowName(Type? type)
    {
        if (type is null) return null;
        if (SlowTypes.Contains(type)) return type.Name;
        if (SlowNamespaces.Any(ns => (type.Namespace ?? "").StartsWith(ns, StringComparison.Ordinal))) return type.FullName;
        if (type.IsGenericType) return type.GetGenericArguments().Select(SlowName).FirstOrDefault(n => n is not null);
        return type.HasElementType ? SlowName(type.GetElementType()) : null;
    }

    private string? Scan(MethodBase method)
    {
        var machine = method.GetCustomAttribute<StateMachineAttribute>()?.StateMachineType;
        if (machine?.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } moveNext
            && From(moveNext) is { } viaMachine) return viaMachine;
        var body = method.GetMethodBody()?.GetILAsByteArray();
        if (body is null) return null;
        foreach (var member in Members(method, body))
        {
            var reached = member switch
            {
                Type t => SlowName(t),
                MethodBase m => SlowName(m.DeclaringType) ?? Inside(m),
                FieldInfo f => SlowName(f.DeclaringType) ?? SlowName(f.FieldType) ?? StaticSetUp(f.DeclaringType),
                _ => null,
            };
            if (reached is not null) return $"{Name(method)} → {reached}";
        }
        return null;
    }

    private string? Inside(MethodBase m)
    {
        if (m.Module != _tests) return null;
        if (m is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } generic) m = generic.GetGenericMethodDefinition();
        return From(m) ?? StaticSetUp(m.DeclaringType);
    }

    private string? StaticSetUp(Type? type) =>
        type?.Module == _tests && type.TypeInitializer is { } cctor ? From(cctor) : null;

    private IEnumerable<MemberInfo> Members(MethodBase method, byte[] il)
    {
        var typeArgs = method.DeclaringType is { IsGenericType: true } dt ? dt.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var op = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += op.Size;
            // Not InlineTok: typeof(X) names a type without using it.
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType)
            {
                MemberInfo? member = null;
                try { member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs); }
                catch (ArgumentException) { }
                if (member is not null) yield return member;
            }
            at += OperandSize(op.OperandType, il, at);
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static string Name(MethodBase m) => $"{TypeName(m.DeclaringType)}.{m.Name}";

    private static string TypeName(Type? t) => t is null ? "" : t.IsNested ? $"{TypeName(t.DeclaringType)}.{t.Name}" : t.Name;

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static SlowReach()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            var value = (ushort)op.Value;
            if (value < 0x100) OneByte[value] = op;
            else if ((value & 0xFF00) == 0xFE00) TwoByte[value & 0xFF] = op;
        }
    }
}
