using static SiteGen.Diagnostics.Severity;

namespace SiteGen.Diagnostics;

/// <summary>
/// The registry of diagnostic codes: every problem SiteGen reports carries one of these, so a code
/// is defined once, with its explanation, and `docs/diagnostics.md` is generated from this list
/// (<c>DiagnosticCodesTests</c> fails when the file, a call site or a golden fixture disagrees).
/// To add a code: one line here, use the member at the call site, and add a fixture in
/// tests/SiteGen.Tests/Fixtures/diagnostics/.
/// A severity of null means the same code is an error in one place and a warning in another (see
/// the explanation). Lint warnings become errors under --strict; a draft's errors are warnings.
/// </summary>
internal static class DiagnosticCodes
{
    private static readonly List<DiagnosticCode> Registered = [];

    /// <summary>Every code, in the order of the pipeline stage that reports it first.</summary>
    public static IReadOnlyList<DiagnosticCode> All => Registered;

    public static DiagnosticCode? Find(string id) => Registered.Find(c => c.Id == id);

    private static DiagnosticCode Add(string id, Severity? severity, string title, string explanation)
    {
        var code = new DiagnosticCode(id, severity, title, explanation);
        Registered.Add(code);
        return code;
    }

    // Configuration and reading files.
    public static readonly DiagnosticCode MissingFile = Add("missing-file", Error, "文件或目录不存在",
        "找不到 site.yml、content/ 目录，或文档引用的附件、图片、视频、字幕文件。把文件放到文档旁边并用相对路径引用，注意文件名大小写。");
    public static readonly DiagnosticCode PathEscape = Add("path-escape", Error, "路径指向站点目录之外",
        "文件路径指向 content 目录之外、不是相对路径，或者是指向站点之外（或形成循环）的符号链接。这样的文件不会读取或发布：请把文件本身复制到站点目录里，用相对路径引用。");
    public static readonly DiagnosticCode Encoding = Add("encoding", Error, "文件不是 UTF-8 编码",
        "文件不是 UTF-8 编码（多为 Word 或记事本另存的 GBK/GB18030），为避免网页乱码整篇拒绝。用编辑器另存为 UTF-8，或用 sitegen import 导入原文件。");
    public static readonly DiagnosticCode FileTooLarge = Add("file-too-large", Error, "文件超过大小上限",
        "Markdown 文件或它引用的附件超过了 site.yml 中 limits: 的上限（max_markdown_kb、max_attachment_mb）。把内容拆成几篇文档、压缩附件；确有需要时调大上限。");
    public static readonly DiagnosticCode LineTooLong = Add("line-too-long", Error, "一行过长",
        "一行的字符数超过了 limits.max_line_chars（多为粘贴进来的整段数据）。在句末或段落之间换行；Markdown 中空一行才分段，单个换行不影响显示。");
    public static readonly DiagnosticCode YamlSyntax = Add("yaml-syntax", Error, "YAML 格式错误",
        "site.yml 或文档属性（front matter）不是合法的 YAML：缩进不齐、冒号后缺空格、括号或引号没有配对等。按提示的行列改正；值里含冒号或括号时用英文双引号括起整个值。");
    public static readonly DiagnosticCode YamlLimit = Add("yaml-limit", Error, "YAML 超出限制",
        "YAML 嵌套过深、别名或锚点过多等，超出了 SiteGen 为防止恶意输入设定的限制。把文档属性写成普通的“键: 值”，不要用 & 锚点和 * 别名。");
    public static readonly DiagnosticCode MissingFrontMatter = Add("missing-front-matter", Error, "缺少文档属性",
        "Markdown 文件开头没有用两行 --- 括起的文档属性（front matter），或缺少结束的 ---。在文件第一行写 ---，接着写 title、category 等，再写一行 ---。");
    public static readonly DiagnosticCode MissingKey = Add("missing-key", Error, "缺少必填项",
        "文档属性缺少必填的键（如 title、category、date，依申请公开或不予公开时的 disclosure_reason），或 site.yml 没有栏目。按提示补上这一项。");
    public static readonly DiagnosticCode BadValue = Add("bad-value", null, "取值不对",
        "某一项的值不合要求：类型不对（应是整数、true/false、列表）、不在允许的取值中、超出范围，或网址、路径、标识的写法不对。多数是错误；site.yml 的网站标识码不是 10 位时是警告。按提示中的写法改正。");
    public static readonly DiagnosticCode BadDate = Add("bad-date", Error, "日期无法识别",
        "日期写法无法识别，或意见征集的截止日期早于开始日期。日期写成 YYYY-MM-DD（如 2025-03-01），需要时间时写成 YYYY-MM-DD HH:mm。");
    public static readonly DiagnosticCode UnknownKey = Add("unknown-key", Warning, "未知的键",
        "文档属性或 site.yml 中有 SiteGen 不认识的键，多为拼写错误（提示会给出最接近的键）。改成正确的键名；确实是给模板用的自定义键可以保留。");
    public static readonly DiagnosticCode UnknownColumn = Add("unknown-column", null, "栏目不存在",
        "category、new_files 或 application.column 写的栏目在 site.yml 的 columns 中不存在（错误）；栏目说明 _index.md 找不到所属栏目（警告）。写栏目的名称或标识，须与 site.yml 一致。");
    public static readonly DiagnosticCode UnknownTopic = Add("unknown-topic", Error, "主题分类不存在",
        "topic 写的主题分类不在 site.yml 的 topics 中。从 topics 中选一项照抄，或先在 site.yml 中加上这个分类。");
    public static readonly DiagnosticCode DuplicateId = Add("duplicate-id", Error, "标识重复",
        "两个栏目用了同一个 id，或两篇文档得出同一个文档标识。每个栏目 id 在整个栏目树中唯一；文档改名或移动目录使标识不同。");
    public static readonly DiagnosticCode Theme = Add("theme", Error, "主题或模板有误",
        "找不到 site.yml 中 theme 指定的主题、主题缺少必需的模板、模板有语法错误，或渲染模板时出错。检查 theme 一项和提示所指的模板行。");
    public static readonly DiagnosticCode MissingCaptions = Add("missing-captions", Warning, "会议视频没有字幕",
        "会议公开的视频没有 WebVTT 字幕，听障读者无法获取内容。提供 .vtt 字幕文件，写成 `captions: 文件名.vtt`。");

