using System.Xml.Linq;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Sample;

/// <summary>The files of the sample repository: a standalone build project referencing this checkout's engine.</summary>
public static class SampleSources
{
    /// <summary>Empty, so MSBuild stops looking upwards: the sample keeps its own settings wherever the temp folder is.</summary>
    public const string EmptyMsBuildFile = "<Project />\n";

    /// <summary>
    /// The build project, referencing the compiled engine (<see cref="Checkout.CompiledEngine"/>) and the packages the
    /// engine's project references, as a build referencing the Automation package gets them; compiling
    /// src/Automation again for each sample cost about a CPU minute.
    /// </summary>
    public static string Project(string engineAssembly) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <RootNamespace></RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="Automation" HintPath="{engineAssembly}" />
        {EnginePackages()}
          </ItemGroup>
        </Project>
        """;

    private static string EnginePackages() => string.Join(
        '\n',
        XDocument.Load(Checkout.AutomationProject).Descendants("PackageReference")
            .Select(package => $"    <PackageReference Include=\"{package.Attribute("Include")?.Value}\" Version=\"{package.Attribute("Version")?.Value}\" />"));

    public const string Build = """
        using Automation;

        class Build : AutomationBuild
        {
            public static int Main(string[] args) => Execute<Build>(args, x => x.Version);

            [Parameter("Who to greet")]
            readonly string? Name = null;

            [Parameter("Token the leak target tries to print"), Secret]
            readonly string? ApiToken = null;

            Target Version => _ => _
                .Description("Print the .NET SDK version")
                .Executes(ctx => ctx.Run("dotnet", ["--version"]));

            Target Greet => _ => _
                .Description("Greet someone")
                .Requires(() => Name)
                .Executes(ctx => ctx.Info($"Hello, {Name}!"));

            Target Fail => _ => _
                .Description("Fail on purpose")
                .Executes(() => throw new InvalidOperationException("sample failure on purpose"));

            Target Publish => _ => _
                .Description("Depends on fail, so never runs")
                .DependsOn(Fail)
                .Executes(ctx => ctx.Info("publishing"));

            Target Slow => _ => _
                .Description("Sleep for a minute")
                .Executes(ctx => ctx.Run("sleep 60"));

            Target Nap => _ => _
                .Description("Sleep for a minute, alongside slow with --parallel")
                .Executes(ctx => ctx.Run("sleep 59"));

            Target Package => _ => _
                .Description("Depends on slow")
                .DependsOn(Slow)
                .Executes(ctx => ctx.Info("packaging"));

            Target Leak => _ => _
                .Description("Try to print the secret everywhere")
                .Requires(() => ApiToken)
                .Executes(ctx =>
                {
                    ctx.Info($"token={ApiToken}");
                    Console.WriteLine($"console token={ApiToken}");
                    Console.Error.WriteLine($"console error token={ApiToken}");
                    ctx.Run("echo", ["token", ApiToken!]);
                    throw new InvalidOperationException($"rejected token {ApiToken}");
                });

            Target Containerized => _ => _
                .Description("Runs in a container: greets from there")
                .DependsOn(Version)
                .DockerRun(_ => _
                    .SetImage("mcr.microsoft.com/dotnet/sdk:10.0")
                    .SetPlatform("linux/amd64")
                    .SetProcessEnvironmentVariable("API_TOKEN", ApiToken)
                    .SetProcessEnvironmentVariable("SAMPLE_FAIL_INSIDE", Environment.GetEnvironmentVariable("SAMPLE_FAIL_INSIDE")))
                .Executes(ctx =>
                {
                    ctx.Info($"inside for {Environment.GetEnvironmentVariable("AUTOMATION_INTERCEPTED_TARGET")}, the token {(ApiToken is null ? "missing" : "passed")}");
                    if (Environment.GetEnvironmentVariable("SAMPLE_FAIL_INSIDE") == "1")
                    {
                        throw new InvalidOperationException("failed inside the container");
                    }
                });

            Target Cleanup => _ => _
                .Description("Runs after fail and slow, whatever happened")
                .TriggeredBy(Fail, Slow)
                .After(Publish, Package)
                .AssuredAfterFailure()
                .Executes(() =>
                {
                    if (!IsDryRun)
                    {
                        File.WriteAllText(TemporaryDirectory / "cleanup.marker", "cleaned");
                    }
                });
        }
        """;
}
