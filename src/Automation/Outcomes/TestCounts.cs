namespace Automation;

/// <summary>Counts of tests a target ran, summed over the build for the closing <c>Tests:</c> line.</summary>
/// <param name="Passed">Tests that passed.</param>
/// <param name="Failed">Tests that failed.</param>
/// <param name="Skipped">Tests that were skipped.</param>
public readonly record struct TestCounts(int Passed, int Failed, int Skipped)
{
    /// <summary>Adds two counts.</summary>
    public static TestCounts operator +(TestCounts left, TestCounts right) =>
        new(left.Passed + right.Passed, left.Failed + right.Failed, left.Skipped + right.Skipped);

    /// <summary>Adds two counts.</summary>
    public static TestCounts Add(TestCounts left, TestCounts right) => left + right;

    /// <summary><c>12 passed, 0 failed, 1 skipped</c>.</summary>
    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
