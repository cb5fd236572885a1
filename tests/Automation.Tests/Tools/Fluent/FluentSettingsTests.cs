using System.Reflection;
using System.Runtime.CompilerServices;

namespace Automation.Tests.Tools.Fluent;

/// <summary>NUKE's fluent settings forms exist for every property of every settings record, and the generated files are current.</summary>
public sealed class FluentSettingsTests
{
    public static TheoryData<string> SettingsTypes => [.. FluentSettingsModel.SettingsTypes.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(SettingsTypes))]
    public void Every_settings_property_has_NUKEs_forms(string typeName)
    {
        var settings = FluentSettingsModel.SettingsTypes.Single(t => t.Name == typeName);
        var extensions = typeof(DotNetSettings).Assembly.GetType($"Automation.{FluentSettingsModel.ExtensionsClass(settings)}");
        Assert.True(extensions is not null, $"No Automation.{FluentSettingsModel.ExtensionsClass(settings)}: regenerate the fluent forms (see {nameof(The_generated_forms_are_current)}).");
        var methods = extensions.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.IsDefined(typeof(ExtensionAttribute)) && m.GetParameters()[0].ParameterType == settings && m.ReturnType == settings)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        var missing = FluentSettingsModel.Properties(settings)
            .SelectMany(p => FluentSettingsModel.Names(p).SelectMany(name => FluentSettingsModel.RequiredMethods(FluentSettingsModel.KindOf(p), name)))
            .Where(method => !methods.Contains(method))
            .ToList();

        Assert.True(missing.Count == 0, $"{typeName} lacks the fluent forms {string.Join(", ", missing)}: regenerate with AUTOMATION_UPDATE_EXPECTED=1.");
    }

    [Theory]
    [MemberData(nameof(SettingsTypes))]
    public void The_generated_forms_are_current(string typeName)
    {
        var settings = FluentSettingsModel.SettingsTypes.Single(t => t.Name == typeName);
        var path = Path.Combine(SourceFolder(), FluentSettingsSource.FileName(settings));
        var generated = FluentSettingsSource.Generate(settings);
        if (Environment.GetEnvironmentVariable("AUTOMATION_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"Missing {path}: run the test with AUTOMATION_UPDATE_EXPECTED=1 to generate it.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == generated, $"{path} is stale: regenerate it with AUTOMATION_UPDATE_EXPECTED=1 (dotnet test tests/Automation.Tests --filter FullyQualifiedName~FluentSettings) and rebuild.");
    }

    // From the test assembly's folder, not [CallerFilePath]: a CI build maps source paths to /_/.
    private static string SourceFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Automation.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Automation", "Tools", "Fluent");
            }
        }

        throw new InvalidOperationException($"No Automation.sln above {AppContext.BaseDirectory}.");
    }
}
