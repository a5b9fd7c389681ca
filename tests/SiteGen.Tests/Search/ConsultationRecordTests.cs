using System.Text.Json;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// A consultation's record in the search index (d/N.js) carries its period, so the search page can
/// show the status badge and 截止日期 of lists (issue 23); other records keep their five or six fields.
/// </summary>
public sealed class ConsultationRecordTests
{
    [Fact]
    public void ConsultationRecord_EndsWithStartAndEnd_OthersAreUnchanged()
    {
        using var site = new TestSite()
            .Doc("yjzj/a.md", "category: 意见征集\ntitle: 关于测试办法公开征求意见的公告\ndate: 2025-03-01\nconsultation:\n  start: 2025-03-01\n  end: 2025-03-31\n  channel: 电子邮箱 test@ceshi.gov.cn")
            .Doc("tzgg/b.md", "category: 通知公告\ntitle: 关于测试工作的通知\ndate: 2025-02-01");
        site.Build().NoErrors();
        var records = Records(site.Read("search/d/0.js"));
        var consultation = records.Single(r => r[0] == "yjzj/a.html");
        Assert.Equal(["", "2025-03-01", "2025-03-31"], consultation[5..]);
        Assert.Equal(5, records.Single(r => r[0] == "tzgg/b.html").Length);
    }

    private static List<string[]> Records(string script)
    {
        var json = script[(script.IndexOf(',') + 1)..script.LastIndexOf(')')];
        return JsonSerializer.Deserialize<List<string[]>>(json)!;
    }
}
