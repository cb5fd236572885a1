using System.ComponentModel;
using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>How a command's process is set up (nothing is started here): streams, arguments, directory and environment.</summary>
public sealed class ProcessStartTests
{
    private static readonly string Directory = Path.GetTempPath();

    private static readonly CommandScope NoScope = new(AbsolutePath.Create(Directory), new Dictionary<string, string?>());

    [Fact]
    public void Output_is_always_redirected_and_input_only_when_there_is_something_to_write()
    {
        var plain = ProcessStart.Create("tool", [], Directory, new RunOptions(), NoScope);
        var withInput = ProcessStart.Create("tool", [], Directory, new RunOptions { StandardInput = "x" }, NoScope);
        var withResponder = ProcessStart.Create("tool", [], Directory, new RunOptions { Responders = [new Responder("y/n", "y")] }, NoScope);

        Assert.True(plain.RedirectStandardOutput && plain.RedirectStandardError);
        Assert.False(plain.UseShellExecute);
        Assert.False(plain.RedirectStandardInput);
        Assert.True(withInput.RedirectStandardInput);
        Assert.True(withResponder.RedirectStandardInput);
    }

    [Fact]
    public void Arguments_are_passed_as_they_are_and_the_directory_as_given()
    {
        string[] arguments = ["a b", "", "\"q\"", "$HOME", "*"];

        var info = ProcessStart.Create("tool", arguments, Directory, new RunOptions(), NoScope);

        Assert.Equal(arguments, info.ArgumentList);
        Assert.Equal(Directory, info.WorkingDirectory);
    }

    [Fact]
    public void Scope_variables_are_merged_and_options_win_over_the_scope()
    {
        var inherited = Inherited();
        var scope = NoScope.WithVariables(new Dictionary<string, string?> { ["SCOPE_ONLY"] = "s", ["BOTH"] = "scope", [inherited] = null });
        var options = new RunOptions { Environment = new Dictionary<string, string?> { ["BOTH"] = "options", ["OPTIONS_ONLY"] = "o" } };

        var environment = ProcessStart.Create("tool", [], Directory, options, scope).Environment;

        Assert.Equal("s", environment["SCOPE_ONLY"]);
        Assert.Equal("options", environment["BOTH"]);
        Assert.Equal("o", environment["OPTIONS_ONLY"]);
        Assert.False(environment.ContainsKey(inherited));
        Assert.True(environment.ContainsKey("PATH"));
    }

    [Fact]
    public void Null_in_the_options_removes_a_variable_the_scope_set()
    {
        var scope = NoScope.WithVariables(new Dictionary<string, string?> { ["X"] = "1" });

        var info = ProcessStart.Create("tool", [], Directory, new RunOptions { Environment = new Dictionary<string, string?> { ["X"] = null } }, scope);

        Assert.False(info.Environment.ContainsKey("X"));
    }

    [Fact]
    public void ReplaceEnvironment_keeps_only_the_given_variables()
    {
        var scope = NoScope.WithVariables(new Dictionary<string, string?> { ["SCOPE_ONLY"] = "s" });
        var options = new RunOptions { ReplaceEnvironment = true, Environment = new Dictionary<string, string?> { ["ONLY"] = "1", ["GONE"] = null } };

        var info = ProcessStart.Create("tool", [], Directory, options, scope);

        Assert.Equal(new Dictionary<string, string?> { ["ONLY"] = "1" }, info.Environment.ToDictionary(e => e.Key, e => e.Value));
    }

    [Fact]
    public void Program_not_found_names_it_and_every_PATH_directory_searched()
    {
        var info = ProcessStart.Create("no-such-tool", [], Directory, new RunOptions(), NoScope);
        info.Environment["PATH"] = string.Join(Path.PathSeparator, "/opt/a", "/opt/b", string.Empty, "/opt/c");

        var message = ProcessStart.NotFoundMessage("no-such-tool", info, new RunOptions(), new Win32Exception(2));

        Assert.Equal(
            "Could not start 'no-such-tool': it was not found (searched PATH: /opt/a, /opt/b, /opt/c). Install it, add its folder to PATH, or give its full path.",
            message);
    }

    [Fact]
    public void Program_not_found_with_a_replaced_environment_says_PATH_is_empty()
    {
        var options = new RunOptions { ReplaceEnvironment = true };
        var info = ProcessStart.Create("no-such-tool", [], Directory, options, NoScope);

        var message = ProcessStart.NotFoundMessage("no-such-tool", info, options, new Win32Exception(2));

        Assert.Contains("'no-such-tool': it was not found (PATH is empty (the environment was replaced))", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_program_given_by_path_names_the_full_path_looked_at()
    {
        var info = ProcessStart.Create("./scripts/missing.sh", [], Directory, new RunOptions(), NoScope);

        var message = ProcessStart.NotFoundMessage("./scripts/missing.sh", info, new RunOptions(), new Win32Exception(2));

        Assert.Equal($"Could not start './scripts/missing.sh': there is no file at {Path.Combine(Directory, "scripts", "missing.sh")}.", message);
    }

    // Any variable this process has, to see it removed.
    private static string Inherited() =>
        System.Environment.GetEnvironmentVariables().Keys.Cast<string>().First(k => k != "PATH");
}
