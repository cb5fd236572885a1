namespace Automation;

/// <summary>NUKE's <c>CombineWith</c>: several settings objects from one, for the combinatorial forms of the static tool tasks.</summary>
public static class SettingsCombinations
{
    /// <summary>One settings object per item: <c>s.CombineWith(frameworks, (s, f) =&gt; s.SetFramework(f))</c>.</summary>
    /// <typeparam name="TSettings">The settings record.</typeparam>
    /// <typeparam name="TItem">The items combined with.</typeparam>
    /// <param name="settings">The common settings.</param>
    /// <param name="items">The items.</param>
    /// <param name="configure">Applies one item.</param>
    /// <returns>The settings of each run, in the items' order.</returns>
    public static IEnumerable<TSettings> CombineWith<TSettings, TItem>(this TSettings settings, IEnumerable<TItem> items, Func<TSettings, TItem, TSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(configure);
        return [.. items.Select(item => configure(settings, item))];
    }

    /// <summary>One settings object per hook: <c>s.CombineWith(s =&gt; s.SetRuntime("linux-x64"), s =&gt; s.SetRuntime("win-x64"))</c>.</summary>
    /// <typeparam name="TSettings">The settings record.</typeparam>
    /// <param name="settings">The common settings.</param>
    /// <param name="configurators">One hook per run.</param>
    /// <returns>The settings of each run.</returns>
    public static IEnumerable<TSettings> CombineWith<TSettings>(this TSettings settings, params Configure<TSettings>[] configurators)
    {
        ArgumentNullException.ThrowIfNull(configurators);
        return [.. configurators.Select(configure => configure(settings))];
    }

    /// <summary>
    /// Runs <paramref name="run"/> for each settings object, at most <paramref name="degreeOfParallelism"/> at once,
    /// in the running target. Without <paramref name="completeOnFailure"/> the first failure stops the rest from
    /// starting; with it, all run and the failures are thrown together.
    /// </summary>
    internal static IReadOnlyList<(TSettings Settings, IReadOnlyCollection<OutputLine> Output)> Run<TSettings>(
        IEnumerable<TSettings> combinations, Func<TSettings, IReadOnlyCollection<OutputLine>> run, int degreeOfParallelism, bool completeOnFailure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        var all = combinations.ToList();
        var results = new (TSettings, IReadOnlyCollection<OutputLine>)[all.Count];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };

        // Parallel.For flows the execution context, so every run still belongs to the running target.
        Parallel.For(0, all.Count, options, (index, state) =>
        {
            if (!completeOnFailure && !failures.IsEmpty)
            {
                state.Stop();
                return;
            }

            try
            {
                results[index] = (all[index], run(all[index]));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures.Enqueue(exception);
            }
        });

        if (failures.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures.Single());
        }

        return failures.IsEmpty
            ? results
            : throw new AggregateException($"{failures.Count} of {all.Count} runs failed: {string.Join("; ", failures.Select(f => f.Message))}", failures);
    }
}
