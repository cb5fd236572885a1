namespace Automation.Differential.Oracle;

/// <summary>What one engine said about one work tree: its variables (each as the text GitVersion's JSON shows, a
/// null number as the empty string), or the error it stopped with.</summary>
public sealed record EngineAnswer(IReadOnlyDictionary<string, string>? Variables, string? Error)
{
    /// <summary>The engine answered with variables.</summary>
    public bool Answered => Variables is not null;

    /// <summary>One variable, or null when the engine did not answer or has no such variable.</summary>
    public string? this[string name] => Variables is not null && Variables.TryGetValue(name, out var value) ? value : null;

    public static EngineAnswer Of(IReadOnlyDictionary<string, string> variables) => new(variables, null);

    public static EngineAnswer Failed(string error) => new(null, error);
}
