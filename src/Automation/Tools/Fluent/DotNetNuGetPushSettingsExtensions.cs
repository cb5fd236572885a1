using System.Runtime.CompilerServices;

namespace Automation;

/// <summary>NUKE's forms of <c>dotnet nuget push</c> settings whose types differ from ours (written, not generated).</summary>
public static partial class DotNetNuGetPushSettingsExtensions
{
    /// <summary>
    /// Sets <see cref="DotNetNuGetPushSettings.Timeout"/> in whole seconds, as NUKE's <c>int</c> form of
    /// <c>--timeout</c> takes it (<c>s.SetTimeout(600)</c>).
    /// </summary>
    /// <remarks>
    /// NUKE's reset, <c>s.SetTimeout(null)</c>, would fit this form and the generated <see cref="TimeSpan"/> one equally
    /// well; the priority makes the compiler take this one, and both clear the timeout.
    /// </remarks>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The push timeout in seconds; null for NuGet's default (5 minutes).</param>
    /// <returns>Changed settings (records are immutable).</returns>
    [OverloadResolutionPriority(1)]
    public static DotNetNuGetPushSettings SetTimeout(this DotNetNuGetPushSettings settings, int? timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Timeout = timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null };
    }
}
