using System.Text.RegularExpressions;

namespace Automation;

/// <summary>NUKE's way to ask the build-state members about a target: <c>FinishedTargets.Contains(Restore)</c>.</summary>
public static partial class PlannedTargetExtensions
{
    /// <summary>Whether <paramref name="targets"/> hold the target whose property returned <paramref name="target"/>.</summary>
    /// <param name="targets">A build-state list (<see cref="AutomationBuild.FinishedTargets"/>, <see cref="AutomationBuild.InvokedTargets"/>, ...).</param>
    /// <param name="target">A target property's value: <c>Restore</c>.</param>
    /// <returns>True when one of them is that target.</returns>
    public static bool Contains(this IEnumerable<PlannedTarget> targets, Target target)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(target);
        var member = MemberName(target);
        return member is not null && targets.Any(t => string.Equals(t.MemberName, member, StringComparison.Ordinal));
    }

    // A target property returns a new lambda on each call, so the delegate cannot be compared; the compiler names the
    // lambda after the property's getter (<get_Restore>b__12_0, <Automation.Components.ICompile.get_Compile>b__3_0).
    private static string? MemberName(Target target) =>
        LambdaOfGetter().Match(target.Method.Name) is { Success: true } match ? match.Groups["member"].Value : null;

    [GeneratedRegex(@"get_(?<member>\w+)>")]
    private static partial Regex LambdaOfGetter();
}
