using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Audit;

/// <summary>A small site with one finding of each kind the self-check page counts.</summary>
internal static class AuditSite
{
    public static TestSite Create()
    {
        var site = LintSite.Create("\ncredit_code: X");
        site.Doc("gzdt/2025/a.md", "category: 工作动态\ndate: 2025-06-02", "第一段。\n\n详见[第三条](#di-san-tiao)。");
        site.Doc("zc/2025/p1.md", "category: 行政规范性文件\ndate: 2025-09-26\nindex_no: X/2025-00001\ndoc_number: 测政发〔2025〕1号");
        site.Doc("zc/2025/p2.md", "category: 行政规范性文件\ndate: 2025-09-30\nindex_no: X/2025-00001\ndoc_number: 测政发〔2025〕1号");
        site.Doc("zc/2025/p3.md", "category: 其他文件\ndate: 2025-09-30");
        site.Doc("jd/2025/j.md", "category: 政策解读\ndate: 2025-10-20\ninterprets: zc/2025/p1");
        site.Doc("yj/2025/y.md", "category: 意见征集\ndate: 2025-05-02\nconsultation:\n  start: 2025-05-02\n  end: 2025-06-10\n  channel: 邮箱");
        site.Doc("tz/2025/draft.md", "title: 未完成的通知\ndraft: true\ninterprets: TODO：所解读政策文件的文档标识");
        return site;
    }
}
