using Nuke.Common;
using Nuke.Common.ProjectModel;
using Nuke.Components;

// A build made of Nuke.Components, overriding one of its targets.
class Build : NukeBuild, IHazSolution, IRestore, ICompile
{
    public static int Main() => Execute<Build>(x => x.From<ICompile>().Compile);

    [Solution] readonly Solution Solution;
    Solution IHazSolution.Solution => Solution;

    Target ICompile.Compile => _ => _
        .Inherit<ICompile>(x => x.Compile)
        .Executes(() => { });

    T From<T>() where T : class => (T)(object)this;
}
