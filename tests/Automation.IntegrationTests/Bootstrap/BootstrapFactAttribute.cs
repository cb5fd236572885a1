using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Bootstrap;

/// <summary>A fact about the checkout's <c>build.sh</c>: skipped, saying why, until the script exists, and off Linux.</summary>
public sealed class BootstrapFactAttribute : FactAttribute
{
    public BootstrapFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "build.sh is tested on Linux only.";
        }
        else if (Checkout.TryFindRoot() is not { } root || !File.Exists(Path.Combine(root, "build.sh")))
        {
            Skip = "build.sh does not exist in this checkout yet: nothing to test.";
        }
    }
}
