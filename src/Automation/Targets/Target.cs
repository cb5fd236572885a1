namespace Automation;

/// <summary>
/// A build target: a property of the build class (or of a component interface) whose body
/// configures the definition it is given, e.g. <c>Target Compile => _ => _.DependsOn(Restore).Executes(...)</c>.
/// </summary>
/// <param name="definition">The definition to configure.</param>
/// <returns>The configured definition.</returns>
public delegate ITargetDefinition Target(ITargetDefinition definition);
