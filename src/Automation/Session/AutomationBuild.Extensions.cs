using System.Reflection;

namespace Automation;

// NUKE's build extensions: attributes on the build class that implement IOnBuildCreated, IOnTargetRunning, ... One
// instance of each serves the whole run (an extension may hold a connection its constructor opened), and each hook is
// called after the build's own override of the same name, through the same guard: a hook that throws fails the build.
public abstract partial class AutomationBuild
{
    private IReadOnlyList<BuildExtensionAttributeBase>? _extensions;
    private bool _createdExtensionsCalled;

    /// <summary>The build extensions on the build class (inherited ones too), highest <see cref="IBuildExtension.Priority"/> first.</summary>
    internal IReadOnlyList<BuildExtensionAttributeBase> Extensions => _extensions ??= Discover();

    /// <summary>Calls the extensions' <see cref="IOnBuildCreated"/> once the targets are known (once per run).</summary>
    internal void TargetsDiscovered(IReadOnlyCollection<ExecutableTarget> targets)
    {
        if (_createdExtensionsCalled)
        {
            return;
        }

        _createdExtensionsCalled = true;
        Extend<IOnBuildCreated>(nameof(IOnBuildCreated.OnBuildCreated), e => e.OnBuildCreated(targets));
    }

    private void Skipped(ExecutableTarget target)
    {
        Hook(nameof(OnTargetSkipped), () => OnTargetSkipped(target.Name));
        Extend<IOnTargetSkipped>(nameof(IOnTargetSkipped.OnTargetSkipped), e => e.OnTargetSkipped(target));
    }

    private void Extend<T>(string hook, Action<T> call)
        where T : class, IBuildExtension
    {
        foreach (var extension in Extensions)
        {
            if (extension is T typed)
            {
                Hook($"{extension.GetType().Name}.{hook}", () => call(typed));
            }
        }
    }

    private List<BuildExtensionAttributeBase> Discover()
    {
        var extensions = GetType().GetCustomAttributes<BuildExtensionAttributeBase>(inherit: true).OrderByDescending(e => e.Priority).ToList();
        extensions.ForEach(e => e.Build = this);
        return extensions;
    }
}
