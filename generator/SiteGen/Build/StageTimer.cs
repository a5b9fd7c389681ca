using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Times each stage of a build, for `--verbose` and the benchmark.</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _stage = Stopwatch.StartNew();
    private readonly List<(string Stage, double Ms)> _stages = [];

    public IReadOnlyList<(string Stage, double Ms)> Stages => _stages;
    public double TotalMs => _total.Elapsed.TotalMilliseconds;

    public void Done(string stage)
    {
        _stages.Add((stage, _stage.Elapsed.TotalMilliseconds));
        _stage.Restart();
    }
}
