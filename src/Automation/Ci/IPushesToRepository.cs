namespace Automation;

/// <summary>
/// A build (or a component interface it implements) some of whose CI jobs push to the repository's own remote, as
/// the delivery ledger of <c>IDeliver</c> does. <c>./build.sh --generate-ci</c> gives exactly those jobs the right to
/// push, and no other job: GitHub Actions <c>permissions: contents: write</c> on the job (merged with the workflow's
/// <see cref="GitHubActionsAttribute.ReadPermissions"/> and <see cref="GitHubActionsAttribute.WritePermissions"/>),
/// Azure Pipelines <c>persistCredentials: true</c> on the job's checkout. GitLab's job token can push only where the
/// project allows it (Settings, CI/CD, Job token permissions), which no file can say.
/// </summary>
public interface IPushesToRepository
{
    /// <summary>Whether a CI job that runs <paramref name="targets"/> pushes to the repository's remote.</summary>
    /// <param name="targets">The targets the job runs, its dependencies included, in order, without those it skips.</param>
    /// <returns>True when the job needs the right to push.</returns>
    bool PushesToRepository(IReadOnlyCollection<ExecutableTarget> targets);
}
