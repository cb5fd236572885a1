using System.Globalization;

namespace Automation.Parameters.Partitions;

/// <summary>The part a CI system gives each copy of a job it runs several times in parallel.</summary>
internal static class CiPartition
{
    /// <summary>The part of <paramref name="build"/>'s run: <c>--partition</c>, else what <see cref="From"/> finds in its environment.</summary>
    /// <exception cref="FormatException">A partition variable that is not <c>part/total</c>.</exception>
    public static Partition? Of(IAutomationBuild build) =>
        (build as IGivenPartition)?.GivenPartition ?? From(build.EnvironmentVariables);

    /// <summary>
    /// <c>AUTOMATION_PARTITION</c> or <c>PARTITION</c> (<c>2/3</c>); else GitLab's <c>parallel:</c>
    /// (<c>CI_NODE_INDEX</c>/<c>CI_NODE_TOTAL</c>) or Azure Pipelines' parallel strategy
    /// (<c>SYSTEM_JOBPOSITIONINPHASE</c>/<c>SYSTEM_TOTALJOBSINPHASE</c>); null when none says.
    /// </summary>
    /// <exception cref="FormatException">A partition variable that is not <c>part/total</c>.</exception>
    public static Partition? From(IReadOnlyDictionary<string, string> environment)
    {
        foreach (var name in (string[])["AUTOMATION_PARTITION", "PARTITION"])
        {
            if (environment.TryGetValue(name, out var text) && text.Length > 0)
            {
                try
                {
                    return Partition.Parse(text);
                }
                catch (FormatException exception)
                {
                    throw new FormatException($"{name}: {exception.Message}", exception);
                }
            }
        }

        return Pair(environment, "CI_NODE_INDEX", "CI_NODE_TOTAL") ?? Pair(environment, "SYSTEM_JOBPOSITIONINPHASE", "SYSTEM_TOTALJOBSINPHASE");
    }

    private static Partition? Pair(IReadOnlyDictionary<string, string> environment, string partVariable, string totalVariable) =>
        environment.TryGetValue(partVariable, out var part) && environment.TryGetValue(totalVariable, out var total)
        && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var p)
        && int.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? Partition.Of(p, t)
            : null;
}
