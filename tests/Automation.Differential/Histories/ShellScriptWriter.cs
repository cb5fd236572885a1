using System.Text;

namespace Automation.Differential.Histories;

/// <summary>
/// Writes a <see cref="History"/> as the plain git commands that make it (for a report: a reader pastes them into a
/// shell to reproduce a difference, no harness needed). Same author and clock as <see cref="FastImportWriter"/>.
/// </summary>
public static class ShellScriptWriter
{
    public static string Write(History history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var script = new StringBuilder();
        script.Append("git init -q -b main seed-").Append(history.Seed).Append(" && cd seed-").Append(history.Seed).Append('\n');
        script.Append("export GIT_AUTHOR_NAME=Generator GIT_AUTHOR_EMAIL=generator@example.invalid GIT_COMMITTER_NAME=Generator GIT_COMMITTER_EMAIL=generator@example.invalid\n");
        script.Append("t=").Append(FastImportWriter.FirstCommitTime).Append("; tick() { t=$((t + 60)); export GIT_AUTHOR_DATE=\"@$t +0000\" GIT_COMMITTER_DATE=\"@$t +0000\"; }\n");
        if (history.Configuration is { } configuration)
        {
            script.Append("cat > GitVersion.yml <<'EOF'\n").Append(configuration);
            if (!configuration.EndsWith('\n'))
            {
                script.Append('\n');
            }

            script.Append("EOF\ngit add GitVersion.yml\n");
        }

        var current = "main";
        void Switch(string branch)
        {
            if (branch != current)
            {
                script.Append("git checkout -q ").Append(Quote(branch)).Append('\n');
                current = branch;
            }
        }

        foreach (var step in history.Steps)
        {
            switch (step)
            {
                case CommitStep commit:
                    Switch(commit.Branch);
                    script.Append("tick; git commit -q --allow-empty -m ").Append(Quote(commit.Message)).Append('\n');
                    break;
                case BranchStep branch:
                    script.Append("git branch ").Append(Quote(branch.Name)).Append(' ').Append(Quote(branch.From)).Append('\n');
                    break;
                case MergeStep merge:
                    Switch(merge.Into);
                    script.Append("tick; git merge -q --no-ff -m ").Append(Quote(merge.Message)).Append(' ').Append(Quote(merge.From)).Append('\n');
                    break;
                case TagStep tag:
                    script.Append("git tag ").Append(Quote(tag.Name)).Append(' ').Append(Quote(tag.Branch)).Append('\n');
                    break;
                default:
                    throw new InvalidOperationException($"Unknown step {step}.");
            }
        }

        script.Append(history.DetachedBack is { } back
            ? $"git checkout -q --detach {Quote($"{history.CheckedOut}~{back}")}\n"
            : $"git checkout -q {Quote(history.CheckedOut)}\n");
        return script.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
