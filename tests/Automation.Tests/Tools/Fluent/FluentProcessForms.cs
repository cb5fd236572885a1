namespace Automation.Tests.Tools.Fluent;

/// <summary>NUKE's process settings (<c>SetProcessEnvironmentVariable</c>, ...), kept in the <c>Run</c> and <c>ExtraArguments</c> of <see cref="DotNetSettings"/> and <see cref="ToolSettings"/>.</summary>
internal static class FluentProcessForms
{
    public static void Write(FluentCode code, Type settings)
    {
        var run = $"<see cref=\"{settings.Name}.{nameof(DotNetSettings.Run)}\"/>";
        code.Method($"Sets an environment variable of the command ({run}'s environment, on top of the build's).", "SetProcessEnvironmentVariable", "string name, string? value",
            "Run = FluentValue.Environment(settings.Run, e => FluentValue.With(e, name, value))", "name:The variable.", "value:Its value; null removes it for the command.");
        code.Method("Adds an environment variable of the command; fails when it is set already.", "AddProcessEnvironmentVariable", "string name, string? value",
            "Run = FluentValue.Environment(settings.Run, e => FluentValue.Adding(e, name, value, \"ProcessEnvironmentVariables\"))", "name:The variable.", "value:Its value.");
        code.Method("Drops an environment variable set for the command (the build's own value applies again).", "RemoveProcessEnvironmentVariable", "string name",
            "Run = FluentValue.Environment(settings.Run, e => FluentValue.Without(e, name))", "name:The variable.");
        code.Method("Sets the command's environment variables (on top of the build's).", "SetProcessEnvironmentVariables", "IReadOnlyDictionary<string, string> variables",
            "Run = FluentValue.Environment(settings.Run, _ => variables.ToDictionary(v => v.Key, v => (string?)v.Value))", "variables:The variables.");
        code.Method("Drops the environment variables set for the command.", "ClearProcessEnvironmentVariables", null,
            "Run = FluentValue.Environment(settings.Run, _ => null)");
        code.Method("Drops the environment variables set for the command.", "ResetProcessEnvironmentVariables", null,
            "Run = FluentValue.Environment(settings.Run, _ => null)");
        code.Method("Sets a time limit in milliseconds, after which the command's process tree is killed.", "SetProcessExecutionTimeout", "int? milliseconds",
            "Run = (settings.Run ?? new RunOptions()) with { Timeout = milliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null }", "milliseconds:The limit; null for none.");
        code.Method("Removes the time limit.", "ResetProcessExecutionTimeout", null,
            "Run = (settings.Run ?? new RunOptions()) with { Timeout = null }");
        code.Method("Shows (true) or hides (false) the command's output; it is returned either way.", "SetProcessLogOutput", "bool? value",
            "Run = (settings.Run ?? new RunOptions()) with { Hide = value == false ? OutputHiding.Both : OutputHiding.None }", "value:Whether to show it.");
        code.Method("Shows the command's output.", "EnableProcessLogOutput", null,
            "Run = (settings.Run ?? new RunOptions()) with { Hide = OutputHiding.None }");
        code.Method("Hides the command's output; it is returned either way.", "DisableProcessLogOutput", null,
            "Run = (settings.Run ?? new RunOptions()) with { Hide = OutputHiding.Both }");
        code.Method("Echoes (true) or leaves out (false) the command line.", "SetProcessLogInvocation", "bool? value",
            "Run = (settings.Run ?? new RunOptions()) with { Echo = value != false }", "value:Whether to echo it.");
        code.Method($"Adds arguments the settings do not model, after theirs (<see cref=\"{settings.Name}.{nameof(DotNetSettings.ExtraArguments)}\"/>).", "SetProcessArgumentConfigurator", "Func<Arguments, Arguments> configurator",
            "ExtraArguments = configurator(new Arguments(settings.ExtraArguments)).Items", "configurator:Adds the arguments.");
    }
}
