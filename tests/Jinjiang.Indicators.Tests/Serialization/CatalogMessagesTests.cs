using System.Reflection;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The problem texts of catalogs, target definitions, breakdowns and scorecards are named templates, each with its Chinese.</summary>
public class CatalogMessagesTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(CatalogMessages).GetFields(BindingFlags.Static | BindingFlags.NonPublic).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        data.Add(CatalogMessages.WrongType("The JSON value could not be converted to System.String."));
        data.Add(CatalogMessages.LeftOut("A delivery target needs an amount."));
        data.Add(CatalogMessages.NameRequired("nameZh", chinese: true));
        data.Add(CatalogMessages.NameRequired("name", chinese: false));
        data.Add(CatalogMessages.ReadableFieldDisagrees("deadline", "2023-12-31", "2025-12-31"));
        data.Add(CatalogMessages.EntriesLeftOut(2, 10, 8));
        data.Add(CatalogMessages.NodeAfterDeadline("2023-12-31"));
        data.Add(CatalogMessages.NodeKind("length", "area"));
        data.Add(CatalogMessages.OneOf(["met", "not-met"]));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryTemplate_HasItsChinese(string message)
    {
        Assert.True(ProblemTextChinese.Knows(message), message);
        Assert.NotEqual(message, ProblemTextChinese.Translate(message));
    }

    [Fact]
    public void TheChineseOfATemplate_KeepsItsFigures()
    {
        Assert.Equal("10个条目中2个有问题未读入，其余8个已读入。", ProblemTextChinese.Translate(CatalogMessages.EntriesLeftOut(2, 10, 8)));
        Assert.Equal("节点晚于期限2023-12-31。", ProblemTextChinese.Translate(CatalogMessages.NodeAfterDeadline("2023-12-31")));
        Assert.Equal("缺少中文名称（nameZh）。", ProblemTextChinese.Translate(CatalogMessages.NameRequired("nameZh", chinese: true)));
    }

    [Theory]
    [InlineData("""{"formatVersion":"2.0","indicators":[{"id":"Bad Id","name":"Greenway","nameZh":"绿道","valueType":"length","definition":{"type":"delivery","value":{"value":15,"unit":"km"},"start":"2023-01-01","deadline":"2023-12-31"}}]}""", nameof(CatalogMessages.IdFormat))]
    [InlineData("""{"formatVersion":"2.0","indicators":[{"id":"greenway","name":"Greenway","nameZh":"绿道","valueType":"length","definition":{"type":"delivery","value":{"value":15,"unit":"km"},"start":"2023-01-01","deadline":"2022-12-31"}}]}""", nameof(CatalogMessages.DeadlineBeforeStart))]
    [InlineData("""{"formatVersion":"2.0","indicators":[{"id":"greenway","name":"Greenway","nameZh":"绿道","valueType":"length","definition":{"type":"teleport","start":"2023-01-01","deadline":"2023-12-31"}}]}""", nameof(CatalogMessages.TargetType))]
    [InlineData("""{"formatVersion":"2.0","indicators":[{"id":"greenway","name":"Greenway","nameZh":"绿道","valueType":"length","commitment":"maybe","definition":{"type":"delivery","value":{"value":15,"unit":"km"},"start":"2023-01-01","deadline":"2023-12-31"}}]}""", nameof(CatalogMessages.CommitmentFormat))]
    [InlineData("""{"formatVersion":"2.0","indicators":[{"id":"greenway","name":"Greenway","nameZh":"绿道","valueType":"length","definition":{"type":"delivery","value":{"value":15,"unit":"furlong"},"start":"2023-01-01","deadline":"2023-12-31"}}]}""", nameof(CatalogMessages.UnknownUnit))]
    public void ACatalogProblem_IsItsNamedTemplate(string json, string template)
    {
        var read = CatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "c.json");
        var expected = (string)typeof(CatalogMessages).GetField(template, BindingFlags.Static | BindingFlags.NonPublic)!.GetRawConstantValue()!;

        Assert.Contains(read.Problems, p => p.Message == expected);
    }
}
