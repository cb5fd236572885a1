namespace Automation.Tests.Support;

/// <summary>A fact that needs a Unix-like system (Linux, macOS); on Windows it shows as skipped, saying what it needs.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    /// <param name="needs">What the test needs from Unix, shown as the reason it was skipped.</param>
    public UnixFactAttribute(string needs)
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = $"Needs a Unix-like system: {needs}.";
        }
    }
}
