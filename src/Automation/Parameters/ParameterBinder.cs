using Automation.Core;

namespace Automation.Parameters;

/// <summary>
/// Sets each parameter from its highest source: command line; <c>AUTOMATION_NAME</c>; <c>NAME</c>; the configuration
/// files, highest first (<c>--config-file</c>, profiles with the last named first, <c>.nuke/parameters.json</c>, the user
/// file, the system file); otherwise the initializer stays.
/// Secret values are registered with the masker before anything can print them.
/// </summary>
internal static class ParameterBinder
{
    /// <summary>How many unknown keys of one file are named, each with a suggestion; the rest are counted in one line,
    /// so that a wrong file (a generated one, thousands of keys) is a few lines, not thousands.</summary>
    public const int NamedUnknownKeys = 10;

    /// <returns>Warnings, e.g. keys in parameter files that match no parameter.</returns>
    public static IReadOnlyList<string> Bind(object build, IReadOnlyList<ParameterDescriptor> parameters, ParameterInputs inputs, SecretMasker masker)
    {
        foreach (var parameter in parameters)
        {
            var sources = Sources(parameter, inputs).ToList();
            if (sources.Count == 0)
            {
                continue;
            }

            var raw = sources[0];
            if (parameter.IsSecret)
            {
                // Shadowed values too (an environment variable the command line overrides, an older value in a
                // parameter file): they are credentials all the same, and a target or a tool may still print them.
                foreach (var value in sources.SelectMany(source => source.Values))
                {
                    masker.Add(value);
                }
            }

            parameter.SetValue(build, ValueConverter.Convert(parameter, raw));
            if (parameter.IsSecret && raw.Values.Any(SecretMasker.IsTooShort))
            {
                throw TooShort(parameter, raw.Source);
            }
        }

        foreach (var parameter in parameters.Where(p => p.IsSecret))
        {
            RegisterSecret(parameter, parameter.GetValue(build), masker);
        }

        foreach (var parameter in parameters.Where(p => !p.IsComponentParameter && p.ComponentAliases.Count > 0))
        {
            foreach (var alias in parameter.ComponentAliases)
            {
                ((IComponentParameterStore)build).SetComponentParameter(alias, parameter.GetValue(build));
            }
        }

        var known = parameters.SelectMany(p => new[] { Naming.Normalize(p.Name), Naming.Normalize(p.MemberName) })
            .Concat(ParameterFile.TargetKeys)
            .Concat(ParameterFile.NukeSetupKeys)
            .ToHashSet(StringComparer.Ordinal);
        return inputs.Files.Where(file => !file.Shared).SelectMany(file => UnknownKeyWarnings(file, known, parameters)).ToList();
    }

    private static IEnumerable<string> UnknownKeyWarnings(ParameterFile file, HashSet<string> known, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var unknown = file.Values.Where(entry => !known.Contains(entry.Key)).Select(entry => entry.Value.Key).ToList();
        foreach (var key in unknown.Take(NamedUnknownKeys))
        {
            yield return $"{file.DisplayName}: '{key}' is not a parameter of this build.{Suggestions.DidYouMean(key, parameters.Select(p => p.MemberName))}";
        }

        if (unknown.Count > NamedUnknownKeys)
        {
            yield return $"{file.DisplayName}: and {unknown.Count - NamedUnknownKeys} more keys that are not parameters of this build. --help lists the parameters.";
        }
    }

    /// <summary>Every value given for <paramref name="parameter"/>, highest source first: the first one is its value.</summary>
    public static IEnumerable<RawValue> Sources(ParameterDescriptor parameter, ParameterInputs inputs)
    {
        if (inputs.CommandLine.TryGetValue(parameter.Name, out var fromCommandLine))
        {
            yield return fromCommandLine;
        }

        foreach (var variable in new[] { "AUTOMATION_" + parameter.EnvironmentName, parameter.EnvironmentName })
        {
            // An empty variable is how CI systems expand an unset secret: it does not count as a value.
            if (inputs.Environment.TryGetValue(variable, out var value) && value.Length > 0)
            {
                yield return new RawValue([value], $"environment variable {variable}", inputs.WorkingDirectory);
            }
        }

        foreach (var variable in NukeEnvironmentNames.Matching(parameter, inputs.Environment))
        {
            yield return new RawValue([inputs.Environment[variable]], $"environment variable {variable}", inputs.WorkingDirectory);
        }

        var keys = new[] { Naming.Normalize(parameter.Name), Naming.Normalize(parameter.MemberName) };
        for (var i = inputs.Files.Count - 1; i >= 0; i--)
        {
            foreach (var key in keys)
            {
                if (inputs.Files[i].Values.TryGetValue(key, out var entry) && entry.Value.Values.Count > 0)
                {
                    yield return entry.Value;
                    break;
                }
            }
        }
    }

    private static void RegisterSecret(ParameterDescriptor parameter, object? value, SecretMasker masker)
    {
        switch (value)
        {
            case string text:
                Register(text);
                break;
            case Array array:
                foreach (var item in array)
                {
                    Register(item?.ToString());
                }

                break;
            case ValueType when value.Equals(Activator.CreateInstance(value.GetType())):
                // 0, false, the first enum member: a secret nobody set, which would otherwise mask every "0" in the output.
                break;
            case not null:
                Register(value.ToString());
                break;
        }

        // Values from the initializer in code, or set by the build itself, follow the same rule as given ones.
        void Register(string? text)
        {
            if (SecretMasker.IsTooShort(text))
            {
                throw TooShort(parameter, "its initial value");
            }

            masker.Add(text);
        }
    }

    // The value is not shown: it is a secret, short or not. The minimum is what keeps masking from hiding unrelated
    // text (a one-character secret would turn every occurrence of that character into ***).
    private static UsageException TooShort(ParameterDescriptor parameter, string source) =>
        new($"The value of secret parameter --{parameter.Name} (from {(source.StartsWith("--", StringComparison.Ordinal) ? "the command line" : source)}) is too short: a secret must have at least " +
            $"{SecretMasker.MinimumLength} characters, or masking it would hide unrelated text in the output. Use the real credential, or leave it unset.");
}
