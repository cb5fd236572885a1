using Automation.Hosts;
using Automation.Output;
using Automation.Tests.Support;

namespace Automation.Tests.Output;

public sealed class EscapingTests
{
    private const string Message = "50% of 'core' [ok]:\r\nsee a,b";

    [Fact]
    public void GitHub_escapes_data_and_properties()
    {
        var output = Render(o => new GitHubActionsHost(o), new Annotation(Message, "src/a,b:c.cs", 3, 5, "unit: a,b"));

        Assert.Equal("::warning file=src/a%2Cb%3Ac.cs,line=3,col=5,title=unit%3A a%2Cb::50%25 of 'core' [ok]:%0D%0Asee a,b\n", output);
    }

    [Fact]
    public void Azure_escapes_data_and_properties()
    {
        var output = Render(o => new AzurePipelinesHost(o), new Annotation(Message, "src/a;b].cs", 3, 5, "unit"));

        Assert.Equal("##vso[task.logissue type=warning;sourcepath=src/a%3Bb%5D.cs;linenumber=3;columnnumber=5]50%AZP25 of 'core' [ok]:%0D%0Asee a,b\n", output);
    }

    [Fact]
    public void TeamCity_escapes_with_vertical_bars()
    {
        var output = Render(o => new TeamCityHost(o), new Annotation(Message + " |"));

        Assert.Equal("##teamcity[message text='50% of |'core|' |[ok|]:|r|nsee a,b ||' status='WARNING']\n", output);
    }

    [Fact]
    public void Each_debug_line_stays_a_debug_line()
    {
        Assert.Equal("::debug::a 100%25%0Ab\n", Write(o => new GitHubActionsHost(o), h => h.WriteDebug("a 100%\nb")));
        Assert.Equal("##[debug]a 100%\n##[debug]b\n", Write(o => new AzurePipelinesHost(o), h => h.WriteDebug("a 100%\r\nb")));
    }

    private static string Render(Func<HostOptions, OutputHost> create, Annotation annotation) => Write(create, h => h.WriteWarning(annotation));

    private static string Write(Func<HostOptions, OutputHost> create, Action<OutputHost> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(create(new HostOptions(writer, UseColor: false, new FixedTimeProvider())));
        return writer.ToString();
    }
}
