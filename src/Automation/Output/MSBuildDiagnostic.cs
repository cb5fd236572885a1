namespace Automation;

/// <summary>
/// A warning or error a command printed in MSBuild's canonical format, which the compiler, NuGet, MSBuild and most .NET
/// tools use: <c>src/A.cs(12,5): error CS0103: The name 'x' does not exist [/repo/A.csproj]</c>. The engine turns these
/// into the CI host's annotations; <see cref="CommandResult.Diagnostics"/> gives them to targets (to count warnings, or
/// name the first error).
/// </summary>
/// <param name="IsError">An error (else a warning).</param>
/// <param name="Code">The code, e.g. <c>CS0103</c>.</param>
/// <param name="Message">The message, without the project in brackets MSBuild appends.</param>
/// <param name="File">The file it is about, as printed (relative or absolute), or null for a tool (<c>CSC : error ...</c>).</param>
/// <param name="Line">The line, when printed.</param>
/// <param name="Column">The column, when printed.</param>
public sealed record MSBuildDiagnostic(bool IsError, string Code, string Message, string? File, int? Line, int? Column);
