using Automation.Core;
using Automation.Hosts;
using Automation.Output;
using Automation.Tests.Support;

namespace Automation.Tests.Output;

/// <summary>A buffered output (one per target with <c>--parallel</c>) holds everything until released, then writes it whole.</summary>
public sealed class BufferedOutputTests
{
    private readonly StringWriter _writer = new();
    private readonly SecretMasker _masker = new();

    private BuildOutput CreateOutput(string host = "terminal") =>
        new(HostCatalog.Create(host, new Dictionary<string, string>(), new HostOptions(_writer, UseColor: false, new FixedTimeProvider())), _masker, Verbosity.Normal);

    private string Written => _writer.ToString().ReplaceLineEndings("\n");

    [Fact]
    public void Nothing_is_written_until_release()
    {
        using var output = CreateOutput();
        var buffered = output.Buffered();

        buffered.BeginTarget("pack");
        buffered.Info("packing");
        buffered.Warning(new Annotation("careful"));
        Assert.Equal(string.Empty, Written);

        buffered.Release();
        Assert.StartsWith("\n── pack ──", Written, StringComparison.Ordinal);
        Assert.EndsWith("─\npacking\nwarning: careful\n", Written, StringComparison.Ordinal);
    }

    [Fact]
    public void Released_groups_are_whole_whatever_order_they_were_written_in()
    {
        using var output = CreateOutput("github-actions");
        var (left, right) = (output.Buffered(), output.Buffered());

        left.BeginTarget("left");
        right.BeginTarget("right");
        left.Info("left 1");
        right.Info("right 1");
        right.SetOutputVariable("NAME", "value");
        left.Info("left 2");
        left.EndTarget("left");
        right.EndTarget("right");
        right.Release();
        left.Release();

        Assert.Equal("::group::right\nright 1\n::endgroup::\n::group::left\nleft 1\nleft 2\n::endgroup::\n", Written);
    }

    [Fact]
    public void A_secret_registered_while_output_is_held_is_masked_when_it_is_shown()
    {
        using var output = CreateOutput();
        var buffered = output.Buffered();

        buffered.Info("token s3cr3t-value");
        _masker.Add("s3cr3t-value");
        buffered.Release();

        Assert.Equal("token ***\n", Written);
    }

    [Fact]
    public void A_tool_diagnostic_is_annotated_once_across_buffered_outputs()
    {
        using var output = CreateOutput("github-actions");
        const string Diagnostic = "src/A.cs(3,5): warning CS0168: The variable 'x' is declared but never used [src/A.csproj]";

        output.Buffered().ToolLine(Diagnostic);
        var second = output.Buffered();
        second.ToolLine(Diagnostic);
        second.Release();

        Assert.Equal(Diagnostic + "\n", Written);
    }
}
