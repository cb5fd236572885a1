namespace Automation;

/// <summary>
/// NUKE's <c>VSTestTasks</c> (<c>vstest.console</c>, Visual Studio's test runner), kept only so a ported build's
/// <c>using static …VSTestTasks;</c> still compiles: the engine does not wrap <c>vstest.console</c>, and a call to
/// <see cref="VSTest"/> is a compile error naming the replacement.
/// </summary>
public static class VSTestTasks
{
    /// <summary>Not provided: a compile error that names the replacement.</summary>
    /// <param name="configurator">NUKE's settings hook (never called).</param>
    /// <returns>Nothing: the call does not compile.</returns>
    [Obsolete("the engine does not wrap vstest.console: run the tests with DotNetTest(s => s.SetProjectFile(testProject)) (dotnet test runs VSTest), or with ProcessTasks.StartProcess(\"vstest.console\", arguments) for .NET Framework test assemblies.", error: true)]
    public static IReadOnlyCollection<OutputLine> VSTest(Func<object, object> configurator) =>
        throw new NotSupportedException("vstest.console is not wrapped: use DotNetTest.");
}
