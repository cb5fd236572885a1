using System.Reflection;
using Automation.Core;

namespace Automation.Ci.AppVeyor;

/// <summary>
/// The encrypted secrets an <see cref="AppVeyorAttribute"/> writes: the <see cref="AppVeyorSecretAttribute"/>s on the
/// build class that its <see cref="AppVeyorAttribute.Secrets"/> selects, and NUKE's older <c>"Parameter:encrypted"</c>
/// entries. Each value must look encrypted (base64): a plain value would be committed in clear text. Messages name the
/// parameter, never the value.
/// </summary>
internal static class AppVeyorSecrets
{
    public static IEnumerable<(string Parameter, string Value)> Select(AppVeyorAttribute attribute, Type buildType)
    {
        var declared = buildType.GetCustomAttributes<AppVeyorSecretAttribute>(inherit: true).Select(s => (s.Parameter, s.Value)).ToList();
        var selected = new List<(string Parameter, string Value)>();
        if (attribute.Secrets is null)
        {
            selected.AddRange(declared);
        }
        else
        {
            foreach (var entry in attribute.Secrets)
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    selected.Add((entry[..colon], entry[(colon + 1)..]));
                    continue;
                }

                selected.AddRange(declared.Where(d => Naming.Matches(d.Parameter, entry)) is var found && found.Any()
                    ? found
                    : throw new UsageException($"{attribute.Display} lists secret '{entry}' in Secrets, but the build class has no [AppVeyorSecret(\"{entry}\", ...)]. Add one with the value AppVeyor encrypted (https://ci.appveyor.com/tools/encrypt), or remove it from Secrets."));
            }
        }

        foreach (var (parameter, value) in selected)
        {
            if (!LooksEncrypted(value))
            {
                throw new UsageException(
                    $"[AppVeyorSecret(\"{parameter}\", ...)] holds a value that is not base64, so not one AppVeyor encrypted: it would be committed in clear text. " +
                    "Encrypt it with https://ci.appveyor.com/tools/encrypt (or the account's Encrypt YAML page) and use the result.");
            }
        }

        return selected;
    }

    // AppVeyor's encrypted values are base64 of a cipher text (a multiple of 16 bytes): at least 24 characters.
    private static bool LooksEncrypted(string value) =>
        value.Length >= 24 && value.Length % 4 == 0 && Convert.TryFromBase64String(value, new byte[value.Length], out _);
}
