namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetPackSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["pack"], new DotNetPackSettings().ToArguments());

    [Fact]
    public void A_release_package_with_snupkg_symbols_renders_as_expected()
    {
        var settings = new DotNetPackSettings
        {
            Project = "src/Lib/Lib.csproj",
            Configuration = "Release",
            Output = "artifacts/packages",
            NoBuild = true,
            PackageVersion = "1.2.3-beta.4",
            IncludeSymbols = true,
            SymbolPackageFormat = DotNetSymbolPackageFormat.Snupkg,
            ContinuousIntegrationBuild = true,
            Properties = new Dictionary<string, string> { ["RepositoryCommit"] = "abc123" },
        };

        Assert.Equal(
            [
                "pack", "src/Lib/Lib.csproj", "--configuration", "Release", "--output", "artifacts/packages", "--no-build", "--include-symbols",
                "-p:ContinuousIntegrationBuild=true", "-p:PackageVersion=1.2.3-beta.4", "-p:SymbolPackageFormat=snupkg", "-p:RepositoryCommit=abc123",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Every_other_option_renders()
    {
        var settings = new DotNetPackSettings
        {
            NoRestore = true,
            NoDependencies = true,
            VersionSuffix = "ci.7",
            IncludeSource = true,
            Serviceable = true,
            UseCurrentRuntime = true,
            SymbolPackageFormat = DotNetSymbolPackageFormat.SymbolsNupkg,
            Verbosity = DotNetVerbosity.Minimal,
        };

        Assert.Equal(
            ["pack", "--no-restore", "--no-dependencies", "--version-suffix", "ci.7", "--include-source", "--serviceable", "--use-current-runtime", "--verbosity", "minimal", "-p:SymbolPackageFormat=symbols.nupkg"],
            settings.ToArguments());
    }

    [Fact]
    public void Properties_given_explicitly_come_after_the_typed_ones_so_they_win() =>
        Assert.Equal(
            ["pack", "-p:PackageVersion=1.0.0", "-p:PackageVersion=2.0.0"],
            new DotNetPackSettings { PackageVersion = "1.0.0", Properties = new Dictionary<string, string> { ["PackageVersion"] = "2.0.0" } }.ToArguments());
}
