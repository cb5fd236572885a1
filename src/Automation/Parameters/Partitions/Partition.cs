using System.ComponentModel;
using System.Globalization;

namespace Automation;

/// <summary>
/// Which part of a job split over several CI agents this run is (NUKE's <c>Partition</c>): part 2 of 3 runs every
/// third item starting with the second, so the agents share a list without talking to each other:
/// <c>Partition.GetCurrent(Solution.GetAllProjects("*.Tests"))</c>. Text form <c>2/3</c>.
/// </summary>
[TypeConverter(typeof(PartitionTypeConverter))]
public sealed class Partition
{
    /// <summary>The whole: part 1 of 1 (every item).</summary>
    public static Partition Single { get; } = new() { Part = 1, Total = 1 };

    /// <summary>This run's part, from 1.</summary>
    public int Part { get; init; }

    /// <summary>How many parts there are.</summary>
    public int Total { get; init; }

    /// <summary>Reads <c>part/total</c> (<c>2/3</c>).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not two whole numbers with 1 ≤ part ≤ total.</exception>
    public static Partition Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var part)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            return Of(part, total) ?? throw new FormatException($"Partition '{text}': the part must be from 1 to the total ({total}).");
        }

        throw new FormatException($"Partition '{text}' is not 'part/total' (e.g. '2/3').");
    }

    /// <summary>Whether this run's part is <paramref name="part"/> (always, when there is one part only).</summary>
    /// <param name="part">A part, from 1.</param>
    public bool IsIn(int part) => Total == 1 || part == Part;

    /// <summary>This run's share of <paramref name="items"/>: every <see cref="Total"/>-th item, starting with item number <see cref="Part"/>.</summary>
    /// <param name="items">The items all parts share.</param>
    public IEnumerable<T> GetCurrent<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where((_, index) => index % Total == Part - 1);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Part}/{Total}";

    /// <summary>Part <paramref name="part"/> of <paramref name="total"/>, or null when that is not a part.</summary>
    internal static Partition? Of(int part, int total) => total >= 1 && part >= 1 && part <= total ? new() { Part = part, Total = total } : null;
}
