using Automation.Outcomes;

namespace Automation.Output;

/// <summary>The summary written once at the end of the build.</summary>
internal sealed partial class BuildOutput
{
    /// <summary>
    /// Writes the summary table and closing lines to the console (only the closing lines when quiet) and the whole
    /// table to build.log. The skip reasons and notes in <paramref name="result"/> are masked in place first.
    /// </summary>
    public void Summary(BuildResult result)
    {
        MaskSecrets(result);
        lock (_lock)
        {
            var table = IsEnabled(DefaultOutput.TargetOutcome);
            var outcome = IsEnabled(DefaultOutput.BuildOutcome);
            if (Verbosity >= Verbosity.Minimal && table)
            {
                Console.WriteSummary(result, outcome);
            }
            else if (outcome)
            {
                Console.WriteLine(SummaryTable.ClosingLine(result, (text, _) => text));
                if (result.Tests is { } tests)
                {
                    Console.WriteLine($"Tests: {tests}");
                }
            }

            // The summary is kept even in a log truncated for size: it is what a reader of the log looks for first.
            _logCap?.Finish();
            _log?.WriteSummary(result);
            Console.Flush();
            _log?.Flush();
        }
    }

    private void MaskSecrets(BuildResult result)
    {
        foreach (var target in result.Targets)
        {
            target.SkipReason = target.SkipReason is null ? null : Masker.Apply(target.SkipReason);
            for (var i = 0; i < target.Notes.Count; i++)
            {
                target.Notes[i] = Masker.Apply(target.Notes[i]);
            }
        }
    }
}
