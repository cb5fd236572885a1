using System.Text.Json;

namespace Automation.Components;

/// <summary>Where <c>sign-packages</c> takes SignPath's organization, project and policy from, and what is missing.</summary>
internal static class SignPathSettingsReader
{
    /// <summary>NUKE's JSON spelling, any case.</summary>
    public static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// The parameter's value (environment, command line), else the <c>SignPathSettings</c> object of
    /// <c>.nuke/parameters.json</c> (a section, as the configuration reads objects); a missing part fails naming where to add it.
    /// </summary>
    public static ISignPackages.SignPathSettings Read(ISignPackages.SignPathSettings? parameter, ITargetContext context)
    {
        const string section = ISignPackages.SignPath + nameof(ISignPackages.Settings);
        var settings = parameter ?? context.Config<ISignPackages.SignPathSettings>(section);
        var missing = new[]
            {
                (Name: nameof(ISignPackages.SignPathSettings.OrganizationId), Value: settings?.OrganizationId),
                (Name: nameof(ISignPackages.SignPathSettings.ProjectSlug), Value: settings?.ProjectSlug),
                (Name: nameof(ISignPackages.SignPathSettings.PolicySlug), Value: settings?.PolicySlug),
            }
            .Where(part => string.IsNullOrWhiteSpace(part.Value))
            .Select(part => part.Name)
            .ToList();
        return missing.Count == 0
            ? settings!
            : throw new InvalidOperationException(
                $"Signing with SignPath needs {string.Join(", ", missing)} in {section}: add \"{section}\": {{ \"OrganizationId\": \"…\", \"ProjectSlug\": \"…\", \"PolicySlug\": \"…\" }} to .nuke/parameters.json (or give that JSON as the environment variable {section}).");
    }
}
