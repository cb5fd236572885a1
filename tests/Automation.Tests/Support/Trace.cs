namespace Automation.Tests.Support;

/// <summary>Records what test builds did, per test: it flows with the async context into the build's actions.</summary>
public static class Trace
{
    private static readonly AsyncLocal<List<string>?> Current = new();

    public static List<string> Start() => Current.Value = [];

    public static void Record(string entry)
    {
        var list = Current.Value ?? throw new InvalidOperationException("Trace.Start() was not called in this test.");
        lock (list)
        {
            list.Add(entry);
        }
    }
}
