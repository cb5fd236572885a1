using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace Automation.Incremental;

/// <summary>The hashes that decide whether a target is up to date.</summary>
internal static class ContentHash
{
    /// <summary>XxHash128 of a file's bytes: fast enough to hash every input on every run, so a change that keeps
    /// the length and the modification time (a one-byte edit within the clock's resolution) is still seen.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16, FileOptions.SequentialScan);
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>SHA-256 of a text: configuration may hold secrets, and a state file must not make them easy to guess.</summary>
    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
