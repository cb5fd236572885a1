using System.Reflection;

namespace Automation.Tests.Tools.Fluent;

/// <summary>
/// Writes the C# of NUKE's fluent forms for the properties one settings type declares (<c>SetConfiguration</c>,
/// <c>EnableNoRestore</c>, <c>AddProperty</c>, ...), from <see cref="FluentSettingsModel"/>: a sealed record's own
/// properties as plain extensions, a shared base's as generic ones (<see cref="FluentReceiver"/>). The output is
/// checked in under <c>src/Automation/Tools/Fluent/</c>; <see cref="FluentSettingsTests"/> keeps it current.
/// </summary>
internal static class FluentSettingsSource
{
    public static string FileName(Type settings) => FluentSettingsModel.ExtensionsClass(settings) + ".g.cs";

    public static string Generate(Type settings)
    {
        var code = new FluentCode(new FluentReceiver(settings));
        var see = $"<see cref=\"{settings.Name}\"/>";
        code.Begin(
            FluentSettingsModel.ExtensionsClass(settings),
            settings.IsAbstract
                ? $"NUKE's fluent forms for the properties of {see}, for every settings record derived from it: <c>s.SetX(value)</c>, <c>s.ResetX()</c>, and the boolean, list and dictionary forms. Each returns the record's own type."
                : $"NUKE's fluent forms for the properties {see} declares: <c>s.SetX(value)</c>, <c>s.ResetX()</c>, and the boolean, list and dictionary forms. The inherited properties' forms are in the base records' extensions.");
        var nullability = new NullabilityInfoContext();
        foreach (var property in FluentSettingsModel.DeclaredProperties(settings))
        {
            foreach (var name in FluentSettingsModel.Names(property))
            {
                Forms(code, property, name, FluentCSharp.TypeName(property.PropertyType, nullability.Create(property)));
            }
        }

        if (settings == typeof(ToolSettings))
        {
            FluentProcessForms.Write(code, settings);
        }

        return code.End();
    }

    private static void Forms(FluentCode code, PropertyInfo property, string name, string valueType)
    {
        var p = property.Name;
        var see = $"<see cref=\"{property.DeclaringType!.Name}.{p}\"/>";
        var parameter = FluentCSharp.ParameterName(name);
        switch (FluentSettingsModel.KindOf(property))
        {
            case FluentKind.Boolean:
                code.Method($"Sets {see}.", $"Set{name}", $"{valueType} {parameter}", $"{p} = {parameter}", $"{parameter}:The new value.");
                Reset(code, property, name, see);
                code.Method($"Sets {see} to true.", $"Enable{name}", null, $"{p} = true");
                code.Method($"Sets {see} to false.", $"Disable{name}", null, $"{p} = false");
                var flipped = property.PropertyType == typeof(bool) ? $"!settings.{p}" : $"!(settings.{p} ?? false)";
                code.Method($"Flips {see} (unset counts as false).", $"Toggle{name}", null, $"{p} = {flipped}");
                break;
            case FluentKind.List:
                ListForms(code, property, name, see);
                break;
            case FluentKind.Dictionary:
                DictionaryForms(code, property, name, see);
                break;
            default:
                code.Method($"Sets {see}.", $"Set{name}", $"{valueType} {parameter}", $"{p} = {parameter}", $"{parameter}:The new value.");
                if (FluentSettingsModel.DataTypes.Contains(property.PropertyType))
                {
                    var part = property.PropertyType.Name;
                    code.Method($"Sets {see} to a new <see cref=\"{part}\"/> the configurator builds.", $"Set{name}", $"Configure<{part}> configurator", $"{p} = configurator(new {part}())", "configurator:Builds the value.");
                }

                Reset(code, property, name, see);
                break;
        }
    }

