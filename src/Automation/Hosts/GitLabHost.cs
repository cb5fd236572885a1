using System.Globalization;
using System.Text.RegularExpressions;
using Automation.Output;

namespace Automation.Hosts;

/// <summary>GitLab CI: collapsible <c>section_start</c>/<c>section_end</c> per target; GitLab has no log annotations, so
/// warnings and errors are coloured lines (its job log renders ANSI colours, unless the user forbids colours).</summary>
internal sealed partial class GitLabHost(HostOptions options) : OutputHost(options with { UseColor = !options.ColorForbidden })
{
    private const string EraseLine = "\u001b[0K";

    public override string Name => "gitlab";

    public override void BeginGroup(string title) =>
        Writer.WriteLine($"{EraseLine}section_start:{Now()}:{SectionId(title)}[collapsed=false]\r{EraseLine}{Paint(title, Style.Heading)}");

    public override void EndGroup(string title) =>
        Writer.WriteLine($"{EraseLine}section_end:{Now()}:{SectionId(title)}\r{EraseLine}");

    private string Now() => Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string SectionId(string title) => "target_" + UnsafeIdCharacters().Replace(title, "_");

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeIdCharacters();
}
