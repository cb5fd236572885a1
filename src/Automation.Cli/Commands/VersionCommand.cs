using System.Reflection;
using Automation.Versioning;

namespace Automation.Cli.Commands;

/// <summary><c>automation :version [--json] [--repo &lt;dir&gt;] [--show-variable &lt;Name&gt;] [--allow-shallow]</c>.</summary>
internal static class VersionCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var json = false;
        var allowShallow = false;
        string? repository = null;
        string? variable = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--allow-shallow":
                    allowShallow = true;
                    break;
                case "--repo" when i + 1 < args.Count:
                    repository = args[++i];
                    break;
                case "--show-variable" when i + 1 < args.Count:
                    variable = args[++i];
                    break;
                default:
                    await error.WriteLineAsync($"automation :version: unknown or incomplete option '{args[i]}'.").ConfigureAwait(false);
                    await error.WriteLineAsync(CommandDispatcher.Usage).ConfigureAwait(false);
                    return 2;
            }
        }

        try
        {
            var request = new VersionRequest
            {
                RepositoryDirectory = Path.GetFullPath(repository ?? ".", workingDirectory),
                AllowShallow = allowShallow,
                BranchOverride = environment.TryGetValue("Git_Branch", out var branch) && branch.Length > 0 ? branch : null,
                Environment = environment,
            };
            var version = await VersionCalculator.CalculateAsync(request).ConfigureAwait(false);
            return variable is null ? Print(output, version, json) : PrintVariable(output, error, version, variable);
        }
        catch (VersioningException exception)
        {
            await error.WriteLineAsync($"automation :version: {exception.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    private static int Print(TextWriter output, VersionVariables version, bool json)
    {
        output.WriteLine(json ? version.ToJson() : version.FullSemVer);
        return 0;
    }

    private static int PrintVariable(TextWriter output, TextWriter error, VersionVariables version, string name)
    {
        var property = typeof(VersionVariables).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || property.Name == "EqualityContract")
        {
            var names = typeof(VersionVariables).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);
            error.WriteLine($"automation :version: there is no variable '{name}'. Variables: {string.Join(", ", names)}.");
            return 2;
        }

        output.WriteLine(Convert.ToString(property.GetValue(version), System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }
}
