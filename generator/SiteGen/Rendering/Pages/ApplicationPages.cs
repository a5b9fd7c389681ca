using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering.Forms;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>A downloadable copy of the 申请表.</summary>
internal sealed record FormFile(string Url, string Ext, string Size);

/// <summary>
/// 依申请公开: the standard page (how to apply, time limits, fees, remedies, the steps as an ordered
/// list) under the 政府信息公开 column, with the 申请表 as .docx and .pdf. The forms are made at build
/// time from <see cref="ApplicationForm"/> unless the site ships its own file at the same path in
/// static/ (then that one is copied instead, so a site can use its own wording and seal).
/// </summary>
internal sealed class ApplicationPages : IPageKind
{
    /// <summary>依申请公开 and its forms show site.yml and the columns only.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.None;

    public void Render(RenderContext context)
    {
        var site = context.Site;
        var column = ApplicationPage.ColumnOf(site.Config, site.Columns, context.Diagnostics);
        if (column is null) return;
        var dir = ApplicationPage.Dir(column);
        var config = site.Config.Application;
        var office = config.Office.Length > 0 ? config.Office : site.Config.Organ;
        var form = ApplicationForm.For(site.Config.Title, office);
        FormFile File(string ext, Func<ApplicationForm, byte[]> make)
        {
            var path = $"{dir}/{ApplicationForm.FileStem}.{ext}";
            var file = StaticFiles.Enumerate(context.Theme).FirstOrDefault(f => f.Relative == path).File;
            long size;
            if (file is not null) size = new FileInfo(file).Length;   // the site's own form, copied with static/
            else
            {
                var bytes = make(form);
                context.Output.WriteBytes(path, bytes, "site.yml");
                size = bytes.Length;
            }
            return new FormFile(RelativeUrl.Escape(path), ext.ToUpperInvariant(), FileSize.Format(size));
        }
        var docx = File("docx", DocxForm.Write);
        var pdf = File("pdf", PdfForm.Write);
        var guide = site.Columns.All.FirstOrDefault(c => c.Name.Contains("指南", StringComparison.Ordinal));
        var path = ApplicationPage.Path(column);
        var page = context.PageUnder(column, "application", ApplicationPage.Name, path,
            $"向{office}申请获取政府信息：申请方式、办理时限、收费、救济途径和申请表下载。", LinkView.To(ApplicationPage.Name, path));
        context.Write("application", page, "site.yml", new Dictionary<string, object?>
        {
            ["office"] = office,
            ["online_url"] = config.OnlineUrl.Length > 0 ? config.OnlineUrl : null,
            ["form"] = form,
            ["docx"] = docx,
            ["pdf"] = pdf,
            ["guide"] = guide is null ? null : LinkView.To(guide.Name, guide.Url),
            ["column"] = LinkView.To(column.Name, column.Url),
        });
    }
}
