namespace Automation;

/// <summary>The stream an <see cref="OutputLine"/> came from.</summary>
public enum OutputType
{
    /// <summary>Standard output.</summary>
    Std,

    /// <summary>Standard error.</summary>
    Err,
}
