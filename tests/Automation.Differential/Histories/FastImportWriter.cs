using System.Text;

namespace Automation.Differential.Histories;

/// <summary>
/// Writes a <see cref="History"/> as a <c>git fast-import</c> stream: one process per history instead of one git
/// command per step, which keeps hundreds of histories within seconds. Commits change no file (but the first, which
/// holds the configuration), have one fixed author and a clock that advances a minute per commit, so the same seed
/// gives the same shas as the shell script of <see cref="ShellScriptWriter"/>.
/// </summary>
public static class FastImportWriter
{
    public const long FirstCommitTime = 1_700_000_000;
    public const string Identity = "Generator <generator@example.invalid>";

    public static string Write(History history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var stream = new StringBuilder();
        var tips = new Dictionary<string, int>(StringComparer.Ordinal);
        var mark = 0;
        var time = FirstCommitTime;

        int Commit(string branch, string message, int? from, int? merge, bool withConfiguration)
        {
            mark++;
            time += 60;
            stream.Append("commit refs/heads/").Append(branch).Append('\n');
            stream.Append("mark :").Append(mark).Append('\n');
            stream.Append("author ").Append(Identity).Append(' ').Append(time).Append(" +0000\n");
            stream.Append("committer ").Append(Identity).Append(' ').Append(time).Append(" +0000\n");
            AppendData(stream, message + "\n");
            if (from is { } parent)
            {
                stream.Append("from :").Append(parent).Append('\n');
            }

            if (merge is { } second)
            {
                stream.Append("merge :").Append(second).Append('\n');
            }

            if (withConfiguration && history.Configuration is { } configuration)
            {
                stream.Append("M 100644 inline GitVersion.yml\n");
                AppendData(stream, configuration);
            }

            stream.Append('\n');
            tips[branch] = mark;
            return mark;
        }

        foreach (var step in history.Steps)
        {
            switch (step)
            {
                case CommitStep commit:
                    Commit(commit.Branch, commit.Message, tips.TryGetValue(commit.Branch, out var tip) ? tip : null, null, tips.Count == 0);
                    break;
                case BranchStep branch:
                    tips[branch.Name] = tips[branch.From];
                    stream.Append("reset refs/heads/").Append(branch.Name).Append("\nfrom :").Append(tips[branch.From]).Append("\n\n");
                    break;
                case MergeStep merge:
                    Commit(merge.Into, merge.Message, tips[merge.Into], tips[merge.From], false);
                    break;
                case TagStep tag:
                    stream.Append("reset refs/tags/").Append(tag.Name).Append("\nfrom :").Append(tips[tag.Branch]).Append("\n\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown step {step}.");
            }
        }

        return stream.ToString();
    }

    private static void AppendData(StringBuilder stream, string data) =>
        stream.Append("data ").Append(Encoding.UTF8.GetByteCount(data)).Append('\n').Append(data).Append('\n');
}
