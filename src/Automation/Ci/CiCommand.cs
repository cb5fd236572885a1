using Automation.Core;
using Automation.Output;

namespace Automation.Ci;

/// <summary>Carries out <c>--generate-ci</c> (write the files) and <c>--verify-ci</c> (fail on drift, exit code 1).</summary>
internal static class CiCommand
{
    public static int Run(BuildOutput output, AbsolutePath root, IReadOnlyList<CiFile> files, bool verify)
    {
        if (files.Count == 0)
        {
            output.Print("The build class has no CI configuration attribute ([GitHubActions], [AzurePipelines], [GitLabCI], [AppVeyor], [TeamCity]): nothing to generate.");
            return ExitCodes.Success;
        }

        if (!verify)
        {
            foreach (var line in CiFiles.Write(root, files))
            {
                output.Print(line);
            }

            return ExitCodes.Success;
        }

        var stale = CiFiles.FindStale(root, files);
        if (stale.Count > 0)
        {
            output.Error(new Annotation(CiFiles.StaleMessage(stale)));
            return ExitCodes.TargetFailed;
        }

        output.Print($"CI configuration is up to date: {string.Join(", ", files.Select(f => f.RelativePath))}");
        return ExitCodes.Success;
    }
}
