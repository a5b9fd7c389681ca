namespace SiteGen.Validation;

/// <summary>The shape of a front-matter value, for the validator's key list and the JSON Schema alike.</summary>
internal enum ValueKind { Text, Date, Integer, Boolean, TextOrList, Map, MapList }

/// <summary>One front-matter key: its Chinese label and description (shown by editors while typing), its kind and allowed values.</summary>
internal sealed record KeySpec(string Key, string Label, string Description, ValueKind Kind, bool Required = false)
{
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<KeySpec> Children { get; init; } = [];
    /// <summary>A value from site.yml (column names, topics) rather than a fixed list.</summary>
    public string? FromSite { get; init; }
}

/// <summary>
/// The one description of the content model's front matter (CONTENT-MODEL.md): the validators
/// (<see cref="DocumentReader"/>, <see cref="IssueReader"/>) take their known keys and allowed
/// values from here, and `sitegen schema` writes the JSON Schema editors complete against from here.
/// </summary>
internal static class FrontMatterKeys
{
    public static readonly string[] Disclosures = ["主动公开", "依申请公开", "不予公开"];
    public static readonly string[] Validities = ["有效", "失效", "废止", "已修订", "部分失效", "尚未生效"];
    public static readonly string[] ProposalKinds = ["人大代表建议", "政协提案"];
    public static readonly string[] ReplyClasses = ["A", "B", "C"];

    public static IReadOnlyList<KeySpec> Document { get; } =
    [
        new("title", "标题", "文件或信息的标题。", ValueKind.Text, Required: true),
        new("category", "栏目", "发布在哪个栏目：site.yml 中栏目的标识或名称，如 gfxwj 或 行政规范性文件。", ValueKind.Text, Required: true) { FromSite = "columns" },
        new("disclosure", "公开属性", "公开方式：主动公开的才会发布；依申请公开、不予公开须写明理由。", ValueKind.Text, Required: true) { Values = Disclosures },
        new("disclosure_reason", "不公开理由", "不主动公开的法律依据或理由（公开属性不是主动公开时必填）。", ValueKind.Text),
        new("date", "发布日期", "发布日期，YYYY-MM-DD，可带时间 HH:mm；晚于构建日期的不发布。", ValueKind.Date, Required: true),
        new("written", "成文日期", "成文日期，YYYY-MM-DD。", ValueKind.Date),
        new("doc_number", "发文字号", "发文字号，年份用六角括号、序号不加前导零，如 示政办发〔2019〕16号。", ValueKind.Text),
        new("organ", "发布机构", "发布机构（发文机关）；不写时用 site.yml 的 organ。", ValueKind.Text),
        new("topic", "主题分类", "主题分类，写成“一级/二级”，须在 site.yml 的 topics 中。", ValueKind.Text) { FromSite = "topics" },
        new("index_no", "索引号", "索引号，如 11370000MB0000000X/2019-00064；生成器不会自动编造。", ValueKind.Text),
        new("validity", "有效性", "有效性，默认有效；失效、废止、已修订的须写 validity_date。", ValueKind.Text) { Values = Validities },
        new("validity_date", "失效日期", "失效、废止或修订的日期，YYYY-MM-DD。", ValueKind.Date),
        new("replaced_by", "替代文件", "替代本文件的文档标识（content/ 下的路径去掉 .md）。", ValueKind.Text),
        new("interprets", "解读的政策", "政策解读所解读的政策文件的文档标识，一个或一个列表。", ValueKind.TextOrList),
        new("interpretation_form", "解读形式", "解读形式，如 文字解读、图文解读、音视频解读、专家解读。", ValueKind.Text),
        new("bulletin", "公报期次", "同时刊登在哪一期公报，写成 YYYY-NN，如 2025-03。", ValueKind.Text),
        new("section", "公报栏目", "在公报目录中所属的栏目标题。", ValueKind.Text),
        new("order", "公报顺序", "在公报目录中的顺序（整数）。", ValueKind.Integer),
        new("page", "起始页码", "在印刷版公报中的起始页码（正整数），显示在本期目录和公报数据库中。", ValueKind.Integer),
        new("attachments", "附件", "附件列表，每项写 file（相对本文件的路径）和 title。", ValueKind.MapList)
        {
            Children =
            [
                new("file", "附件文件", "附件文件，相对本文件所在目录的路径。", ValueKind.Text, Required: true),
                new("title", "附件标题", "附件标题；不写时用文件名。", ValueKind.Text),
            ],
        },
        new("summary", "摘要", "摘要；不写时从正文提取。", ValueKind.Text),
        new("keywords", "关键词", "关键词（主题词），一个或一个列表。", ValueKind.TextOrList),
        new("consultation", "意见征集", "意见征集的起止时间、反馈方式和意见采纳情况。", ValueKind.Map)
        {
            Children =
            [
                new("start", "开始日期", "征集开始日期。", ValueKind.Date, Required: true),
                new("end", "截止日期", "征集截止日期；征集期一般不少于 30 天。", ValueKind.Date, Required: true),
                new("channel", "反馈方式", "反馈方式，如电子邮箱、通信地址。", ValueKind.Text, Required: true),
                new("result", "意见采纳情况", "意见采纳情况文档的标识；征集结束后应及时发布。", ValueKind.Text),
                new("short_reason", "征集期较短的理由", "征集期少于 30 天时说明理由。", ValueKind.Text),
            ],
        },
        new("proposal", "建议提案", "人大代表建议、政协提案的办理答复信息。", ValueKind.Map)
        {
            Children =
            [
                new("kind", "类别", "人大代表建议或政协提案。", ValueKind.Text, Required: true) { Values = ProposalKinds },
                new("number", "编号", "建议或提案编号。", ValueKind.Text),
                new("received", "收到日期", "收到日期。", ValueKind.Date),
                new("replied", "答复日期", "答复日期。", ValueKind.Date),
                new("department", "主办单位", "主办单位。", ValueKind.Text),
                // —— citizen pages (issue 23) ——
                new("session", "届次", "届次，如 十八届人大五次会议、十三届政协四次会议。", ValueKind.Text),
                new("reply_class", "答复类别", "答复类别：A（已解决或采纳）、B（正在解决或列入计划）、C（因条件限制留作参考）。", ValueKind.Text) { Values = ReplyClasses },
                new("co_departments", "协办单位", "协办单位，一个或一个列表。", ValueKind.TextOrList),
            ],
        },
        new("report_year", "报告年度", "年度报告所报告的年份。", ValueKind.Integer),
        new("report", "年度报告数据", "政府信息公开工作年度报告的表格数据（也可写在同名 .report.yml 文件中），结构见 README。", ValueKind.Map),
        // —— citizen pages (issue 23): 重大行政决策, 会议公开 ——
        new("decision", "重大行政决策事项", "年度重大行政决策事项目录中的一项，把意见征集、意见采纳情况、决策文件及其解读连成时间线。", ValueKind.Map)
        {
            Children =
            [
                new("year", "目录年度", "列入哪一年的重大行政决策事项目录。", ValueKind.Integer, Required: true),
                new("department", "承办单位", "决策承办单位。", ValueKind.Text),
                new("planned", "计划完成时间", "计划完成时间，如 2026年6月 或 2026年第二季度。", ValueKind.Text),
                new("consultation", "意见征集", "公开征求意见的文档标识（须有 consultation 属性）。", ValueKind.Text),
                new("feedback", "意见采纳情况", "意见采纳情况的文档标识；不写时用意见征集的 consultation.result。", ValueKind.Text),
                new("adopted", "决策文件", "最终印发的文件的文档标识；它的政策解读自动列入时间线。", ValueKind.Text),
            ],
        },
        new("meeting", "会议信息", "会议公开的列席人员、会议材料和视频。", ValueKind.Map)
        {
            Children =
            [
                new("attendees", "列席", "列席人员，一个或一个列表，如 区人大代表1名。", ValueKind.TextOrList),
                new("materials", "会议材料", "会议材料列表，每项写 file（相对本文件的路径）和 title。", ValueKind.MapList)
                {
                    Children =
                    [
                        new("file", "材料文件", "材料文件，相对本文件所在目录的路径。", ValueKind.Text, Required: true),
                        new("title", "材料标题", "材料标题；不写时用文件名。", ValueKind.Text),
                    ],
                },
                new("video", "会议视频", "会议视频文件（本站文件，如 mp4），相对本文件的路径。", ValueKind.Text),
                new("captions", "视频字幕", "视频的中文字幕文件（WebVTT，.vtt），相对本文件的路径。", ValueKind.Text),
            ],
        },
        new("draft", "草稿", "true 时不发布。", ValueKind.Boolean),
        new("slug", "网址名", "页面文件名（代替文件名），只能包含小写字母、数字和 - _。", ValueKind.Text),
        new("aliases", "旧网址", "必须继续可用的旧网址，一个或一个列表。", ValueKind.TextOrList),
        .. PolicyLibrary,
    ];

