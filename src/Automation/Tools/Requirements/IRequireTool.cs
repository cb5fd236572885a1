using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>
/// Marks a tasks class that names a tool a build can declare it needs (NUKE's <c>IRequireTool</c>):
/// <c>[Requires&lt;GitVersionTasks&gt;(Version = "6.0.0")]</c>. The tool tasks classes of this library implement it.
/// </summary>
[SuppressMessage("Design", "CA1040:Avoid empty interfaces", Justification = "NUKE's marker: the constraint of RequiresAttribute<T>.")]
public interface IRequireTool;
