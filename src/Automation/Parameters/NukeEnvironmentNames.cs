namespace Automation.Parameters;

/// <summary>
/// The other spellings of a parameter's environment variable that NUKE read: any variable whose name, letters and
/// digits only, equals the parameter's ignoring case, also with NUKE's <c>NUKE_</c> prefix. Workflows NUKE generated
/// pass secrets that way (<c>NuGetApiKey: ${{ secrets.NUGET_API_KEY }}</c>), so a ported build keeps its CI
/// configuration. They come after <c>AUTOMATION_MY_PARAM</c> and <c>MY_PARAM</c>.
/// </summary>
internal static class NukeEnvironmentNames
{
    /// <summary>The variables that spell <paramref name="parameter"/>'s name NUKE's way, set and not empty, in ordinal order.</summary>
    public static IEnumerable<string> Matching(ParameterDescriptor parameter, IReadOnlyDictionary<string, string> environment)
    {
        var exact = new[] { "AUTOMATION_" + parameter.EnvironmentName, parameter.EnvironmentName };
        var name = LettersAndDigits(parameter.Name);
        return environment
            .Where(variable => variable.Value.Length > 0 && !exact.Contains(variable.Key, StringComparer.Ordinal))
            .Select(variable => variable.Key)
            .Where(key => LettersAndDigits(key) is var trimmed
                && (trimmed.Equals(name, StringComparison.OrdinalIgnoreCase)
                    || trimmed.Equals("NUKE" + name, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
    }

    private static string LettersAndDigits(string text) => new(text.Where(char.IsAsciiLetterOrDigit).ToArray());
}
