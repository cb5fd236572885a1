using System.Text;

namespace Automation.IntegrationTests.Processes;

/// <summary>A thread-safe text sink that can be read while a build writes to it, to see output as it streams.</summary>
public sealed class LiveWriter : TextWriter
{
    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            _text.Append(buffer, index, count);
        }
    }

    /// <summary>Polls until the text contains <paramref name="expected"/>; fails with the text so far after the timeout.</summary>
    public Task WaitForAsync(string expected, TimeSpan timeout) =>
        WaitUntilAsync(text => text.Contains(expected, StringComparison.Ordinal), $"'{expected}' did not appear", timeout);

    /// <summary>Polls until <paramref name="condition"/> holds for the text; fails saying <paramref name="failure"/> and the text so far after the timeout.</summary>
    public async Task WaitUntilAsync(Func<string, bool> condition, string failure, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Text))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{failure} within {timeout.TotalSeconds} s. Output so far:{Environment.NewLine}{Text}");
            }

            await Task.Delay(20);
        }
    }
}
