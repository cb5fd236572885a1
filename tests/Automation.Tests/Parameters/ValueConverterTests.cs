using Automation.Core;
using Automation.Parameters;

namespace Automation.Tests.Parameters;

public sealed class ValueConverterTests
{
    private enum Level
    {
        Low,
        VeryHigh,
    }

    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly int Count = 0;
        [Parameter] readonly bool? Flag = null;
        [Parameter] readonly Level Level = Level.Low;
        [Parameter] readonly long[] Sizes = [];
        [Parameter] readonly AbsolutePath? Output = null;
        [Parameter] readonly double Ratio = 0;

        Target Show => _ => _.Executes(() => Recorded.Values(("a", Count), ("b", Flag), ("c", Level), ("d", Sizes), ("e", Output), ("f", Ratio)));
    }

    private sealed class Unsupported : AutomationBuild
    {
        [Parameter] readonly Uri? Address = null;

        Target Show => _ => _.Executes(() => Recorded.Values(("g", Address)));
    }

    private static readonly IReadOnlyList<ParameterDescriptor> Parameters = ParameterDiscovery.Discover(typeof(Build));

    private static object? Convert(string name, params string[] values) =>
        ValueConverter.Convert(Parameters.Single(p => p.Name == name), new RawValue(values, "--" + name, "/base"));

    private static string Error(string name, params string[] values) => Assert.Throws<UsageException>(() => Convert(name, values)).Message;

    [Theory]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("on", true)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void Bool_words(string text, bool expected) => Assert.Equal(expected, Convert("flag", text));

    [Fact]
    public void Converted_values_have_the_member_type()
    {
        Assert.Equal(7, Convert("count", "7"));
        Assert.Equal(Level.VeryHigh, Convert("level", "very-high"));
        Assert.Equal(new long[] { 1, 2, 3 }, Convert("sizes", "1, 2", "3"));
        Assert.Equal(AbsolutePath.Create("/base/out"), Convert("output", "out"));
        Assert.Equal(0.001, Convert("ratio", "1e-3"));
    }

    [Fact]
    public void A_scalar_takes_exactly_one_value() =>
        Assert.Equal("Parameter --count takes one value, but --count gave 2.", Error("count", "1", "2"));

    [Theory]
    [InlineData("count", "x", "Invalid value 'x' for parameter --count (from --count): expected a whole number (Int32).")]
    [InlineData("count", "3000000000", "Invalid value '3000000000' for parameter --count (from --count): expected a whole number (Int32).")]
    [InlineData("flag", "maybe", "Invalid value 'maybe' for parameter --flag (from --flag): expected true or false.")]
    [InlineData("level", "medium", "Invalid value 'medium' for parameter --level (from --level): expected one of Low, VeryHigh.")]
    [InlineData("ratio", "1,5", "Invalid value '1,5' for parameter --ratio (from --ratio): expected a number, with '.' as decimal point.")]
    [InlineData("sizes", "1,big", "Invalid value 'big' for parameter --sizes (from --sizes): expected a whole number (Int64).")]
    public void Bad_values_name_the_parameter_the_value_and_what_is_accepted(string name, string value, string expected) =>
        Assert.Equal(expected, Error(name, value));

    [Fact]
    public void Unsupported_types_are_a_usage_error_when_the_build_starts_even_without_a_value() =>
        Assert.Contains(
            "Parameter 'Address' has type Uri, which is not supported",
            Assert.Throws<UsageException>(() => ParameterDiscovery.Discover(typeof(Unsupported))).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData(typeof(int), "int")]
    [InlineData(typeof(int?), "int")]
    [InlineData(typeof(string[]), "string[]")]
    [InlineData(typeof(AbsolutePath), "path")]
    [InlineData(typeof(Level), "Low|VeryHigh")]
    public void Display_types(Type type, string expected) => Assert.Equal(expected, ValueConverter.DisplayType(type));
}
