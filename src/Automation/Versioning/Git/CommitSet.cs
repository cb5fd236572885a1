using System.Numerics;

namespace Automation.Versioning.Git;

/// <summary>A set of commits of one <see cref="CommitGraph"/>, as a bitset over the graph's commit positions.</summary>
internal sealed class CommitSet
{
    private readonly ulong[] _bits;

    public CommitSet(int size) => _bits = new ulong[(size + 63) / 64];

    private CommitSet(ulong[] bits) => _bits = bits;

    public bool Contains(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    public void Add(int index) => _bits[index >> 6] |= 1UL << (index & 63);

    public void Remove(int index) => _bits[index >> 6] &= ~(1UL << (index & 63));

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _bits)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>The commits in this set and not in <paramref name="other"/> (a new set).</summary>
    public CommitSet Except(CommitSet? other)
    {
        var result = (ulong[])_bits.Clone();
        if (other is not null)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] &= ~other._bits[i];
            }
        }

        return new CommitSet(result);
    }

    /// <summary>The lowest position in both sets (the newest in graph order), or null when they share none.</summary>
    public int? FirstCommon(CommitSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            var common = _bits[i] & other._bits[i];
            if (common != 0)
            {
                return (i << 6) + BitOperations.TrailingZeroCount(common);
            }
        }

        return null;
    }

    /// <summary>The positions in the set, in ascending order (newest first in graph order).</summary>
    public IEnumerable<int> Indexes()
    {
        for (var word = 0; word < _bits.Length; word++)
        {
            var value = _bits[word];
            while (value != 0)
            {
                var bit = BitOperations.TrailingZeroCount(value);
                yield return (word << 6) + bit;
                value &= value - 1;
            }
        }
    }
}
