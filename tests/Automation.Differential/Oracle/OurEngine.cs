using System.Globalization;
using System.Reflection;
using Automation.Versioning;

namespace Automation.Differential.Oracle;

/// <summary>Our engine through its public entry point, <see cref="VersionCalculator"/>, answering in GitVersion's terms.</summary>
public static class OurEngine
{
    private static readonly PropertyInfo[] Properties = typeof(VersionVariables).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static EngineAnswer Run(string directory)
    {
        try
        {
            return EngineAnswer.Of(ToDictionary(VersionCalculator.Calculate(new VersionRequest { RepositoryDirectory = directory })));
        }
        catch (VersioningException exception)
        {
            return EngineAnswer.Failed(exception.Message);
        }
    }

    /// <summary>Every public variable by its name, formatted as GitVersion's JSON shows it.</summary>
    public static SortedDictionary<string, string> ToDictionary(VersionVariables variables)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            result[property.Name] = Convert.ToString(property.GetValue(variables), CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return result;
    }
}
