namespace Automation;

/// <summary>
/// A settings hook that turns one settings object into several, to run a tool once per combination:
/// <c>DotNetPublish(s =&gt; s.SetProject(app).CombineWith(runtimes, (s, rid) =&gt; s.SetRuntime(rid)), degreeOfParallelism: 2)</c>.
/// </summary>
/// <typeparam name="TSettings">The tool's settings record.</typeparam>
/// <param name="settings">The default settings.</param>
/// <returns>The settings of each run.</returns>
public delegate IEnumerable<TSettings> CombinatorialConfigure<TSettings>(TSettings settings);
