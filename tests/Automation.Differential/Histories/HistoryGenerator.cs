namespace Automation.Differential.Histories;

/// <summary>
/// Generates a git history from a seed, shaped like the workflows GitVersion is made for: main and develop,
/// feature/release/hotfix/support/pull-request branches, merges both ways, tags with and without a <c>v</c>, pre-release
/// tags, <c>+semver:</c> messages, <c>next-version</c>, GitFlow and GitHubFlow configurations, detached heads, branches
/// behind their source (the source moved on), long-forked branches, version-looking branch names, branches that match
/// no configuration, and merge messages naming release branches merged into other branches. The same seed always
/// gives the same history. Under the TrunkBased workflow (a separate run: the seeds give the same shapes as under
/// GitHubFlow, so the fixed seed set of the GitFlow/GitHubFlow run is unchanged) the configuration names
/// <c>TrunkBased/preview1</c>.
/// </summary>
public sealed class HistoryGenerator
{
    private static readonly string[] Topics = ["login", "cache", "parser", "docs", "api", "ui", "search", "export"];
    private static readonly string[] Bumps = ["+semver: minor", "+semver: major", "+semver: patch", "+semver: feature", "+semver: breaking", "+semver: fix", "+semver: none"];
    private static readonly string[] Unconfigured = ["prime", "benchmarks", "archive/teardown", "dependabot/nuget/Foo-2.1.0", "devel", "experiment"];
    private static readonly string[] VersionLooking = ["3.0_major_update", "feature/2.0-redesign", "v4-preview", "1.5.x-fixes"];

    private readonly Random random;
    private readonly List<HistoryStep> steps = [];
    private readonly List<string> branches = [];
    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> commitsOn = new(StringComparer.Ordinal);
    private readonly HashSet<string> tags = new(StringComparer.Ordinal);
    private readonly int seed;
    private readonly bool trunkBased;
    private bool gitFlow;
    private int major;
    private int minor;
    private int patch;
    private int counter;

    private HistoryGenerator(int seed, bool trunkBased)
    {
        this.seed = seed;
        this.trunkBased = trunkBased;
        random = new Random(seed);
    }

    /// <summary>The history of <paramref name="seed"/>; with <paramref name="trunkBased"/>, shaped for and configured with the TrunkBased workflow.</summary>
    public static History Generate(int seed, bool trunkBased = false) => new HistoryGenerator(seed, trunkBased).Generate();

    private History Generate()
    {
        // Trunk-based development has no develop branch: the GitHubFlow shapes.
        gitFlow = random.NextDouble() < 0.6 && !trunkBased;
        major = random.Next(0, 3);
        minor = random.Next(0, 4);
        patch = 0;
        var configuration = Configuration();

        Commit("main", "initial");
        if (random.NextDouble() < 0.5)
        {
            Tag("main", Release());
        }

        if (gitFlow ? random.NextDouble() < 0.85 : random.NextDouble() < 0.1)
        {
            Branch("develop", "main");
            Commits("develop", random.Next(0, 3));
        }

        var actions = random.Next(3, 16);
        for (var i = 0; i < actions; i++)
        {
            Act();
        }

        var checkedOut = Pick(branches);
        int? detached = null;
        var roll = random.NextDouble();
        if (roll < 0.12)
        {
            detached = 0;
        }
        else if (roll < 0.18 && commitsOn[checkedOut] > 1)
        {
            detached = 1;
        }

        return new History(seed, configuration, steps, checkedOut, detached);
    }

    private string? Configuration()
    {
        var lines = new List<string>();
        if (trunkBased)
        {
            lines.Add("workflow: TrunkBased/preview1");
        }
        else if (!gitFlow)
        {
            lines.Add("workflow: GitHubFlow/v1");
        }
        else if (random.NextDouble() < 0.3)
        {
            lines.Add("workflow: GitFlow/v1");
        }

        if (random.NextDouble() < 0.2)
        {
            lines.Add($"next-version: {major + 1}.{random.Next(0, 3)}.0");
        }

        if (random.NextDouble() < 0.1)
        {
            lines.Add("commit-message-incrementing: Disabled");
        }

        return lines.Count == 0 ? null : string.Join("\n", lines) + "\n";
    }

    private void Act()
    {
        var roll = random.Next(0, 16);
        switch (roll)
        {
            case < 4:
                Commits(Pick(branches), random.Next(1, 4));
                break;
            case < 8:
                NewBranch();
                break;
            case < 12:
                Merge();
                break;
            case < 14:
                TagSomething();
                break;
            default:
                // The sources move on: branches made earlier fall behind them, or fork long ago.
                Commits(branches.Contains("develop") && random.NextDouble() < 0.5 ? "develop" : "main", random.Next(2, 7));
                break;
        }
    }

