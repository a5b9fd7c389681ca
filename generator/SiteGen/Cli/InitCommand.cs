using System.Globalization;
using SiteGen.Build;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Init;
using SiteGen.Text;
using SiteGen.Validation;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen init DIR`: a new site repository of its own (outside SiteGen's), which builds at once
/// with `sitegen build`. What it writes lives in templates/site/; values not given as options are
/// TODO markers that `sitegen check` lists as warnings, so the office can fill them in later.
/// </summary>
internal sealed class InitCommand : ICommand
{
    /// <summary>option → (template key, what to write when it is not given).</summary>
    private static readonly (string Option, string Key, string Todo)[] Identity =
    [
        ("name", "name", "TODO：网站名称，如 某某区人民政府"),
        ("organ", "organ", "TODO：机关名称，如 某某区人民政府办公室"),
        ("domain", "domain", "TODO：网站域名"),
        ("site-id-code", "site_id_code", "TODO：网站标识码"),
        ("credit-code", "credit_code", "TODO：统一社会信用代码"),
        ("icp", "icp", "TODO：ICP备案号"),
        ("police-record", "police_record", "TODO：公安机关备案号"),
        ("address", "address", "TODO：办公地址"),
        ("postcode", "postcode", "TODO：邮政编码"),
        ("phone", "phone", "TODO：咨询电话"),
        ("fax", "fax", "TODO：传真号码"),
        ("email", "email", "TODO：电子邮箱"),
    ];

    public string Name => "init";
    public string Summary => "新建一个站点仓库 (create a new site repository)";
    public string Usage => """
        用法: sitegen init <目录> [--name 网站名称] [--organ 机关名称] [--domain 域名] [--site-id-code 网站标识码]
                          [--credit-code 统一社会信用代码] [--icp ICP备案号] [--police-record 公安备案号]
                          [--address 地址] [--postcode 邮编] [--phone 电话] [--fax 传真] [--email 邮箱]

        在一个新的（或空的）目录中建立站点仓库，随即可以 sitegen build：
          site.yml                  标准的“政府信息公开”栏目树和本单位信息
          content/                  政府信息公开指南（待补全）和每种内容的示例（均为 draft: true，不发布）
          ci/publish.sh             检查、生成、核验并用 rsync 发布到 nginx 服务器（Jenkins、Gitea 或任何内网 CI）
          .github/workflows/publish.yml, .gitlab-ci.yml   调用 ci/publish.sh 的 GitHub Actions 和 GitLab CI 配置
          .gitignore, .vscode/, schema/                   版本库忽略规则、编辑器设置和文档属性的 JSON Schema
        未给出的单位信息写为 TODO，sitegen check 会逐条提示。目录非空时拒绝执行（退出码 2）。
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (option, key, todo) in Identity)
        {
            var value = args.Option(option)?.Trim();
            if (value is not null && (value.Length == 0 || value.IndexOfAny(['"', '\\', '\n', '\r', '{', '}']) >= 0))
                throw new UsageException($"--{option} 的值“{value}”不能为空，也不能含有引号、反斜杠、花括号或换行（invalid value）。");
            values[key] = value ?? todo;
        }
        CommandLine.RejectUnknown(args);
        if (args.Positional.Count == 0) throw new UsageException("请指定新站点的目录，如 sitegen init my-site（missing directory）。");
        if (args.Positional.Count > 1)
            throw new UsageException($"只能指定一个目录，多出了“{string.Join(" ", args.Positional.Skip(1))}”；含空格的名称请用引号括起来（unexpected argument）。");
        var target = Path.GetFullPath(args.Positional[0]);
        if (File.Exists(target)) throw new UsageException($"“{target}”是一个文件，不是目录（not a directory）。");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new UsageException($"目录“{target}”不是空的（directory not empty）：sitegen init 只在新目录或空目录中建站，不会改动已有文件。请换一个目录名。");
        var templateDir = SiteTemplate.Locate();
        if (templateDir is null)
        {
            stderr.WriteLine($"sitegen init: 找不到站点模板 {Path.Combine(AppContext.BaseDirectory, "templates", SiteTemplate.FolderName)}（template missing）：SiteGen 的安装不完整，请重新解压发布包。");
            return ExitCodes.ContentErrors;
        }

        var today = BuildOptions.Today();
        values["today"] = Dates.Iso(today);
        values["today_plus_30"] = Dates.Iso(today.AddDays(30));
        values["year"] = today.Year.ToString(CultureInfo.InvariantCulture);
        values["last_year"] = (today.Year - 1).ToString(CultureInfo.InvariantCulture);
        values["sitegen_version"] = SiteGenVersion.Current;

        Directory.CreateDirectory(target);
        var written = SiteTemplate.Write(templateDir, target, values);
        // The editors' JSON Schemas, from the new site.yml (its columns and topics), as `sitegen schema` writes them.
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigLoader.Load(target, diagnostics);
        if (site is null)
        {
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d);
            return ExitCodes.ContentErrors;
        }
        var schemaDir = Path.Combine(target, "schema");
        Directory.CreateDirectory(schemaDir);
        File.WriteAllText(Path.Combine(schemaDir, SchemaCommand.DocumentFile), FrontMatterSchema.Document(site));
        File.WriteAllText(Path.Combine(schemaDir, SchemaCommand.IssueFile), FrontMatterSchema.Issue());

        var todos = Identity.Where(i => values[i.Key].StartsWith("TODO", StringComparison.Ordinal)).Select(i => "--" + i.Option).ToList();
        stdout.WriteLine($"已新建站点 {target}（{written.Count + 2} 个文件，SiteGen {SiteGenVersion.Current}）。");
        if (todos.Count > 0) stdout.WriteLine($"site.yml 中待填写（TODO）：{string.Join(" ", todos)}；sitegen check 会逐条提示。");
        stdout.WriteLine($"""
            下一步：
              cd {Quote(target)}
              git init && git add . && git commit -m "新建站点"
              sitegen check            # 列出待填写的 TODO 和内容问题
              sitegen serve --watch    # 本机预览：http://localhost:8080/
              sitegen build            # 生成到 public/
            发布：设置 ci/publish.sh 开头说明的变量（SITEGEN_RELEASE、DEPLOY_TARGET 等），CI 会检查、生成、核验并发布。
            """);
        return ExitCodes.Ok;
    }

    private static string Quote(string path) => path.Any(char.IsWhiteSpace) ? $"\"{path}\"" : path;
}
