using System.Collections;
using Automation.Core;
using Automation.Parameters;
using Automation.Targets;

namespace Automation.Execution;

/// <summary>Checks every <c>Requires</c> of the targets about to run, before any runs; all problems are reported together.</summary>
internal static class RequirementChecker
{
    public static void Check(IEnumerable<ExecutableTarget> targets, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var problems = new List<string>();
        foreach (var target in targets)
        {
            foreach (var requirement in target.Definition.ValueRequirements)
            {
                if (HasValue(Evaluate(target, requirement)))
                {
                    continue;
                }

                var parameter = parameters.FirstOrDefault(p => p.MemberName == requirement.MemberName);
                problems.Add(parameter is null
                    ? $"Target '{target.Name}' requires {requirement.Text} to have a value."
                    : $"Target '{target.Name}' requires parameter '{parameter.Name}'. Pass it with --{parameter.Name} <value>, or set the environment variable {parameter.EnvironmentName}.");
            }

            foreach (var requirement in target.Definition.ConditionRequirements)
            {
                if (Evaluate(target, requirement) is not true)
                {
                    problems.Add($"Target '{target.Name}' requires {requirement.Text}.");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>Checks the parameters marked <see cref="RequiredAttribute"/> of <paramref name="build"/>; all missing ones are reported together.</summary>
    public static void CheckRequiredParameters(object build, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var missing = parameters
            .Where(p => p.IsRequired && !HasValue(p.GetValue(build)))
            .Select(p => $"Parameter '{p.Name}' is required ([Required]). Pass it with --{p.Name} <value>, or set the environment variable {p.EnvironmentName}.")
            .ToList();
        if (missing.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, missing));
        }
    }

    private static object? Evaluate(ExecutableTarget target, Condition requirement)
    {
        try
        {
            return requirement.Evaluate();
        }
        catch (System.Reflection.TargetInvocationException exception)
        {
            throw new UsageException($"The requirement '{requirement.Text}' of target '{target.Name}' threw: {exception.InnerException?.Message}");
        }
    }

    private static bool HasValue(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        ICollection collection => collection.Count > 0,
        _ => true,
    };
}
