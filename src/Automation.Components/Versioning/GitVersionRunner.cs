using System.Text.Json;
using Automation.Versioning;

namespace Automation.Components;

/// <summary>
/// Runs the real GitVersion (<c>/nocache /output json</c>) on the repository, in the build's environment (so it sees
/// the same CI variables and <c>Git_Branch</c>), and reads its JSON into the same <see cref="VersionVariables"/> the
/// built-in engine gives, so every target and the hand-off to CI stay the same.
/// </summary>
internal static class GitVersionRunner
{
    public static async Task<VersionVariables> CalculateAsync(GitVersionProgram program, string repository, bool allowShallow, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken = default)
    {
        List<string> arguments = [.. program.Arguments, repository, "/nocache", "/output", "json"];
        if (allowShallow)
        {
            arguments.Add("/allowshallow");
        }

        var variables = environment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);
        // A GitVersion package built for an older runtime than the one installed still runs.
        variables.TryAdd("DOTNET_ROLL_FORWARD", "Major");
        variables["DOTNET_NOLOGO"] = "1";
        ProcessOutcome outcome;
        try
        {
            outcome = await ProcessLauncher.RunAsync(program.Program, arguments, new ProcessLaunchOptions
            {
                WorkingDirectory = repository,
                Environment = variables,
                ReplaceEnvironment = true,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ProcessStartException exception)
        {
            throw new VersioningException($"GitVersion ({program.Origin}) could not be started: {exception.Message}");
        }

        var start = outcome.StandardOutput.IndexOf('{', StringComparison.Ordinal);
        if (outcome.ExitCode != 0 || start < 0)
        {
            throw new VersioningException($"GitVersion ({program.Origin}) exited with {outcome.ExitCode}: {Problem(outcome)}");
        }

        try
        {
            return VersionVariables.FromJson(outcome.StandardOutput[start..]);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            throw new VersioningException($"GitVersion ({program.Origin}) printed JSON this build cannot read ({exception.Message}); use a GitVersion 6 release or leave --version-engine out.");
        }
    }

    // GitVersion logs to standard output too: its ERROR line says what went wrong better than the last line.
    private static string Problem(ProcessOutcome outcome)
    {
        var lines = (outcome.StandardOutput + "\n" + outcome.StandardError).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(line => line.Contains("ERROR", StringComparison.OrdinalIgnoreCase))
            ?? lines.LastOrDefault()
            ?? "no output";
    }
}
