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
    private TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedAtStart = GC.GetTotalAllocatedBytes();

    public IReadOnlyList<(string Stage, double Ms)> Stages => _stages;

    /// <summary>Processor time of each stage (all threads), steadier than wall time on a busy machine.</summary>
    public IReadOnlyList<double> CpuMs => _cpu;

    /// <summary>Bytes allocated by each stage: garbage collection is a large share of a build's time.</summary>
    public IReadOnlyList<long> AllocatedBytes => _allocated;
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
        onStage?.Invoke(stage, TotalMs);
        _stage.Restart();
    }
}
