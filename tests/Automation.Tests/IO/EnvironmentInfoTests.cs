using Automation.Core;

namespace Automation.Tests.IO;

// Each test uses variables of its own name: the environment is the process's, shared by tests running in parallel.
public sealed class EnvironmentInfoTests : IDisposable
{
    private readonly string _name = "AUTOMATION_TEST_" + Guid.NewGuid().ToString("N");

    [Fact]
    public void GetVariable_converts_to_the_asked_type_and_is_default_when_unset()
    {
        Assert.Equal(0, EnvironmentInfo.GetVariable<int>(_name));
        Assert.Null(EnvironmentInfo.GetVariable(_name));

        EnvironmentInfo.SetVariable(_name, "42");

        Assert.Equal(42, EnvironmentInfo.GetVariable<int>(_name));
        Assert.Equal("42", EnvironmentInfo.GetVariable(_name));
        Assert.True(EnvironmentInfo.HasVariable(_name));
    }

    [Fact]
    public void Arrays_split_at_the_separator_and_enums_ignore_case()
    {
        EnvironmentInfo.SetVariable(_name, "linux, osx");

        Assert.Equal([PlatformFamily.Linux, PlatformFamily.OSX], EnvironmentInfo.GetVariable<PlatformFamily[]>(_name, ',')!);
    }

    [Fact]
    public void SetVariable_of_a_collection_joins_it_with_spaces()
    {
        EnvironmentInfo.SetVariable(_name, new[] { 1, 2, 3 });

        Assert.Equal([1, 2, 3], EnvironmentInfo.GetVariable<int[]>(_name)!);
    }

    [Fact]
    public void EnsureVariable_names_the_missing_variable_and_how_to_set_it()
    {
        var error = Assert.Throws<UsageException>(() => EnvironmentInfo.EnsureVariable(_name));

        Assert.Contains($"The environment variable {_name} is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_usage_error_naming_variable_and_value()
    {
        EnvironmentInfo.SetVariable(_name, "many");

        var error = Assert.Throws<UsageException>(() => EnvironmentInfo.EnsureVariable<int>(_name));

        Assert.Contains($"{_name} is 'many', which is not a Int32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_platform_flags_agree_with_the_runtime()
    {
        Assert.Equal(OperatingSystem.IsWindows(), EnvironmentInfo.IsWin);
        Assert.Equal(OperatingSystem.IsLinux(), EnvironmentInfo.IsLinux);
        Assert.Equal(OperatingSystem.IsMacOS(), EnvironmentInfo.IsOsx);
        Assert.Equal(!OperatingSystem.IsWindows(), EnvironmentInfo.IsUnix);
        Assert.Contains(EnvironmentInfo.Paths, p => p.Length > 0);
    }

    public void Dispose() => EnvironmentInfo.RemoveVariable(_name);
}
