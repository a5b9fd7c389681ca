using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Validation;

/// <summary>Front-matter keys of a bulletin (公报) article beyond its issue, section and order (issue 23).</summary>
internal static class BulletinFields
{
    /// <summary>
    /// `page:` the page of the printed issue the article starts on: a positive whole number. (That the
    /// document is in an issue at all is checked once the issues are known, in <see cref="SiteModelBuilder"/>.)
    /// </summary>
    public static int? Page(FieldReader r)
    {
        var page = r.Integer("page");
        if (page is null) return null;
        if (page >= 1) return page;
        r.Diagnostics.Error(r.PositionOf("page"), DiagnosticCodes.BadValue, $"公报页码“{page}”不对：页码从 1 起（page must be a positive whole number）。", "写印刷版公报中文章开始的页码，如 `page: 12`。");
        return null;
    }
}
