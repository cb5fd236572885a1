using System.Text.RegularExpressions;
using Automation.IntegrationTests.Support;
using Automation.Tests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// SLOW (several minutes): the whole way a new user takes. With the tool installed from this checkout's packages, run <c>automation :setup --yes</c> in a fresh git repository with a library and xunit tests, run its
/// pipeline from a subfolder through the tool, then extend the build (a settings override and an own target after
/// pack) and run that, and show its configuration through the tool (<c>automation :config</c>: every layer's value
/// with its origin, secrets masked). Everything lives in one temp folder, removed afterwards with the test version's
/// cache entries.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class SetupEndToEndTests(InstalledTool tool) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _workspace = new("setup-e2e");

    private string Repository => _workspace.PathOf("repo");

    [LinuxFact]
    [Trait("Category", "Slow")]
    public async Task Slow_end_to_end_setup_in_a_fresh_repository_then_pack_then_extend_the_build_and_show_its_configuration()
    {
        var automation = tool.Automation;
        await CreateRepositoryAsync();

        var setup = (await RunAsync(automation, [":setup", "--yes"], Path.Combine(Repository, "src"))).AssertExitCode(0);
        Assert.Contains("created    build/Build.cs (IClean, ILint, ITest, IReportCoverage, IPack, IVersion, IPublish)", setup.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"Automation.Components\" Version=\"{tool.Version}\" />", File.ReadAllText(Path.Combine(Repository, "build", "_build.csproj")), StringComparison.Ordinal);
        await GitAsync("add", "-A");
        await GitAsync("commit", "-q", "-m", "Automation build");

        // The tool finds the root from a subfolder and runs the repository's build.sh with the arguments.
        var pack = (await RunAsync(automation, ["pack"], Path.Combine(Repository, "tests"))).AssertExitCode(0);
        Assert.Matches(@"(?m)^Tests: 2 passed, 0 failed, 0 skipped", pack.StandardOutput);
        Assert.Contains("Build succeeded", pack.StandardOutput, StringComparison.Ordinal);
        var packages = Path.Combine(Repository, "artifacts", "packages");
        Assert.Single(Directory.GetFiles(packages, "Lib.*.nupkg"), p => Regex.IsMatch(Path.GetFileName(p), @"^Lib\.\d+\.\d+\.\d+.*\.nupkg$"));
        Assert.Single(Directory.GetFiles(packages, "Lib.*.snupkg"));

        // Extending: a settings hook override (no symbols package) and an own target depending on pack.
        var buildClass = Path.Combine(Repository, "build", "Build.cs");
        var text = File.ReadAllText(buildClass).TrimEnd();
        text = Regex.Replace(text, @"(?m)^(?=(?:(?:public|internal|sealed|partial) )*class Build\b)", "[ConfigSection<Build.DeploySettings>(\"deploy\")]\n", RegexOptions.None, TimeSpan.FromSeconds(1));
        File.WriteAllText(buildClass, text[..text.LastIndexOf('}')] + SampleProjects.BuildExtension);
        Directory.Delete(packages, recursive: true);

        var bundle = (await RunAsync("bash", ["build.sh", "bundle", "--skip", "lint", "unit-test", "coverage"], Repository)).AssertExitCode(0);
        Assert.Contains("bundle: 1 package(s)", bundle.StandardOutput, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(packages, "Lib.*.nupkg"));
        Assert.Empty(Directory.GetFiles(packages, "*.snupkg"));

        await ShowConfigurationAsync(automation);
    }

    // Every layer gives one value (the system and user files come from the two variables that name them), the
    // environment a secret parameter and a section key only it sets; the canaries must never show.
    private async Task ShowConfigurationAsync(string automation)
    {
        const string ApiKeyCanary = "canary-api-key-4e1d97b2";
        const string PasswordCanary = "canary-password-8c2f";
        _workspace.Write("machine/system.json", "{\n  \"deploy\": {\n    \"Region\": \"eu-west\"\n  }\n}\n");
        _workspace.Write("home/config.json", "{\n  \"NuGetSource\": \"https://user.example/v3/index.json\",\n  \"deploy\": {\n    \"Hosts\": [\"web1\"]\n  }\n}\n");
        _workspace.Write("repo/.nuke/parameters.json", "{\n  \"$schema\": \"./build.schema.json\",\n  \"Configuration\": \"Debug\",\n  \"deploy\": {\n    \"Url\": \"https://repo.example\"\n  }\n}\n");
        _workspace.Write("repo/.nuke/parameters.ci.json", "{\n  \"deploy\": {\n    \"Hosts\": [\"ci1\", \"ci2\"]\n  }\n}\n");
        _workspace.Write("runtime.json", $"{{\n  \"deploy\": {{\n    \"Password\": \"{PasswordCanary}\"\n  }}\n}}\n");

        // The build's own parameters read variables of their names: those of the machine running the test must not count.
        var parameters = (await RunAsync(automation, [":config", "--json"], Repository)).AssertExitCode(0);
        var environment = ParameterVariables(parameters.StandardOutput).ToDictionary(name => name, string? (_) => null);
        environment["AUTOMATION_SYSTEM_CONFIG"] = _workspace.PathOf("machine/system.json");
        environment["AUTOMATION_USER_CONFIG"] = _workspace.PathOf("home/config.json");
        environment["NUGET_API_KEY"] = ApiKeyCanary;
        environment["AUTOMATION_DEPLOY__TIMEOUT_SECONDS"] = "90";

        var config = (await ChildProcess.RunAsync(
            automation, [":config", "--profile", "ci", "--config-file", "../../runtime.json", "--configuration", "Release"], Path.Combine(Repository, "src"), Timeout, environment)).AssertExitCode(0);

        Assert.DoesNotContain(ApiKeyCanary, config.StandardOutput + config.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswordCanary, config.StandardOutput + config.StandardError, StringComparison.Ordinal);
        ExpectedFile.Match(Normalized(config.StandardOutput), "installed-tool-config");
    }

    // The temp folder's path differs from machine to machine, and so does the width of the origin column it is in:
    // the value lines keep two spaces between origin and value.
    private string Normalized(string output)
    {
        var text = output.Replace(_workspace.Root, "<workspace>", StringComparison.Ordinal).ReplaceLineEndings("\n");
        var values = text.IndexOf("\n\n", StringComparison.Ordinal);
        return values < 0 ? text : text[..values] + Regex.Replace(text[values..], "(?<=\\S) {2,}", "  ", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    // NAME and AUTOMATION_NAME of each parameter (`nuget-api-key` reads NUGET_API_KEY), and any AUTOMATION_ section variable.
    private static IEnumerable<string> ParameterVariables(string json)
    {
        // Whatever the bootstrap script printed before the object (a first compile) is not part of it.
        using var document = System.Text.Json.JsonDocument.Parse(json[Math.Max(0, json.IndexOf("\n{", StringComparison.Ordinal))..]);
        var names = document.RootElement.GetProperty("values").EnumerateArray()
            .Where(v => v.GetProperty("kind").GetString() == "parameter")
            .Select(v => v.GetProperty("key").GetString()!.Replace('-', '_').ToUpperInvariant())
            .SelectMany(name => new[] { name, "AUTOMATION_" + name });
        var sections = Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(name => name.StartsWith("AUTOMATION_", StringComparison.OrdinalIgnoreCase) && name.Contains("__", StringComparison.Ordinal));
        return [.. names.Concat(sections).Distinct(StringComparer.Ordinal)];
    }

    public void Dispose() => _workspace.Dispose();

    private async Task CreateRepositoryAsync()
    {
        var files = new Dictionary<string, string>
        {
            ["src/Lib/Lib.csproj"] = SampleProjects.Library,
            ["src/Lib/Greeter.cs"] = SampleProjects.LibraryCode,
            ["tests/Lib.Tests/Lib.Tests.csproj"] = SampleProjects.Tests,
            ["tests/Lib.Tests/GreeterTests.cs"] = SampleProjects.TestCode,
            ["nuget.config"] = SampleProjects.NuGetConfig(tool.FeedDirectory),
        };
        foreach (var (path, content) in files)
        {
            _workspace.Write(Path.Combine("repo", path), content);
        }

        await GitAsync("init", "-q", "-b", "main");
        (await RunAsync("dotnet", ["new", "sln", "-n", "Sample"], Repository)).AssertExitCode(0);
        (await RunAsync("dotnet", ["sln", "add", "src/Lib/Lib.csproj", "tests/Lib.Tests/Lib.Tests.csproj"], Repository)).AssertExitCode(0);
        await GitAsync("add", "-A");
        await GitAsync("commit", "-q", "-m", "Library and tests");
    }

    private async Task GitAsync(params string[] args) =>
        (await RunAsync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. args], Repository)).AssertExitCode(0);

    private static Task<ProcessResult> RunAsync(string program, string[] args, string workingDirectory) =>
        ChildProcess.RunAsync(program, args, workingDirectory, Timeout);
}
