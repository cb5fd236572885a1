namespace Automation.CommandLine;

/// <summary>
/// The words that may come next on a build's command line, read the way <see cref="CommandLineParser"/> reads it:
/// after an option that takes a value, its values (enum members, targets for <c>--skip</c>); after a dash, options and
/// parameters; otherwise targets not typed yet.
/// </summary>
internal static class CompletionCandidates
{
    /// <param name="catalog">The build's targets and options.</param>
    /// <param name="words">The words after the command, the last being the one under the cursor (empty for a new word).</param>
    public static IReadOnlyList<string> For(CompletionCatalog catalog, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(words);
        var current = words.Count > 0 ? words[^1] : string.Empty;
        var before = words.Take(Math.Max(0, words.Count - 1)).ToList();
        // pyinvoke's rule: options after a target's name include that target's own arguments.
        var target = before.LastOrDefault(w => catalog.Targets.Contains(w, StringComparer.OrdinalIgnoreCase));
        var options = catalog.OptionsAfter(target).ToList();

        if (current.StartsWith('-'))
        {
            var equals = current.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                // --name=val: complete the value, keeping the prefix so the shell replaces the whole word.
                var option = Find(options, current[..equals]);
                var prefix = current[..(equals + 1)];
                return Matching(option?.Values ?? [], current[(equals + 1)..]).Select(v => prefix + v).ToList();
            }

            return Matching(options.Select(o => o.Name).Distinct().Where(n => n.StartsWith("--", StringComparison.Ordinal)), current);
        }

        // bash splits `--verbosity=q` at '=' (COMP_WORDBREAKS) and replaces only `q`: offer the bare values.
        if (before is [.., var split, "="] && split.StartsWith('-') && Find(options, split) is { } splitOption)
        {
            return Matching(splitOption.Values, current);
        }

        if (ValueOwner(options, before) is { } owner)
        {
            return Matching(owner.Values.Except(TypedSince(before, owner), StringComparer.OrdinalIgnoreCase), current);
        }

        var typedTargets = before.Where(w => !w.StartsWith('-'));
        return Matching(catalog.Targets.Except(typedTargets, StringComparer.OrdinalIgnoreCase), current);
    }

    /// <summary>The option whose value the next word is: the previous word when it takes one, or the last option when it takes many.</summary>
    private static CompletionOption? ValueOwner(List<CompletionOption> options, List<string> before)
    {
        var last = before.FindLastIndex(w => w.StartsWith('-'));
        if (last < 0 || before[last].Contains('=', StringComparison.Ordinal) || Find(options, before[last]) is not { } option)
        {
            return null;
        }

        var valuesAfter = before.Count - 1 - last;
        return option.Arity switch
        {
            CompletionArity.Many => option,
            CompletionArity.One when valuesAfter == 0 => option,
            _ => null,
        };
    }

    // Values already given to a list option (`--skip clean <TAB>`) are not offered again.
    private static IEnumerable<string> TypedSince(List<string> before, CompletionOption option) =>
        before.Skip(before.FindLastIndex(w => string.Equals(w, option.Name, StringComparison.OrdinalIgnoreCase)) + 1);

    private static CompletionOption? Find(List<CompletionOption> options, string name) =>
        options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    private static List<string> Matching(IEnumerable<string> candidates, string prefix) =>
        candidates.Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
}
