namespace Automation.Differential.Benchmarks;

public static class VersionBenchmark
{
    public static Task<int> RunAsync(Oracle.GitVersionOracle oracle, int runs, TextWriter output) => throw new NotSupportedException();
}