    // —— 政策文件库 (engineer `policy`, issue 23): facets of the policy library ——
    /// <summary>Keys of the 政策文件库: more than one 主题分类, and the 文种 when the title does not end with it.</summary>
    /// <remarks>A computed property: <see cref="Document"/>, initialised above it, spreads it in.</remarks>
    public static IReadOnlyList<KeySpec> PolicyLibrary =>
    [
        new("topics", "主题分类（多个）", "文件属于多个主题分类时，一个或一个列表，每项写成“一级/二级”，须在 site.yml 的 topics 中；与 topic 合并。", ValueKind.TextOrList) { FromSite = "topics" },
        new("doc_type", "文种", "文种，如 通知、意见、办法、规定、决定、方案、批复；不写时取标题末尾的文种。", ValueKind.Text),
    ];

    /// <summary>_issue.md of a 公报 issue.</summary>
    public static IReadOnlyList<KeySpec> Issue { get; } =
    [
        new("year", "年份", "公报年份。", ValueKind.Integer, Required: true),
        new("issue", "期号", "当年的期号。", ValueKind.Integer, Required: true),
        new("total_issue", "总期号", "总期号。", ValueKind.Integer),
        new("date", "出版日期", "出版日期，YYYY-MM-DD。", ValueKind.Date, Required: true),
        new("pdf", "印刷版", "印刷版 PDF，本期目录中的文件名。", ValueKind.Text),
        new("title", "标题", "不写时为“公报名称+年份+期号”。", ValueKind.Text),
        new("draft", "草稿", "true 时本期不发布（sitegen new bulletin-issue 新建的期次在有文章之前是草稿）。", ValueKind.Boolean),
    ];

    public static string[] Names(IReadOnlyList<KeySpec> keys) => keys.Select(k => k.Key).ToArray();

    /// <summary>Keys of a document's sub-mapping (consultation, proposal, attachments).</summary>
    public static string[] ChildNames(string key) => Names(Document.Single(k => k.Key == key).Children);
}
