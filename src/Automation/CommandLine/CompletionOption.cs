namespace Automation.CommandLine;

/// <summary>An option as completion offers it: <c>--verbosity</c> takes one of quiet, minimal, normal, verbose.</summary>
/// <param name="Name">The option as typed, with its dashes: <c>--verbosity</c>, <c>-v</c>.</param>
/// <param name="Arity">Which following words are its value.</param>
/// <param name="Values">The values worth offering; empty when any text goes (strings, numbers, paths).</param>
internal sealed record CompletionOption(string Name, CompletionArity Arity, IReadOnlyList<string> Values);