    // The site model: references between documents, files, bulletins.
    public static readonly DiagnosticCode BrokenRef = Add("broken-ref", null, "引用的对象不存在",
        "replaced_by、interprets、consultation.result、decision.*、bulletin 指向的文档或公报期次不存在（错误）；正文中指向本站文档的链接找不到目标，链接已移除（警告）。核对文档标识（content/ 下的路径去掉 .md）或期次。");
    public static readonly DiagnosticCode UnpublishedRef = Add("unpublished-ref", Warning, "引用的文档未发布",
        "已发布文档引用的文档不公开或尚未到发布日期，页面上不显示这个链接（也不会泄露对方标题）。确认引用是否正确，或等对方发布后再构建。");
    public static readonly DiagnosticCode BadRef = Add("bad-ref", Error, "引用的对象类型不对",
        "decision.consultation 指向的文档不是意见征集，或 decision.adopted 指向了决策事项本身。改为指向正确类型的文档。");
    public static readonly DiagnosticCode DuplicateUrl = Add("duplicate-url", Error, "网址冲突",
        "两个文档（或 slug、aliases、页面）会生成同一个输出文件。修改文件名、slug 或 aliases，使网址不重复。");
    public static readonly DiagnosticCode DuplicateIssue = Add("duplicate-issue", Error, "公报期次重复",
        "两个 _issue.md 声明了同一年的同一期公报。核对年份和期号，删去或改正其中一个。");
    public static readonly DiagnosticCode DuplicateOrder = Add("duplicate-order", Error, "公报文章顺序重复",
        "同一期公报中两篇文章写了相同的 order。同一期内每篇文章的 order 应不同。");
    public static readonly DiagnosticCode FileType = Add("file-type", Error, "附件类型不允许发布",
        "附件或图片的类型可能在浏览器中执行代码（如 .html、.svg、.js），不予发布。另存为 PDF、Office 文档或 PNG/JPEG 图片。");

