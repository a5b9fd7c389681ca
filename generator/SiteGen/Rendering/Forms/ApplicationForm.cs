namespace SiteGen.Rendering.Forms;

/// <summary>A row of the form: a label and how many label/blank pairs share the row (1 or 2).</summary>
internal sealed record FormRow(params string[] Labels);

/// <summary>A titled block of rows (申请人信息, 所需信息…); a block's rows can be tall (a box to write in).</summary>
internal sealed record FormBlock(string Title, IReadOnlyList<FormRow> Rows, int TallRows = 0);

/// <summary>
/// 政府信息公开申请表: one description, written as .docx and .pdf by <see cref="DocxForm"/> and
/// <see cref="PdfForm"/> and listed on the 依申请公开 page. The fields follow 《中华人民共和国政府信息公开条例》
/// 第二十九条 (who applies, how to reach them, a description of the information, the form and way to receive it).
/// </summary>
internal sealed record ApplicationForm(string Title, string Office, IReadOnlyList<FormBlock> Blocks, IReadOnlyList<string> Notes)
{
    public const string FileStem = "zhengfu-xinxi-gongkai-shenqingbiao";

    public static ApplicationForm For(string organ, string office) => new(
        $"{organ}政府信息公开申请表",
        office,
        [
            new FormBlock("申请人信息（公民）", [
                new FormRow("姓名", "工作单位"),
                new FormRow("证件名称", "证件号码"),
                new FormRow("联系电话", "电子邮箱"),
                new FormRow("通信地址", "邮政编码"),
            ]),
            new FormBlock("申请人信息（法人或者其他组织）", [
                new FormRow("名称", "统一社会信用代码"),
                new FormRow("法定代表人或负责人", "联系人姓名"),
                new FormRow("联系人电话", "电子邮箱"),
                new FormRow("通信地址", "邮政编码"),
            ]),
            new FormBlock("所需政府信息", [
                new FormRow("政府信息的名称、文号或者便于查询的其他特征性描述"),
            ], TallRows: 1),
            new FormBlock("获取信息的方式", [
                new FormRow("提供方式（选填）：□纸质文本　□电子邮件　□光盘　□其他"),
                new FormRow("获取途径（选填）：□邮寄　□自行领取　□当场阅读、抄录"),
            ]),
            new FormBlock("申请人签名或者盖章", [
                new FormRow("签名（盖章）", "申请日期"),
            ]),
        ],
        [
            "申请人应当如实填写本表，并提供身份证明（身份证件复印件，或者营业执照、统一社会信用代码证书复印件）。",
            "本表可以在线填写提交，也可以填写后邮寄或者当面提交至受理机构。",
            "行政机关不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长的，延长期限最长不超过20个工作日。",
        ]);
}
