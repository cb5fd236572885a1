using System.Reflection;

using Automation.Parameters.Partitions;

namespace Automation;

/// <summary>
/// Fills a <see cref="Partition"/> member with this run's part of <see cref="Total"/> (NUKE's <c>[Partition]</c>):
/// <c>[Partition(2)] readonly Partition TestPartition;</c>. The part is the member's parameter
/// (<c>--test-partition 2</c>, or <c>TEST_PARTITION=2</c>); without it, <c>--partition 2/3</c>, else the part the CI system gives a job it runs
/// <see cref="Total"/> times in parallel (GitLab's <c>parallel:</c>, Azure Pipelines' parallel strategy); else
/// <see cref="Partition.Single"/>, the whole.
/// </summary>
/// <param name="total">How many parts.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class PartitionAttribute(int total) : ValueInjectionAttributeBase
{
    /// <summary>How many parts.</summary>
    public int Total { get; } = total;

    internal override Type? ParameterType => typeof(int?);

    internal override string? ParameterDescription => $"This run's part (1 to {Total}) of the work split over {Total} CI jobs.";

    /// <inheritdoc/>
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (GetParameterValue<int?>(member) is { } part)
        {
            return Partition.Of(part, Total) ?? throw new InvalidOperationException($"--{Core.Naming.ToKebabCase(member.Name)} {part}: the part must be from 1 to {Total}.");
        }

        return CiPartition.Of(Build) is { } ci
            ? ci.Total == Total ? ci : throw new InvalidOperationException($"This run is part {ci} (--partition or the CI system), but [Partition({Total})] on {member.Name} expects {Total} parts: make them the same.")
            : Partition.Single;
    }
}
