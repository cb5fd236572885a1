namespace Automation.IntegrationTests.Support;

/// <summary>
/// A fact that needs pwsh (see <see cref="Pwsh"/>) on a Unix-like system (its commands are shell scripts); skipped,
/// saying so, otherwise.
/// </summary>
public sealed class PwshFactAttribute : FactAttribute
{
    public PwshFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Needs a Unix-like system: the test's commands are shell scripts.";
        }
        else if (Pwsh.Path is null)
        {
            Skip = Pwsh.Missing;
        }
    }
}
