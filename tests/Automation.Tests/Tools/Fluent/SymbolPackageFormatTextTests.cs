using Automation.Core;

namespace Automation.Tests.Tools.Fluent;

/// <summary>NUKE 6's symbol package formats converted from text: <c>.SetSymbolPackageFormat("snupkg")</c> (AngleSharp.Css's build).</summary>
public sealed class SymbolPackageFormatTextTests
{
    [Fact]
    public void Nuget_pack_takes_the_format_by_its_text()
    {
        var pack = new NuGetPackSettings().SetTargetPath("a.nuspec").SetSymbols(true).SetSymbolPackageFormat("snupkg");

        Assert.Equal(["pack", "a.nuspec", "-Symbols", "-SymbolPackageFormat", "snupkg"], pack.ToArguments());
        Assert.Equal(NuGetSymbolPackageFormat.SymbolsNupkg, pack.SetSymbolPackageFormat("Symbols.Nupkg").SymbolPackageFormat);
        Assert.Null(pack.SetSymbolPackageFormat(null).SymbolPackageFormat);
    }

    [Fact]
    public void Dotnet_pack_takes_the_format_by_its_text()
    {
        var pack = new DotNetPackSettings().SetSymbolPackageFormat("symbols.nupkg");

        Assert.Equal(DotNetSymbolPackageFormat.SymbolsNupkg, pack.SymbolPackageFormat);
        Assert.Equal(DotNetSymbolPackageFormat.Snupkg, pack.SetSymbolPackageFormat("snupkg").SymbolPackageFormat);
    }

    [Fact]
    public void Another_text_is_a_usage_error_naming_the_formats()
    {
        var nuget = Assert.Throws<UsageException>(() => new NuGetPackSettings().SetSymbolPackageFormat("zip"));
        var dotnet = Assert.Throws<UsageException>(() => new DotNetPackSettings().SetSymbolPackageFormat("zip"));

        Assert.Equal("'zip' is not a symbol package format of nuget pack: use \"snupkg\" or \"symbols.nupkg\".", nuget.Message);
        Assert.Contains("of dotnet pack", dotnet.Message, StringComparison.Ordinal);
    }
}
