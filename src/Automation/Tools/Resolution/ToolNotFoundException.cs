namespace Automation;

/// <summary>
/// A tool a target needs could not be found. The message names the tool, lists what was searched (the
/// <c>&lt;TOOL&gt;_EXE</c> variable, the local tool manifest, the build project's <c>PackageDownload</c> items, PATH) and
/// says how to add it. Thrown from <see cref="ITargetContext.ResolveTool"/>; it fails the target (exit code 1).
/// </summary>
public sealed class ToolNotFoundException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public ToolNotFoundException()
        : base("A tool was not found.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was not found and how to add it.</param>
    public ToolNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was not found and how to add it.</param>
    /// <param name="innerException">The cause.</param>
    public ToolNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a named tool.</summary>
    /// <param name="toolName">The tool that was asked for (<c>reportgenerator</c>).</param>
    /// <param name="message">What was searched and how to add it.</param>
    public ToolNotFoundException(string toolName, string message)
        : base(message) => ToolName = toolName;

    /// <summary>The tool that was asked for, when known.</summary>
    public string? ToolName { get; }
}