    // 年度报告.
    public static readonly DiagnosticCode ReportWithoutYear = Add("report-without-year", Error, "年报数据缺少年度",
        "文档带有年报数据（report:），但没有写 report_year。加上 `report_year: 2025` 这样的四位年份。");
    public static readonly DiagnosticCode ReportDataTwice = Add("report-data-twice", Error, "年报数据写了两处",
        "同一年的年报数据既写在年报文档的 report: 中，又写在单独的数据文件里。只保留一处。");
    public static readonly DiagnosticCode DuplicateReport = Add("duplicate-report", Error, "同一年度有两份年报",
        "两篇文档都是同一年度的政府信息公开工作年度报告。删去或改正其中一篇的 report_year。");
    public static readonly DiagnosticCode ReportMissingRow = Add("report-missing-row", Error, "年报数据缺少一行",
        "年报数据 applications 或 appeals 缺少规定格式中的某一行。按提示补上，没有数据时写 0。");
    public static readonly DiagnosticCode ReportBadRow = Add("report-bad-row", Error, "年报数据一行的格式不对",
        "年报数据某一行的数字个数或结构与国务院办公厅规定的年报格式不符。按提示的列依次写出各个数字。");
    public static readonly DiagnosticCode ReportBadNumber = Add("report-bad-number", Error, "年报数据不是数字",
        "年报数据中某一格不是整数（或数字）。只写阿拉伯数字，不写单位和说明文字。");
    public static readonly DiagnosticCode ReportUnknownRow = Add("report-unknown-row", Error, "年报数据有多余的项目",
        "年报数据中有规定格式里没有的项目，多为拼写错误。改成格式中的项目名称，或删去这一项。");
    public static readonly DiagnosticCode ReportNegative = Add("report-negative", Error, "年报数据有负数",
        "年报中的件数和金额不能为负数。核对原始台账后改正。");
    public static readonly DiagnosticCode ReportColumnTotal = Add("report-column-total", Error, "年报合计与分项之和不符",
        "年报表格中“总计”一列（或一行）与各分项之和不相等。核对分项和总计，改正算错的一处。");
    public static readonly DiagnosticCode ReportRowTotal = Add("report-row-total", Error, "年报各行之和与合计行不符",
        "申请情况表中各行之和与“总计”一行不相等。核对各行数字和总计行。");
    public static readonly DiagnosticCode ReportBalance = Add("report-balance", Error, "年报申请件数收支不平",
        "上年结转加本年新收的申请，与本年办结加结转下年的件数不相等。核对各项件数，使前后平衡。");
    public static readonly DiagnosticCode ReportCarryover = Add("report-carryover", Error, "年报结转数与上年不符",
        "本年“上年结转”的件数与上一年年报“结转下年”的件数不同。核对两年年报的数据。");
    public static readonly DiagnosticCode ReportCarryoverUnchecked = Add("report-carryover-unchecked", Warning, "年报结转数无法核对",
        "本年年报写了上年结转，但站点中没有上一年的年报数据，无法核对。补上上一年的年报数据，或确认结转数无误。");
    public static readonly DiagnosticCode ReportComputedDiffers = Add("report-computed-differs", Warning, "年报数据与站点统计不符",
        "年报中主动公开规章、规范性文件等的件数，与 SiteGen 按站点已发布文档统计的件数不同。核对年报数据或文档的栏目与日期。");
    public static readonly DiagnosticCode ReportDuplicateTable = Add("report-duplicate-table", Warning, "年报正文中重复的表格",
        "年报正文的某一节中已写了表格，页面上还会显示按年报数据生成的表格。删除正文中的表格，数据只写在 report: 中。");

    // Rendering bodies.
    public static readonly DiagnosticCode ImageAlt = Add("image-alt", Error, "图片没有替代文字",
        "正文中的图片没有替代文字，视障读者无法获知图片内容（无障碍要求）。写成 `![图片内容的简短描述](文件名.png)`。");
    public static readonly DiagnosticCode UnsafeUrl = Add("unsafe-url", Warning, "不安全的链接已移除",
        "正文链接或图片地址使用了 javascript: 等可能在读者浏览器中执行代码的协议，已从页面中移除。链接只能指向本站文件或 http(s) 网址。");
    public static readonly DiagnosticCode HtmlRemoved = Add("html-removed", Warning, "正文中的 HTML 已被清理",
        "正文中手写的 HTML 含有脚本、事件属性、框架、表单或样式，这些部分没有发布。网页只保留表格、标题、列表、换行、图片和链接等安全的 HTML，请改用 Markdown 书写。");
    public static readonly DiagnosticCode TooDeep = Add("too-deep", Error, "正文嵌套过深",
        "正文中的引用 >、列表、方括号、强调符号或 HTML 元素嵌套了太多层，无法安全地生成网页。检查提示所指的行，去掉多余的符号。");
    public static readonly DiagnosticCode MarkdownError = Add("markdown-error", Error, "正文无法解析",
        "Markdown 解析器处理这篇正文时出错（异常的符号组合）。检查提示所指的行，删去或改写后重试，并把这篇文档报告给 SiteGen 的维护者。");

    // Output: writing and checking the pages.
    public static readonly DiagnosticCode UnsafePath = Add("unsafe-path", Error, "输出文件名不安全",
        "输出文件名含有控制字符、不可见字符或不允许的路径片段，未写出。把文件改名为只含汉字、字母、数字和 - _ . 的名称。");
    public static readonly DiagnosticCode BrokenLink = Add("broken-link", Error, "页面中的链接打不开",
        "生成的页面中有指向本站的链接、图片、附件或锚点（# 后的名称）找不到目标。核对正文中的链接和文件名（注意大小写）。");
    public static readonly DiagnosticCode OfflinePartLarge = Add("offline-part-large", Warning, "公报离线包超过上限",
        "一期公报单独就超过了 bulletin.offline_part_mb 设定的离线包大小。压缩本期的印刷版 PDF 或附件，或调大 offline_part_mb。");

