using Automation.Core;
using Automation.Outcomes;
using Automation.Planning;
using Automation.Targets;

namespace Automation.Incremental;

/// <summary>
/// <c>--continue</c>: resumes the last run when it failed in this root, at this commit, with the same arguments and
/// non-secret parameter values (a cached <c>.nuke/temp</c> may come from another checkout or commit). Targets that succeeded in it are
/// not run again: those with inputs by their own up-to-date check (their state was recorded when they succeeded, so
/// they run again if an input changed), those without inputs by being skipped. Every real run is recorded in
/// <c>.nuke/temp/last-run.json</c> for the next <c>--continue</c>.
/// </summary>
internal sealed class RunResumption
{
    /// <summary>The skip reason of a target that succeeded in the run being continued.</summary>
    public const string SkipReason = "succeeded in the failed run";

    private static readonly string[] NotComparedFlags = ["continue", "plan", "no-color", "no-wait"];
    private static readonly string[] NotComparedValueOptions = ["verbosity", "host"];

    private readonly AbsolutePath _path;
    private readonly string _root;
    private readonly string? _commit;
    private readonly IReadOnlyList<string> _arguments;
    private readonly string _argumentsHash;
    private readonly SortedDictionary<string, string> _parameters;
    private readonly HashSet<string> _succeeded = new(StringComparer.Ordinal);

