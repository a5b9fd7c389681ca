using SiteGen.Configuration;

namespace SiteGen.Lint;

/// <summary>
/// 工作日: Monday to Friday, minus the official holidays of site.yml `holidays: {YEAR: {off: […]}}`,
/// plus the 调休 weekend days worked in their place (`workdays: […]`).
/// </summary>
internal sealed class WorkingDays(IReadOnlyDictionary<int, HolidayYear> holidays)
{
    private readonly HashSet<DateOnly> _off = holidays.Values.SelectMany(y => y.Off).ToHashSet();
    private readonly HashSet<DateOnly> _worked = holidays.Values.SelectMany(y => y.Workdays).ToHashSet();

    public bool IsWorkday(DateOnly day)
    {
        if (_worked.Contains(day)) return true;
        if (_off.Contains(day)) return false;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkday(d)) n++;
        return n;
    }
}
