namespace Automation.IntegrationTests.Tools.DotNet;

/// <summary>The build the tests run in-process against the sample: each target drives one wrapper.</summary>
public sealed class DotNetSampleBuild : AutomationBuild
{
    public const string PackageVersion = "1.2.3-ci.4";

    public const string ApiKey = "local-feed-api-key-0000";

    /// <summary>A package description with every character the property escaping must protect.</summary>
    public const string Description = "Greets people, politely; 100% \"literal\"";

    public const string FormatFailure = "dotnet format failed with a ProcessFailedException";

    private AbsolutePath Solution => RootDirectory / "Sample.slnx";

    private AbsolutePath Library => RootDirectory / "src" / "Sample.Library" / "Sample.Library.csproj";

    private AbsolutePath Artifacts => RootDirectory / "artifacts";

    Target Restore => _ => _
        .Executes(ctx => ctx.DotNetRestore(s => s with { Project = Solution, Verbosity = DotNetVerbosity.Minimal }));

    Target Compile => _ => _
        .DependsOn(Restore)
        .Executes(ctx => ctx.DotNetBuild(s => s with
        {
            Project = Solution,
            Configuration = "Release",
            NoRestore = true,
            NoLogo = true,
            ContinuousIntegrationBuild = true,
        }));

    Target Test => _ => _
        .Executes(ctx => ctx.DotNetTest(s => s with
        {
            Project = Solution,
            Configuration = "Release",
            NoBuild = true,
            Loggers = ["trx;LogFileName=sample.trx"],
            ResultsDirectory = Artifacts / "test-results",
        }));

    Target Pack => _ => _
        .Executes(ctx => ctx.DotNetPack(s => s with
        {
            Project = Library,
            Configuration = "Release",
            NoBuild = true,
            Output = Artifacts / "packages",
            IncludeSymbols = true,
            SymbolPackageFormat = DotNetSymbolPackageFormat.Snupkg,
            Properties = new Dictionary<string, string> { ["Version"] = PackageVersion, ["Description"] = Description },
        }));

    Target Publish => _ => _
        .Executes(ctx => ctx.DotNetPublish(s => s with
        {
            Project = Library,
            Configuration = "Release",
            NoBuild = true,
            Output = Artifacts / "publish",
        }));

    Target Push => _ => _
        .DependsOn(Pack)
        .Executes(ctx =>
        {
            Directory.CreateDirectory(Artifacts / "feed");
            ctx.DotNetNuGetPush(s => s with
            {
                Package = Artifacts / "packages" / $"Sample.Library.{PackageVersion}.nupkg",
                Source = Artifacts / "feed",
                ApiKey = ApiKey,
                SkipDuplicate = true,
            });
        });

    Target ToolRestore => _ => _
        .Executes(ctx => ctx.DotNetToolRestore(s => s with { ToolManifest = RootDirectory / ".config" / "dotnet-tools.json" }));

    Target Format => _ => _
        .Executes(ctx =>
        {
            try
            {
                ctx.DotNetFormat(s => s with { Project = Library, Scope = DotNetFormatScope.Whitespace, VerifyNoChanges = true, NoRestore = true });
            }
            catch (ProcessFailedException exception)
            {
                ctx.Info($"{FormatFailure} (exit code {exception.ExitCode})");
                throw;
            }
        });
}
