using Automation.Differential.Histories;

namespace Automation.Differential.Benchmarks;

/// <summary>The large histories of the benchmark, built from steps like the generated ones.</summary>
public static class BenchmarkHistories
{
    /// <summary>
    /// 10,000 commits: main with a tag every 30 commits and a release merged back every 500; develop, a feature
    /// branch and a release branch at the end; a branch 200 commits behind main.
    /// </summary>
    public static History TenThousandCommits()
    {
        var steps = new List<HistoryStep>();
        var commits = 0;
        var minor = 0;
        var patch = 0;
        void Commit(string branch, string message)
        {
            steps.Add(new CommitStep(branch, message));
            commits++;
        }

        Commit("main", "initial");
        steps.Add(new BranchStep("develop", "main"));
        while (commits < 9_700)
        {
            Commit("main", $"change {commits}");
            if (commits == 9_500)
            {
                steps.Add(new BranchStep("behind", "main"));
            }

            if (commits % 30 == 0)
            {
                steps.Add(new TagStep($"v1.{minor}.{++patch}", "main"));
            }

            if (commits % 500 == 0)
            {
                var release = $"release/1.{++minor}.0";
                patch = 0;
                steps.Add(new BranchStep(release, "main"));
                for (var i = 0; i < 10; i++)
                {
                    Commit(release, $"stabilise {i}");
                }

                steps.Add(new MergeStep("main", release, $"Merge branch '{release}'"));
                commits++;
                steps.Add(new TagStep($"v1.{minor}.0", "main"));
            }
        }

        steps.Add(new MergeStep("develop", "main", "Merge branch 'main' into develop"));
        for (var i = 0; i < 100; i++)
        {
            Commit("develop", $"develop {i}");
        }

        steps.Add(new BranchStep("feature/large", "develop"));
        steps.Add(new BranchStep($"release/1.{minor + 1}.0", "develop"));
        while (commits < 10_000)
        {
            Commit(commits % 2 == 0 ? "feature/large" : $"release/1.{minor + 1}.0", $"work {commits}");
        }

        return new History(0, null, steps, "main", null);
    }

    /// <summary>2,000 pull requests merged into main (each one commit on its own branch), a tag every 100 merges.</summary>
    public static History TwoThousandMerges()
    {
        var steps = new List<HistoryStep> { new CommitStep("main", "initial") };
        for (var i = 1; i <= 2_000; i++)
        {
            var branch = $"feature/f{i}";
            steps.Add(new BranchStep(branch, "main"));
            steps.Add(new CommitStep(branch, $"feature {i}"));
            steps.Add(new MergeStep("main", branch, $"Merge pull request #{i} from org/{branch}"));
            if (i % 100 == 0)
            {
                steps.Add(new TagStep($"v2.{i / 100}.0", "main"));
            }
        }

        return new History(0, null, steps, "main", null);
    }
}
