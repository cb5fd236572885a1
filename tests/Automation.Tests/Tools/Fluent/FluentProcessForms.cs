namespace Automation.Tests.Tools.Fluent;

/// <summary>NUKE's process settings (<c>SetProcessEnvironmentVariable</c>, ...), kept in the <c>Run</c> and <c>ExtraArguments</c> of <see cref="ToolSettings"/>, once for every settings record.</summary>
internal static class FluentProcessForms
{
    public static void Write(FluentCode code, Type settings)
    {
        var run = $"<see cref=\"{settings.Name}.{nameof(ToolSettings.Run)}\"/>";
        code.Method($"Sets an environment variable of the command ({run}'s environment, on top of the build's).", "SetProcessEnvironmentVariable", "string processEnvironmentVariableKey, string? processEnvironmentVariableValue",
            "Run = FluentValue.Environment(settings.Run, e => FluentValue.With(e, processEnvironmentVariableKey, processEnvironmentVariableValue))", "processEnvironmentVariableKey:The variable.", "processEnvironmentVariableValue:Its value; null removes it for the command.");
        code.Method("Adds an environment variable of the command; fails when it is set already.", "AddProcessEnvironmentVariable", "string processEnvironmentVariableKey, string? processEnvironmentVariableValue",
            "Run = FluentValue.Environment(settings.Run, e => FluentValue.Adding(e, processEnvironmentVariableKey, processEnvironmentVariableValue, \"ProcessEnvironmentVariables\"))", "processEnvironmentVariableKey:The variable.", "processEnvironmentVariableValue:Its value.");
        code.Method("Drops an environment variable set for the command (the build's own value applies again).", "RemoveProcessEnvironmentVariable", "string processEnvironmentVariableKey",
            "Run = FluentValue.Environment(settings.Run, e => FluentValue.Without(e, processEnvironmentVariableKey))", "processEnvironmentVariableKey:The variable.");
        code.Method("Sets the command's environment variables (on top of the build's).", "SetProcessEnvironmentVariables", "IReadOnlyDictionary<string, string> processEnvironmentVariables",
            "Run = FluentValue.Environment(settings.Run, _ => processEnvironmentVariables.ToDictionary(v => v.Key, v => (string?)v.Value))", "processEnvironmentVariables:The variables.");
        code.Method("Drops the environment variables set for the command.", "ClearProcessEnvironmentVariables", null,
            "Run = FluentValue.Environment(settings.Run, _ => null)");
        code.Method("Drops the environment variables set for the command.", "ResetProcessEnvironmentVariables", null,
            "Run = FluentValue.Environment(settings.Run, _ => null)");
        code.Method("Sets a time limit in milliseconds, after which the command's process tree is killed.", "SetProcessExecutionTimeout", "int? processExecutionTimeout",
            "Run = (settings.Run ?? new RunOptions()) with { Timeout = processExecutionTimeout is { } ms ? TimeSpan.FromMilliseconds(ms) : null }", "processExecutionTimeout:The limit in milliseconds; null for none.");
        code.Method("Removes the time limit.", "ResetProcessExecutionTimeout", null,
            "Run = (settings.Run ?? new RunOptions()) with { Timeout = null }");
        code.Method("Shows (true) or hides (false) the command's output; it is returned either way.", "SetProcessLogOutput", "bool? processLogOutput",
            "Run = (settings.Run ?? new RunOptions()) with { Hide = processLogOutput == false ? OutputHiding.Both : OutputHiding.None }", "processLogOutput:Whether to show it.");
        code.Method("Shows the command's output.", "EnableProcessLogOutput", null,
            "Run = (settings.Run ?? new RunOptions()) with { Hide = OutputHiding.None }");
        code.Method("Hides the command's output; it is returned either way.", "DisableProcessLogOutput", null,
            "Run = (settings.Run ?? new RunOptions()) with { Hide = OutputHiding.Both }");
        code.Method("Echoes (true) or leaves out (false) the command line.", "SetProcessLogInvocation", "bool? processLogInvocation",
            "Run = (settings.Run ?? new RunOptions()) with { Echo = processLogInvocation != false }", "processLogInvocation:Whether to echo it.");
        code.Method($"Adds arguments the settings do not model, after theirs (<see cref=\"{settings.Name}.{nameof(ToolSettings.ExtraArguments)}\"/>).", "SetProcessArgumentConfigurator", "Func<Arguments, Arguments> processArgumentConfigurator",
            "ExtraArguments = processArgumentConfigurator(new Arguments(settings.ExtraArguments)).Items", "processArgumentConfigurator:Adds the arguments.");
    }
}
