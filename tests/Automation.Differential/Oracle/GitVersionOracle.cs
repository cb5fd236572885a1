using System.Diagnostics;
using System.Text.Json;

namespace Automation.Differential.Oracle;

/// <summary>
/// The real GitVersion 6.8.2: the command-line program that the GitVersion.MsBuild package ships in
/// <c>tools/net10.0/gitversion.dll</c>, restored into the normal NuGet package folder (from the configured registry,
/// nothing else) and run with <c>/nocache /output json</c>.
/// </summary>
public sealed class GitVersionOracle
{
    public const string PackageId = "GitVersion.MsBuild";
    public const string PackageVersion = "6.8.2";

    // CI hosts' variables make GitVersion read the branch from them (and write build-server output): the oracle must
    // see the repository the way our engine sees it in the comparison, with no CI host around.
    private static readonly string[] CiVariables =
    [
        "CI", "GITHUB_ACTIONS", "GITHUB_REF", "GITHUB_HEAD_REF", "TF_BUILD", "BUILD_SOURCEBRANCH", "SYSTEM_PULLREQUEST_SOURCEBRANCH",
        "TEAMCITY_VERSION", "GITLAB_CI", "CI_COMMIT_REF_NAME", "JENKINS_URL", "BRANCH_NAME", "GIT_BRANCH", "Git_Branch",
        "APPVEYOR", "TRAVIS", "BITBUCKET_BUILD_NUMBER", "BUILDKITE", "CODEBUILD_BUILD_ID", "DRONE", "SPACE_PROJECT_NAME",
    ];

    private GitVersionOracle(string program) => Program = program;

    /// <summary>The path of <c>gitversion.dll</c>.</summary>
    public string Program { get; }

    /// <summary>
    /// Finds GitVersion 6.8.2 in the NuGet package folder, restoring it there first when it is missing. Returns null,
    /// with the reason in <paramref name="problem"/>, when it cannot be had (no registry that serves it).
    /// </summary>
    public static GitVersionOracle? Locate(out string problem)
    {
        var packages = PackageFolder();
        var program = Path.Combine(packages, PackageId.ToLowerInvariant(), PackageVersion, "tools", "net10.0", "gitversion.dll");
        if (!File.Exists(program))
        {
            var restore = Restore();
            if (!File.Exists(program))
            {
                problem = $"GitVersion {PackageVersion} could not be restored from the NuGet registry ({PackageId}): {restore}";
                return null;
            }
        }

        problem = string.Empty;
        return new GitVersionOracle(program);
    }

    /// <summary>Runs GitVersion on the work tree <paramref name="directory"/> as it is checked out.</summary>
    public async Task<EngineAnswer> RunAsync(string directory, CancellationToken cancellationToken = default)
    {
        var (exitCode, output, error) = await RunProcessAsync("dotnet", [Program, directory, "/nocache", "/output", "json"], directory, cancellationToken).ConfigureAwait(false);
        var start = output.IndexOf('{', StringComparison.Ordinal);
        if (exitCode != 0 || start < 0)
        {
            return EngineAnswer.Failed(FirstErrorLine(output + "\n" + error));
        }

        using var document = JsonDocument.Parse(output[start..]);
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            variables[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => string.Empty,
                JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                _ => property.Value.GetRawText(),
            };
        }

        return EngineAnswer.Of(variables);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string program, IEnumerable<string> arguments, string directory, CancellationToken cancellationToken, string? standardInput = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in CiVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
        }

        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    private static string FirstErrorLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var index = Array.FindIndex(lines, line => line.Contains("ERROR", StringComparison.OrdinalIgnoreCase) || line.Contains("Exception", StringComparison.Ordinal));
        if (index < 0)
        {
            return lines.FirstOrDefault() ?? "GitVersion failed without output.";
        }

        // "An unexpected error occurred:" says nothing by itself: the reason is on the next line.
        return lines[index].EndsWith(':') && index + 1 < lines.Length ? $"{lines[index]} {lines[index + 1]}" : lines[index];
    }

    private static string PackageFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var (exitCode, output, _) = RunProcessAsync("dotnet", ["nuget", "locals", "global-packages", "--list"], Path.GetTempPath(), CancellationToken.None).GetAwaiter().GetResult();
        const string Prefix = "global-packages:";
        var line = output.Split('\n').Select(text => text.Trim()).FirstOrDefault(text => text.StartsWith(Prefix, StringComparison.Ordinal));
        return exitCode == 0 && line is not null
            ? line[Prefix.Length..].Trim()
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    /// <summary>Restores a throw-away project that downloads the package (PackageDownload: no reference, no build).</summary>
    private static string Restore()
    {
        var directory = Directory.CreateTempSubdirectory("gitversion-restore-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "restore.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageDownload Include="{PackageId}" Version="[{PackageVersion}]" /></ItemGroup>
                </Project>
                """);
            var (exitCode, output, error) = RunProcessAsync("dotnet", ["restore", "restore.csproj", "-v", "q"], directory, CancellationToken.None).GetAwaiter().GetResult();
            return exitCode == 0 ? "restored" : $"dotnet restore exited with {exitCode}: {(output + error).Trim()}";
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
