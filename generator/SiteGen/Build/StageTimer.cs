using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Times each stage of a build, for `--verbose` and the benchmark.</summary>
internal sealed class StageTimer(Action<string, double>? onStage = null)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _stage = Stopwatch.StartNew();
    private readonly List<(string Stage, double Ms)> _stages = [];
    private readonly List<double> _cpu = [];
    private TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public IReadOnlyList<(string Stage, double Ms)> Stages => _stages;

    /// <summary>Processor time of each stage (all threads), steadier than wall time on a busy machine.</summary>
    public IReadOnlyList<double> CpuMs => _cpu;
    public double TotalMs => _total.Elapsed.TotalMilliseconds;

    public void Done(string stage)
    {
        _stages.Add((stage, _stage.Elapsed.TotalMilliseconds));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _cpu.Add((cpu - _cpuAtStart).TotalMilliseconds);
        _cpuAtStart = cpu;
        onStage?.Invoke(stage, TotalMs);
        _stage.Restart();
    }
}