    private RunResumption(AbsolutePath root, IReadOnlyList<string> arguments, Func<string, string> mask, IEnumerable<(string Name, object? Value)> parameters)
    {
        _path = new NukeLayout(root).LastRunFile;
        _root = root;
        _commit = HeadCommit.Of(root);
        _arguments = arguments.Select(mask).ToList();
        // Of the masked arguments: the record holds nothing derived from a secret, not even a hash a guess could be
        // checked against. So a changed secret is no changed argument, as it is no changed input for up-to-date checks.
        _argumentsHash = ContentHash.OfText(_arguments.Aggregate(new ConfigurationText(), (text, argument) => text.Add("argument", argument)).ToString());
        _parameters = new SortedDictionary<string, string>(
            parameters.ToDictionary(p => p.Name, p => ContentHash.OfText(new ConfigurationText().Add(p.Name, p.Value).ToString()), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>Starts a run. With <paramref name="resume"/>, reads the last run; when it cannot be continued, the
    /// run is a normal one and <paramref name="warn"/> says why. <paramref name="arguments"/> must already have the
    /// words that may carry a secret replaced (<see cref="CommandLine.SecretArguments.Masked"/>); <paramref name="mask"/>
    /// hides the secrets known by value (run-time ones, values from the environment that a word repeats).
    /// <paramref name="parameters"/> are the non-secret parameters' values as bound: the last run must have had the same.</summary>
    public static RunResumption Start(
        AbsolutePath root, IReadOnlyList<string> arguments, Func<string, string> mask, IEnumerable<(string Name, object? Value)> parameters, bool resume, Action<string> warn)
    {
        var resumption = new RunResumption(root, ComparedArguments(arguments), mask, parameters);
        if (resume && resumption.WhyNotResumable() is { } why)
        {
            warn($"--continue: running every target, because {why}.");
        }

        return resumption;
    }

    /// <summary>Skips the targets without inputs that succeeded in the run being continued.</summary>
    public void Skip(ExecutionPlan plan, Dictionary<ExecutableTarget, string> skips)
    {
        foreach (var target in plan.Targets.Select(t => t.Target))
        {
            if (_succeeded.Contains(target.Name) && target.HasActions && !target.Definition.DeclaresInputs && !skips.ContainsKey(target))
            {
                skips[target] = SkipReason;
            }
        }
    }

    /// <summary>Records how this run ended. A write error only loses <c>--continue</c>, so it is reported, not thrown.</summary>
    public void Save(BuildResult result, Action<string> warn)
    {
        var succeeded = result.Targets
            .Where(t => t.Status is TargetStatus.Succeeded or TargetStatus.UpToDate || t.SkipReason == SkipReason)
            .Select(t => t.Name)
            .ToList();
        try
        {
            StateFile.Write(_path, new LastRun(LastRun.CurrentFormat, _root, _commit, _arguments, _argumentsHash, _parameters, !result.Succeeded, succeeded), IncrementalJsonContext.Default.LastRun);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            warn($"Could not record this run for --continue in .nuke/temp/last-run.json: {exception.Message}");
        }
    }

    private string? WhyNotResumable()
    {
        var (last, problem) = StateFile.Read(_path, IncrementalJsonContext.Default.LastRun);
        if (last is null)
        {
            return problem == "no state from an earlier run" ? "no earlier run was recorded" : $"the last run's record is unusable: {problem}";
        }

        if (last.Format is > 0 and < LastRun.CurrentFormat)
        {
            return "last-run.json was recorded by an older version, which did not record the root, commit and parameters it ran with";
        }

        if (last.Format != LastRun.CurrentFormat || last.Root is null || last.Arguments is null || last.ArgumentsHash is null || last.Parameters is null || last.Succeeded is null)
        {
            return "the last run was recorded in another format";
        }

        if (!last.Failed)
        {
            return "the last run succeeded";
        }

        if (last.Root != _root)
        {
            return $"last-run.json was recorded in {last.Root}, not in this root ({_root})";
        }

        if (last.Commit is null || _commit is null || last.Commit != _commit)
        {
            return $"last-run.json was recorded {Where(last.Commit)}, {Now(_commit)}";
        }

        if (last.ArgumentsHash != _argumentsHash)
        {
            return $"the last run had other arguments ({Quote(last.Arguments)}, now {Quote(_arguments)})";
        }

        var changed = _parameters.Keys.Union(last.Parameters.Keys).Where(name => _parameters.GetValueOrDefault(name) != last.Parameters.GetValueOrDefault(name)).ToList();
        if (changed.Count > 0)
        {
            return $"the value of {(changed.Count == 1 ? "parameter" : "parameters")} {string.Join(", ", changed)} differs from the last run's (set by the environment or a parameter file?)";
        }

        _succeeded.UnionWith(last.Succeeded);
        return null;
    }

    private static string Where(string? commit) => commit switch
    {
        null => "where HEAD could not be read",
        HeadCommit.None => "outside git (or before the first commit)",
        _ => "at commit " + Short(commit),
    };

    private static string Now(string? commit) => commit switch
    {
        null => "and HEAD cannot be read here",
        HeadCommit.None => "and this root is outside git (or before the first commit)",
        _ => "HEAD is " + Short(commit),
    };

    private static string Short(string commit) => commit[..Math.Min(7, commit.Length)];

    private static string Quote(IReadOnlyList<string> arguments) => arguments.Count == 0 ? "none" : "'" + string.Join(" ", arguments) + "'";

    /// <summary>The arguments that say what runs: without <c>--continue</c> itself, and without the options that only
    /// change how output looks or that only show the plan (so <c>--plan --continue</c> shows what would run).</summary>
    private static List<string> ComparedArguments(IReadOnlyList<string> arguments)
    {
        var compared = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var name = argument.TrimStart('-').Split('=')[0];
            var isLong = argument.StartsWith("--", StringComparison.Ordinal);
            if ((isLong && NotComparedFlags.Any(flag => Naming.Matches(flag, name))))
            {
                continue;
            }

            if ((isLong && NotComparedValueOptions.Any(option => Naming.Matches(option, name))) || argument == "-v")
            {
                // The value is the next word unless it was given inline (`--verbosity=quiet`).
                i += argument.Contains('=', StringComparison.Ordinal) ? 0 : 1;
                continue;
            }

            compared.Add(argument);
        }

        return compared;
    }
}
