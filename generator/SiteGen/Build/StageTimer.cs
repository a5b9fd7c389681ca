using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Times each stage of a build, for `--verbose` and the benchmark.</summary>
internal sealed class StageTimer(Action<string, double>? onStage = null)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _stage = Stopwatch.StartNew();
    private readonly List<(string Stage, double Ms)> _stages = [];
    private readonly List<double> _cpu = [];
    private readonly List<long> _allocated = [];
    private readonly List<string> _collections = [];
    private int[] _collectionsAtStart = Collections();
    private TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedAtStart = GC.GetTotalAllocatedBytes();

    public IReadOnlyList<(string Stage, double Ms)> Stages => _stages;

    /// <summary>Processor time of each stage (all threads), steadier than wall time on a busy machine.</summary>
    public IReadOnlyList<double> CpuMs => _cpu;

    /// <summary>Bytes allocated by each stage: garbage collection is a large share of a build's time.</summary>
    public IReadOnlyList<long> AllocatedBytes => _allocated;

    /// <summary>Garbage collections during each stage, as "gen0/gen1/gen2".</summary>
    public IReadOnlyList<string> CollectionsByStage => _collections;

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    public double TotalMs => _total.Elapsed.TotalMilliseconds;

    public void Done(string stage)
    {
        _stages.Add((stage, _stage.Elapsed.TotalMilliseconds));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _cpu.Add((cpu - _cpuAtStart).TotalMilliseconds);
        _cpuAtStart = cpu;
        var allocated = GC.GetTotalAllocatedBytes();
        _allocated.Add(allocated - _allocatedAtStart);
        _allocatedAtStart = allocated;
        var collections = Collections();
        _collections.Add(string.Join('/', collections.Select((c, i) => c - _collectionsAtStart[i])));
        _collectionsAtStart = collections;
        onStage?.Invoke(stage, TotalMs);
        _stage.Restart();
    }
}