    // Lints (Lint/): warnings, errors under --strict; those that depend on the date are 提示.
    public static readonly DiagnosticCode LateInterpretation = Add("late-interpretation", Notice, "政策解读不及时",
        "政策解读晚于所解读的政策文件 3 个工作日以上发布（国办发〔2016〕19号要求同步发布）。工作日按 site.yml 的 holidays 计算。今后解读与文件同步发布。");
    public static readonly DiagnosticCode ShortConsultation = Add("short-consultation", Warning, "意见征集期过短",
        "意见征集期短于 30 天（首尾两天都计入），又没有写 consultation.short_reason。延长征集期，或写明缩短的理由。");
    public static readonly DiagnosticCode MissingFeedback = Add("missing-feedback", Notice, "未公开意见采纳情况",
        "意见征集结束已超过规定天数，还没有 consultation.result 指向意见采纳情况。发布采纳情况的文档并在 consultation.result 中引用它。");
    public static readonly DiagnosticCode EmptyColumn = Add("empty-column", Notice, "空白栏目",
        "栏目没有任何已发布的信息（国家检查指标：空白栏目达 5 个即单项否决）。发布内容，或从 site.yml 中删去这个栏目。");
    public static readonly DiagnosticCode StaleColumn = Add("stale-column", Notice, "栏目未按期更新",
        "动态类栏目 14 天、通知公告和政策文件类栏目 6 个月内没有更新（期限见 site.yml 的 lint:）。按期发布内容。");
    public static readonly DiagnosticCode DocNumberFormat = Add("doc-number-format", Warning, "发文字号格式不规范",
        "发文字号的年份没有用六角括号〔〕，或序号有前导零（GB/T 9704）。页面显示规范写法；请在源文件中也改成如 示政办发〔2019〕16号。");
    public static readonly DiagnosticCode MissingValidityDate = Add("missing-validity-date", Warning, "缺少失效日期",
        "validity 为失效、废止或已修订，但没有 validity_date。写明失效日期 `validity_date: YYYY-MM-DD`。");
    public static readonly DiagnosticCode MissingIndexNo = Add("missing-index-no", Warning, "政策文件缺少索引号",
        "政策文件类栏目中的文件（解读除外）没有 index_no（国家检查指标：索引号缺失）。按 site.yml 的 index_no_format 写上索引号，sitegen new 会自动编号。");
    public static readonly DiagnosticCode Todo = Add("todo", null, "待填写的占位内容",
        "import、new 或 init 留下的 TODO 占位内容还没有改掉。已发布文档中是错误，草稿和 site.yml 中是警告。填写实际内容后删除 TODO。");
    public static readonly DiagnosticCode ReportDeadline = Add("report-deadline", Notice, "年度报告期限",
        "上一年度的政府信息公开工作年度报告须在每年 3 月 31 日前发布（《政府信息公开条例》第四十九条），临近期限或已逾期仍未发布。按期发布年报。");
    public static readonly DiagnosticCode DuplicateIndexNo = Add("duplicate-index-no", Error, "索引号重复",
        "两份文件用了同一个索引号（一个索引号只标识一份文件）。改正其中一个，新文件用 sitegen new 自动编号。");
    public static readonly DiagnosticCode DuplicateDocNumber = Add("duplicate-doc-number", Warning, "发文字号重复",
        "两份文件写了同一个发文字号（一个文号只对应一份公文）。核对文号；同一文件在公报中转载请用 `bulletin: YYYY-NN`，不要再建一个文件。");
    public static readonly DiagnosticCode PageWithoutBulletin = Add("page-without-bulletin", Warning, "公报页码写在非公报文章上",
        "文档写了公报起始页码 page，但它不在任何一期公报中，页码不会显示。把文件放在公报某期的目录下或写 `bulletin: 2025-03`；不是公报文章就删去 page。");
    public static readonly DiagnosticCode EmptyIssue = Add("empty-issue", Warning, "公报期次没有文章",
        "公报的这一期没有已发布的文章，页面会显示“共 0 篇”。在本期文章发布之前，在 _issue.md 中写 `draft: true`。");
    public static readonly DiagnosticCode GuidePromise = Add("guide-promise", Warning, "公开指南与网站不符",
        "政府信息公开指南提到了本网站没有的栏目，或承诺了网站没有提供的在线申请方式。改成实有的栏目名称，或在 site.yml 中补上栏目或 application.online_url。");
}
