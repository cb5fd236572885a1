using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Bootstrap;

/// <summary>
/// A theory about the checkout's bootstrap scripts (one row per script, see <see cref="BootstrapScriptAttribute"/>):
/// skipped, saying why, until <c>build.sh</c> exists, and off Linux.
/// </summary>
public sealed class BootstrapTheoryAttribute : TheoryAttribute
{
    public BootstrapTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "The bootstrap scripts are tested on Linux only.";
        }
        else if (Checkout.TryFindRoot() is not { } root || !File.Exists(Path.Combine(root, "build.sh")))
        {
            Skip = "build.sh does not exist in this checkout yet: nothing to test.";
        }
    }
}
