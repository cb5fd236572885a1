namespace Automation.Parameters.Partitions;

/// <summary>
/// The part given on the command line (<c>--partition 2/3</c>), which the build knows and the partition lookups below
/// it do not: implemented by the build class, as <see cref="IComponentParameterStore"/> is.
/// </summary>
internal interface IGivenPartition
{
    /// <summary>The part given with <c>--partition</c>, or null.</summary>
    Partition? GivenPartition { get; }
}
