namespace Automation.IO.Legacy;

/// <summary>The <see cref="ExistsPolicy"/> that the two older policies make together.</summary>
internal static class LegacyPolicy
{
    public static ExistsPolicy Of(DirectoryExistsPolicy directory, FileExistsPolicy file) =>
        (directory == DirectoryExistsPolicy.Merge ? ExistsPolicy.DirectoryMerge : ExistsPolicy.DirectoryFail) | file switch
        {
            FileExistsPolicy.Skip => ExistsPolicy.FileSkip,
            FileExistsPolicy.Overwrite => ExistsPolicy.FileOverwrite,
            FileExistsPolicy.OverwriteIfNewer => ExistsPolicy.FileOverwriteIfNewer,
            _ => ExistsPolicy.FileFail,
        };
}
