namespace Automation.Differential.Repositories;

public static class RepositoryDifferential
{
    public static Task<int> RunAsync(Oracle.GitVersionOracle oracle, string path, int samples, TextWriter output) => throw new NotSupportedException();
}