    private void NewBranch()
    {
        var main = branches.Contains("develop") ? "develop" : "main";
        var number = ++counter;
        var (name, from) = random.Next(0, 11) switch
        {
            0 or 1 or 2 => ($"feature/{Pick(Topics)}-{number}", random.NextDouble() < 0.8 ? main : "main"),
            3 => ($"release/{Candidate()}", main),
            4 => ($"release-{Candidate()}", main),
            5 => ($"hotfix/{major}.{minor}.{patch + 1}", "main"),
            6 => ($"support/{major}.x", "main"),
            7 => ($"pull/{number}/merge", Pick(branches)),
            8 => (Pick(Unconfigured) + (number % 2 == 0 ? string.Empty : $"-{number}"), Pick(branches)),
            9 => (Pick(VersionLooking), main),
            _ => ($"feature/{Pick(Topics)}-{number}", Pick(branches)),
        };
        if (branches.Contains(name) || branches.Any(existing => existing.StartsWith(name + "/", StringComparison.Ordinal) || name.StartsWith(existing + "/", StringComparison.Ordinal)))
        {
            return;
        }

        Branch(name, from);
        if (random.NextDouble() < 0.8)
        {
            Commits(name, random.Next(1, 5));
        }
    }

    private void Merge()
    {
        var candidates = branches.Where(branch => branch != "main").ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var from = Pick(candidates);
        var source = sources[from];
        string into;
        var roll = random.NextDouble();
        if (roll < 0.55)
        {
            into = source;
        }
        else if (roll < 0.75 && (from.StartsWith("release", StringComparison.Ordinal) || from.StartsWith("hotfix", StringComparison.Ordinal)))
        {
            into = random.NextDouble() < 0.5 ? "main" : Pick(branches);
        }
        else
        {
            // Both ways: the source (or another branch) merged into the branch, to bring it up to date.
            (into, from) = (from, random.NextDouble() < 0.7 ? source : Pick(branches));
        }

        if (into == from)
        {
            return;
        }

        var message = random.Next(0, 4) switch
        {
            0 => $"Merge pull request #{++counter} from org/{from}",
            1 when into == "main" => $"Merge branch '{from}'",
            _ => $"Merge branch '{from}' into {into}",
        };
        steps.Add(new MergeStep(into, from, message));
        commitsOn[into]++;
        if (random.NextDouble() < 0.2 && into == "main")
        {
            Tag("main", Release());
        }
    }

    private void TagSomething()
    {
        var branch = Pick(branches);
        if (branch.StartsWith("release", StringComparison.Ordinal) || branch.StartsWith("hotfix", StringComparison.Ordinal))
        {
            var version = branch[(branch.IndexOfAny(['/', '-']) + 1)..];
            Tag(branch, $"{version}-beta.{random.Next(1, 4)}");
        }
        else if (branch == "main" || branch.StartsWith("support", StringComparison.Ordinal))
        {
            Tag(branch, Release());
        }
        else if (random.NextDouble() < 0.3)
        {
            Tag(branch, $"{major}.{minor}.{patch + 1}-{Pick(Topics)}.1");
        }
    }

    private string Release()
    {
        switch (random.Next(0, 5))
        {
            case 0:
                minor++;
                patch = 0;
                break;
            case 1 when random.NextDouble() < 0.3:
                major++;
                minor = 0;
                patch = 0;
                break;
            default:
                patch++;
                break;
        }

        return $"{major}.{minor}.{patch}";
    }

    private string Candidate() => random.NextDouble() < 0.7 ? $"{major}.{minor + 1}.0" : $"{major + 1}.0.0";

    private void Tag(string branch, string version)
    {
        var name = (random.NextDouble() < 0.6 ? "v" : string.Empty) + version;
        if (tags.Add(version))
        {
            steps.Add(new TagStep(name, branch));
        }
    }

    private void Branch(string name, string from)
    {
        steps.Add(new BranchStep(name, from));
        branches.Add(name);
        sources[name] = from;
        commitsOn[name] = commitsOn[from];
    }

    private void Commits(string branch, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var message = random.NextDouble() < 0.1 ? $"change {++counter} {Pick(Bumps)}" : $"change {++counter}";
            Commit(branch, message);
        }
    }

    private void Commit(string branch, string message)
    {
        steps.Add(new CommitStep(branch, message));
        if (!branches.Contains(branch))
        {
            branches.Add(branch);
            sources[branch] = branch;
            commitsOn[branch] = 0;
        }

        commitsOn[branch]++;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
