namespace Automation.Tests.Tools.Resolution;

public static class ExpectTool
{
    /// <summary>Asserts a resolved tool's program, source and prefix arguments.</summary>
    public static void Is(ToolCommand actual, string program, string source, params string[] prefix)
    {
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(program, actual.Program);
        Assert.Equal(source, actual.Source);
        Assert.Equal(prefix, actual.PrefixArguments);
    }
}
