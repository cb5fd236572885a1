using System.Text.RegularExpressions;

namespace Automation.IntegrationTests.Sample;

/// <summary>Reads the summary table a build prints at the end.</summary>
public static class Summary
{
    public static void AssertStatus(string output, string target, string status) =>
        Assert.True(
            Regex.IsMatch(output, $@"^{Regex.Escape(target)}\s+{Regex.Escape(status)}\b", RegexOptions.Multiline),
            $"Expected target '{target}' to be {status} in the summary:{Environment.NewLine}{output}");
}