    private static void ListForms(FluentCode code, PropertyInfo property, string name, string see)
    {
        var p = property.Name;
        var item = FluentCSharp.TypeName(property.PropertyType.GetGenericArguments()[0], null);
        var values = FluentCSharp.ParameterName(name);
        (string Verb, string Summary, string Value)[] edits =
        [
            ("Set", $"Replaces {see} with the given values.", $"[.. {values}]"),
            ("Add", $"Adds values to {see}.", $"[.. settings.{p}, .. {values}]"),
            ("Remove", $"Removes values from {see}.", $"FluentValue.Without(settings.{p}, {values})"),
        ];
        foreach (var edit in edits)
        {
            foreach (var parameters in (string[])[$"params {item}[] {values}", $"IEnumerable<{item}> {values}"])
            {
                code.Method(edit.Summary, edit.Verb + name, parameters, $"{p} = {edit.Value}", $"{values}:The values.");
            }
        }

        var itemType = property.PropertyType.GetGenericArguments()[0];
        if (FluentSettingsModel.DataTypes.Contains(itemType))
        {
            code.Method($"Adds a new <see cref=\"{itemType.Name}\"/> the configurator builds to {see}.", "Add" + name, $"Configure<{itemType.Name}> configurator", $"{p} = [.. settings.{p}, configurator(new {itemType.Name}())]", "configurator:Builds the value.");
        }

        code.Method($"Empties {see}.", $"Clear{name}", null, $"{p} = []");
        Reset(code, property, name, see);
    }

    private static void DictionaryForms(FluentCode code, PropertyInfo property, string name, string see)
    {
        var p = property.Name;
        var arguments = property.PropertyType.GetGenericArguments();
        if (arguments[0] != typeof(string) || arguments[1] != typeof(string))
        {
            throw new NotSupportedException($"{property.DeclaringType!.Name}.{p}: only dictionaries of strings to strings have fluent forms.");
        }

        var one = FluentSettingsModel.Singular(name);
        var entries = FluentCSharp.ParameterName(name);
        var key = FluentCSharp.ParameterName(one + "Key");
        var value = FluentCSharp.ParameterName(one + "Value");
        code.Method($"Replaces {see} with the given entries.", $"Set{name}", $"IReadOnlyDictionary<string, string> {entries}", $"{p} = FluentValue.Copy({entries})", $"{entries}:The entries.");
        code.Method($"Replaces {see} with the given entries, formatted (<c>true</c>/<c>false</c>, invariant numbers).", $"Set{name}", $"IDictionary<string, object> {entries}", $"{p} = FluentValue.FromObjects({entries})", $"{entries}:The entries.");
        code.Method($"Sets one entry of {see}, formatted (<c>true</c>/<c>false</c>, invariant numbers).", $"Set{one}", $"string {key}, object {value}", $"{p} = FluentValue.With(settings.{p}, {key}, FluentValue.Format({value}, {key}))", $"{key}:The entry's name.", $"{value}:Its value.");
        code.Method($"Adds one entry to {see}; fails when it is there already.", $"Add{one}", $"string {key}, object {value}", $"{p} = FluentValue.Adding(settings.{p}, {key}, FluentValue.Format({value}, {key}), \"{p}\")", $"{key}:The entry's name.", $"{value}:Its value.");
        code.Method($"Removes one entry from {see}.", $"Remove{one}", $"string {key}", $"{p} = FluentValue.Without(settings.{p}, {key})", $"{key}:The entry's name.");
        code.Method($"Empties {see}.", $"Clear{name}", null, $"{p} = new Dictionary<string, string>()");
        Reset(code, property, name, see);
    }

    // The default is written out (null, false, [], ...), read from new records: a generic form has no record to read it from.
    private static void Reset(FluentCode code, PropertyInfo property, string name, string see)
    {
        var value = FluentSettingsModel.DefaultOf(property);
        var literal = FluentCSharp.Literal(value, property.PropertyType)
            ?? throw new NotSupportedException($"{property.DeclaringType!.Name}.{property.Name} starts as {value}, which the generator cannot write in C#: teach FluentCSharp.Literal that value.");
        code.Method($"Sets {see} back to its default.", $"Reset{name}", null, $"{property.Name} = {literal}");
    }
}
