using Automation.Output;

namespace Automation.Hosts;

/// <summary>Travis CI: <c>travis_fold</c> markers fold each target's output; Travis has no annotations.</summary>
internal sealed class TravisHost(HostOptions options) : OutputHost(options)
{
    public override string Name => "travis";

    public override void BeginGroup(string title)
    {
        Writer.WriteLine($"travis_fold:start:{FoldName(title)}");
        Writer.WriteLine(title);
    }

    public override void EndGroup(string title) => Writer.WriteLine($"travis_fold:end:{FoldName(title)}");

    private static string FoldName(string title) => title.Replace(' ', '_');
}
