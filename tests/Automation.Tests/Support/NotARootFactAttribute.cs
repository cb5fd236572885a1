namespace Automation.Tests.Support;

/// <summary>
/// A fact about a directory that must not be a repository root: skipped, saying so, on a machine where it holds a
/// <c>.nuke/</c> folder or a <c>.git</c> (a container whose <c>/</c> is a checkout, say).
/// </summary>
public sealed class NotARootFactAttribute : FactAttribute
{
    public NotARootFactAttribute(string directory)
    {
        if (Directory.Exists(Path.Combine(directory, ".nuke")) || Path.Exists(Path.Combine(directory, ".git")))
        {
            Skip = $"Needs {directory} not to be a repository root, but this machine made it one (it holds .nuke/ or .git).";
        }
    }
}
