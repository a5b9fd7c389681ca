using SiteGen.Model;

namespace SiteGen.Tests.PolicyLibrary;

/// <summary>文种 from titles. (The browser's 文号 normaliser against DocNumber.cs: Text/DocNumberParityTests.)</summary>
public sealed class PolicyLibraryUnitTests
{
    [Theory]
    [InlineData("示例区人民政府办公室关于印发示例区城镇老旧小区改造实施方案的通知", "通知")]
    [InlineData("示例区促进民营经济发展的若干措施", "措施")]
    [InlineData("示例区政府投资项目管理办法（试行）", "办法")]
    [InlineData("关于进一步优化营商环境的实施意见", "意见")]
    [InlineData("示例区行政规范性文件管理规定（2025年修订）。", "规定")]
    [InlineData("示例区人民政府关于同意设立示例区文化馆分馆的批复", "批复")]
    [InlineData("示例区2025年工作要点", "要点")]
    [InlineData("区长主持召开第12次常务会议", null)]
    public void DocType_IsReadFromTheEndOfTheTitle(string title, string? expected) =>
        Assert.Equal(expected, DocTypes.FromTitle(title));
}
