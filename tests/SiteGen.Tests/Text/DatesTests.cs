using SiteGen.Text;

namespace SiteGen.Tests.Text;

/// <summary>The one date formatter: each named form, byte for byte, as pages, feeds, file names and messages show it.</summary>
public sealed class DatesTests
{
    private static readonly DateTime Morning = new(2025, 3, 1, 9, 5, 7);

    [Fact]
    public void Iso_IsYearMonthDay_WithLeadingZeros_ForDateTimeAndDateOnly()
    {
        Assert.Equal("2025-03-01", Dates.Iso(Morning));
        Assert.Equal("0999-12-31", Dates.Iso(new DateOnly(999, 12, 31)));
    }

    [Fact]
    public void IsoMinute_AddsHoursAndMinutes_On24HourClock()
    {
        Assert.Equal("2025-03-01 09:05", Dates.IsoMinute(Morning));
        Assert.Equal("2025-03-01 21:05", Dates.IsoMinute(Morning.AddHours(12)));
    }

    [Fact]
    public void Rfc3339_IsBeijingTimeWithItsOffset_OrUtcWithZ()
    {
        Assert.Equal("2025-03-01T09:05:07+08:00", Dates.Rfc3339Beijing(Morning));
        Assert.Equal("2025-03-01T09:05:07Z", Dates.Rfc3339Utc(Morning));
    }

    [Fact]
    public void Compact_And_ChineseYear()
    {
        Assert.Equal("20250301", Dates.Compact(Morning));
        Assert.Equal("20250301", Dates.Compact(DateOnly.FromDateTime(Morning)));
        Assert.Equal("2025年", Dates.ChineseYear(2025));
    }

    [Theory]
    [InlineData("2025-03-01", true)]
    [InlineData("2025-3-1", false)]
    [InlineData("2025/03/01", false)]
    [InlineData("2025-02-30", false)]
    [InlineData(" 2025-03-01", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParseIso_TakesExactlyTheIsoForm(string? text, bool valid)
    {
        Assert.Equal(valid, Dates.TryParseIso(text, out var date));
        if (valid) Assert.Equal(text, Dates.Iso(date));
    }

    [Fact]
    public void TryParseCompact_RoundTrips()
    {
        Assert.True(Dates.TryParseCompact("20250301", out var date));
        Assert.Equal("20250301", Dates.Compact(date));
        Assert.False(Dates.TryParseCompact("20250230", out _));
    }
}
