using System.Text.RegularExpressions;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// A repository built with NUKE: its bootstrap scripts, a build/ project referencing Nuke.Common (which this machine
/// cannot restore), its own build/Directory.Build.* files, and values in .nuke/parameters.json (seen: setup kept NUKE's
/// build.sh and said "Next: ./build.sh --help", which ran NUKE and failed).
/// </summary>
public sealed partial class ExistingNukeBuild : RepositoryShape
{
    private const string NukeBuildClass = """
        using Nuke.Common;
        using Nuke.Common.IO;
        using Nuke.Common.Tools.DotNet;
        using static Nuke.Common.Tools.DotNet.DotNetTasks;

        class Build : NukeBuild
        {
            public static int Main() => Execute<Build>(x => x.Compile);

            [Parameter] readonly string Configuration = IsLocalBuild ? "Debug" : "Release";

            AbsolutePath DocsDirectory => RootDirectory / "docs";

            Target Restore => _ => _
                .Executes(() => DotNetRestore());

            Target Compile => _ => _
                .DependsOn(Restore)
                .Executes(() => DotNetBuild(s => s.SetConfiguration(Configuration).EnableNoRestore()));

            Target Docs => _ => _
                .DependsOn(Compile)
                .Executes(() => DocsDirectory.CreateOrCleanDirectory());
        }

        """;

    public override string Name => "an existing NUKE build with parameter values";

    public override (int Passed, int Failed, int Skipped) Tests => (2, 0, 1);

    public override IReadOnlyList<string> Packages => ["Lib"];

    public override IReadOnlyDictionary<string, string> Files(string feed) => new Dictionary<string, string>
    {
        ["README.md"] = ShapeFiles.Readme,
        ["LICENSE"] = ShapeFiles.License,
        ["nuget.config"] = SampleProjects.NuGetConfig(feed),
        [".gitignore"] = ShapeFiles.GitIgnore(ignoresBuildFolders: false) + ".nuke/temp\n",
        [".nuke/parameters.json"] = """
            {
              "$schema": "./build.schema.json",
              "Solution": "Lib.sln",
              "NuGetSource": "artifacts/nuke-feed"
            }

            """,
        ["build.sh"] = "#!/usr/bin/env bash\n# Bootstraps the NUKE build: installs the SDK when needed, then runs build/_build.csproj.\nset -eo pipefail\nexport NUKE_TELEMETRY_OPTOUT=1\nexec dotnet run --project \"$(dirname \"$0\")/build/_build.csproj\" -- \"$@\"\n",
        ["build.ps1"] = "# Bootstraps the NUKE build.\ndotnet run --project \"$PSScriptRoot/build/_build.csproj\" -- $args\nexit $LASTEXITCODE\n",
        ["build.cmd"] = ":; set -eo pipefail\n:; ./build.sh \"$@\"\n:; exit $?\n@ECHO OFF\npowershell -ExecutionPolicy ByPass -NoProfile -File \"%~dp0build.ps1\" %*\n",
        ["build/_build.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <RootNamespace></RootNamespace>
                <NukeRootDirectory>..</NukeRootDirectory>
                <NukeScriptDirectory>..</NukeScriptDirectory>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Nuke.Common" Version="9.0.4" />
              </ItemGroup>
            </Project>

            """,
        ["build/Build.cs"] = NukeBuildClass,
        ["build/Directory.Build.props"] = "<Project>\n  <!-- Keeps the repository's settings out of the build project. -->\n</Project>\n",
        ["build/Directory.Build.targets"] = "<Project>\n</Project>\n",
        ["src/Lib/Lib.csproj"] = ShapeFiles.Library("net10.0"),
        ["src/Lib/Calculator.cs"] = ShapeFiles.LibraryCode("Lib"),
        ["tests/Lib.Tests/Lib.Tests.csproj"] = ShapeFiles.TestProject("../../src/Lib/Lib.csproj"),
        ["tests/Lib.Tests/CalculatorTests.cs"] = ShapeFiles.TestCode("Lib"),
    };

    public override async Task PrepareAsync(SampleRepository repository)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(repository.PathOf("build.sh"), (UnixFileMode)0b111_101_101);
        }

        await CreateSolutionAsync(repository, "Lib.sln", "src/Lib/Lib.csproj", "tests/Lib.Tests/Lib.Tests.csproj", "build/_build.csproj");

        // As NUKE's setup leaves it: the build project is in the solution, but not built with it.
        var solution = repository.Read("Lib.sln");
        var guid = BuildProjectGuid().Match(solution).Groups["guid"].Value;
        repository.Write("Lib.sln", string.Join('\n', solution.Split('\n').Where(line => !(line.Contains(guid, StringComparison.Ordinal) && line.Contains(".Build.0", StringComparison.Ordinal)))));
    }

    public override Task CheckSetupAsync(SampleRepository repository, ProcessResult setup)
    {
        Assert.DoesNotContain("_build.csproj\" -- ", repository.Read("build.sh"), StringComparison.Ordinal);
        var parameters = repository.Read(".nuke/parameters.json");
        Assert.Contains("artifacts/nuke-feed", parameters, StringComparison.Ordinal);
        Assert.Contains("./build.schema.json", parameters, StringComparison.Ordinal);

        // NUKE's build is kept (moved aside, not deleted), and setup names its target that is left to port.
        Assert.Contains(
            Directory.EnumerateFiles(repository.PathOf("build"), "*.cs", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("class Build : NukeBuild", StringComparison.Ordinal));
        Assert.Contains("Docs", setup.StandardOutput, StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    [GeneratedRegex("""_build\.csproj", "(?<guid>\{[^}]+\})""")]
    private static partial Regex BuildProjectGuid();
}
