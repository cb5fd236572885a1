namespace Automation.SourceGenerators;

/// <summary>A file MSBuild handed the compiler as <c>AdditionalFiles</c> (a solution or <c>.nuke/parameters.json</c>): its full path and text.</summary>
/// <param name="Path">The full path, with forward slashes.</param>
/// <param name="Text">The content, or null when it could not be read.</param>
internal sealed record InputFile(string Path, string? Text);
