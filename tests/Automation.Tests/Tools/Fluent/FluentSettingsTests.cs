using System.Reflection;
using System.Runtime.CompilerServices;

namespace Automation.Tests.Tools.Fluent;

/// <summary>NUKE's fluent settings forms exist for every property of every settings record, and the generated files are current.</summary>
public sealed class FluentSettingsTests
{
    public static TheoryData<string> SettingsTypes => [.. FluentSettingsModel.SettingsTypes.Select(t => t.Name)];

    public static TheoryData<string> ExtendedTypes => [.. FluentSettingsModel.ExtendedTypes.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(SettingsTypes))]
    public void Every_settings_property_has_NUKEs_forms(string typeName)
    {
        var settings = FluentSettingsModel.SettingsTypes.Single(t => t.Name == typeName);
        var methods = ApplicableForms(settings).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        var required = FluentSettingsModel.Properties(settings)
            .SelectMany(p => FluentSettingsModel.Names(p).SelectMany(name => FluentSettingsModel.RequiredMethods(FluentSettingsModel.KindOf(p), name)));
        if (settings.IsSubclassOf(typeof(ToolSettings)))
        {
            required = required.Concat(["SetProcessEnvironmentVariable", "SetProcessExecutionTimeout", "SetProcessLogOutput", "DisableProcessLogOutput", "SetProcessLogInvocation", "SetProcessArgumentConfigurator"]);
        }

        var missing = required.Where(method => !methods.Contains(method)).ToList();

        Assert.True(missing.Count == 0, $"{typeName} lacks the fluent forms {string.Join(", ", missing)}: regenerate with AUTOMATION_UPDATE_EXPECTED=1.");
    }

    [Theory]
    [MemberData(nameof(ExtendedTypes))]
    public void The_generated_forms_are_current(string typeName)
    {
        var settings = FluentSettingsModel.ExtendedTypes.Single(t => t.Name == typeName);
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

    [Fact]
    public void Every_generated_file_belongs_to_a_settings_type()
    {
        var expected = FluentSettingsModel.ExtendedTypes.Select(FluentSettingsSource.FileName).ToHashSet(StringComparer.Ordinal);

        var strays = Directory.GetFiles(SourceFolder(), "*.g.cs").Select(Path.GetFileName).Where(name => !expected.Contains(name!)).ToList();

        Assert.True(strays.Count == 0, $"Generated files no settings type has (delete them): {string.Join(", ", strays)}.");
    }

    // The extension methods a NUKE-style chain on `settings` binds to: the record's own, and its bases' generic ones
    // that, closed over the record, take and return it.
    private static IEnumerable<MethodInfo> ApplicableForms(Type settings) =>
        new[] { settings }.Concat(FluentSettingsModel.Bases(settings))
            .Select(t => typeof(ToolSettings).Assembly.GetType($"Automation.{FluentSettingsModel.ExtensionsClass(t)}"))
            .OfType<Type>()
            .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute)))
            .Select(m => Closed(m, settings))
            .OfType<MethodInfo>()
            .Where(m => m.GetParameters()[0].ParameterType == settings && m.ReturnType == settings);

    private static MethodInfo? Closed(MethodInfo method, Type settings)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return method;
        }

        var parameters = method.GetGenericArguments();
        return parameters.Length == 1 && parameters[0].GetGenericParameterConstraints().All(c => c.IsAssignableFrom(settings))
            ? method.MakeGenericMethod(settings)
            : null;
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
