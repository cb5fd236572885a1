using Automation.Core;
using Automation.Targets;

namespace Automation.Planning;

/// <summary>
/// Gives the targets of a plan their argument values: the command line's, then what the planned targets pass their
/// dependencies (<see cref="TargetCall"/>); a required argument left without a value is a usage error.
/// </summary>
internal static class TargetArgumentBinding
{
    public static void Apply(TargetGraph graph, IReadOnlyDictionary<string, Dictionary<string, object?>> commandLine, ExecutionPlan plan, bool checkRequired)
    {
        foreach (var (targetName, values) in commandLine)
        {
            var target = graph.Find(targetName);
            foreach (var (argument, value) in values)
            {
                target.ArgumentValues.Set(argument, value, TargetCall.CommandLineOrigin, wins: true);
            }
        }

        // Only calls of targets that run: `./build.sh clean` alone must not get the values `build` would pass it.
        foreach (var caller in plan.Targets.Select(t => t.Target))
        {
            foreach (var call in caller.Definition.Calls)
            {
                var callee = graph.Resolve(call.Target);
                foreach (var (name, value) in call.Arguments)
                {
                    var argument = callee.Definition.Arguments.FirstOrDefault(a => Naming.Matches(a.Name, name))
                        ?? throw new UsageException($"Target '{caller.Name}' passes '{name}' to target '{callee.Name}', which has no such argument{Known(callee)}.");
                    if (value is not null && !argument.ValueType.IsInstanceOfType(value))
                    {
                        throw new UsageException(
                            $"Target '{caller.Name}' passes {name} = {value} ({value.GetType().Name}) to target '{callee.Name}', whose argument --{argument.Name} is of type {argument.ValueType.Name}.");
                    }

                    callee.ArgumentValues.Set(argument.Name, value, $"target '{caller.Name}'", wins: false);
                }
            }
        }

        if (!checkRequired)
        {
            return;
        }

        foreach (var target in plan.Targets.Select(t => t.Target))
        {
            if (target.Definition.Arguments.FirstOrDefault(a => a.IsRequired && !target.ArgumentValues.IsGiven(a.Name)) is { } missing)
            {
                throw new UsageException(
                    $"Target '{target.Name}' needs its argument <{missing.Name}>: './build.sh {target.Name} {string.Join(" ", target.Definition.Arguments.Where(a => a.IsRequired).Select(a => $"<{a.Name}>"))}'. " +
                    $"'./build.sh {target.Name} --help' describes it.");
            }
        }
    }

    private static string Known(ExecutableTarget target) =>
        target.Definition.Arguments.Count == 0 ? " (it takes none)" : $" (its arguments: {string.Join(", ", target.Definition.Arguments.Select(a => a.Name))})";
}
