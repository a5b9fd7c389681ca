using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// One stage of a build: wall time; processor time (all threads), steadier than wall time on a busy
/// machine; bytes allocated and garbage collections ("gen0/gen1/gen2"), since collection is a large
/// share of a big build's time.
/// </summary>
internal sealed record StageTime(string Stage, double Ms, double CpuMs, long AllocatedBytes, string Collections);

/// <summary>Times each stage of a build, for `--verbose` and the benchmark.</summary>
internal sealed class StageTimer(Action<string, double>? onStage = null)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _stage = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private int[] _collectionsAtStart = Collections();

    public IReadOnlyList<StageTime> Stages => _stages;
    public double TotalMs => _total.Elapsed.TotalMilliseconds;

    /// <summary>Runs one stage and records its time under <paramref name="stage"/>.</summary>
    public T Time<T>(string stage, Func<T> run)
    {
        var result = run();
        Done(stage);
        return result;
    }

    public void Time(string stage, Action run)
    {
        run();
        Done(stage);
    }

    public void Done(string stage)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = Collections();
        _stages.Add(new StageTime(stage, _stage.Elapsed.TotalMilliseconds, (cpu - _cpuAtStart).TotalMilliseconds, allocated - _allocatedAtStart,
            string.Join('/', collections.Select((c, i) => c - _collectionsAtStart[i]))));
        (_cpuAtStart, _allocatedAtStart, _collectionsAtStart) = (cpu, allocated, collections);
        onStage?.Invoke(stage, TotalMs);
        _stage.Restart();
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}
