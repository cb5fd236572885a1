namespace Automation.CommandLine;

/// <summary>How many of the words after an option completion treats as the option's value.</summary>
internal enum CompletionArity
{
    /// <summary>A switch: the next word is a target or another option.</summary>
    None,

    /// <summary>The next word is the value.</summary>
    One,

    /// <summary>Every word up to the next option is a value (<c>--skip</c>, array parameters).</summary>
    Many,
}
