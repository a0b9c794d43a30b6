using System.Text.Json.Nodes;
using YamlDotNet.Core;

namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// The schema tests read YAML as an editor does, by the YAML 1.2 core schema; read any other way, they
/// would check different data from what an author's editor checks.
/// </summary>
public sealed class CoreSchemaYamlTests
{
    [Test]
    public void ToJson_PlainAndQuotedScalars_FollowTheYaml12CoreSchema()
    {
        const string Yaml = """
            decimal: 0.8
            integer: 3
            negative: -2
            yes: true
            no: false
            date: 2026-01-01
            version: 1.0.0
            quoted: "0.8"
            single: 'true'
            word: yes
            nothing: ~
            empty:
            list: [document, 2]
            capitalised: True
            octal: 0o17
            hexadecimal: 0x1F
            exponent: 1e3
            literal: |
              12
            tagged: !!str 12
            """;

        var json = CoreSchemaYaml.ToJson(Yaml, "sample")!.AsObject();

        json.ToJsonString().Should().Be("""
            {"decimal":0.8,"integer":3,"negative":-2,"yes":true,"no":false,"date":"2026-01-01","version":"1.0.0","quoted":"0.8","single":"true","word":"yes","nothing":null,"empty":null,"list":["document",2],"capitalised":true,"octal":15,"hexadecimal":31,"exponent":1000,"literal":"12\n","tagged":"12"}
            """);
    }

    [Test]
    public void ToJson_Alias_IsExpanded()
    {
        var json = CoreSchemaYaml.ToJson("a: &x { he: א, en: A }\nb: *x\n", "sample")!;

        json["b"]!["he"]!.GetValue<string>().Should().Be("א");
        json["b"]!["en"]!.GetValue<string>().Should().Be("A");
    }

    [Test]
    public void ToJson_DuplicateKey_Throws()
    {
        var read = () => CoreSchemaYaml.ToJson("a: 1\na: 2\n", "sample");

        read.Should().Throw<YamlException>().WithMessage("*Duplicate key*");
    }

    [TestCase("a: 1\n---\nb: 2\n", TestName = "ToJson_TwoDocuments_Throws")]
    [TestCase("# nothing but a comment\n", TestName = "ToJson_NoDocument_Throws")]
    public void ToJson_NotExactlyOneDocument_Throws(string yaml)
    {
        var read = () => CoreSchemaYaml.ToJson(yaml, "sample");

        read.Should().Throw<FormatException>().WithMessage("sample must hold exactly one YAML document*");
    }

    [Test]
    public void ToJson_UnknownTag_Throws()
    {
        var read = () => CoreSchemaYaml.ToJson("rule: !q.has_plan\n", "sample");

        read.Should().Throw<FormatException>().WithMessage("sample:1:7: unresolved tag !q.has_plan");
    }

    [Test]
    public void ToJson_NumberKey_IsItsJavaScriptText()
    {
        var json = CoreSchemaYaml.ToJson("1.50: a\n0x10: b\n", "sample")!.AsObject();

        json.Select(p => p.Key).Should().Equal("1.5", "16");
    }

    [Test]
    public void ToJson_Scalars_AreJsonNumbersNotStrings()
    {
        var json = CoreSchemaYaml.ToJson("bar: 0.8\n", "sample")!;

        json["bar"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.Number);
        ((JsonObject)json).Should().ContainSingle();
    }
}
