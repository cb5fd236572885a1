using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components.Delivery;

public sealed class DeliveryHostTests
{
    [Fact]
    public void An_ssh_address_gives_user_server_port_and_root()
    {
        var host = DeliveryHost.Parse("ssh://deploy@web1.example:2222/srv/app/", "/repo");
        Assert.Equal(("deploy", "web1.example", 2222, "/srv/app", true), (host.User, host.Server, host.Port, host.Root, host.IsRemote));
        Assert.Equal(22, DeliveryHost.Parse("ssh://deploy@web1/srv/app", "/repo").Port);
    }

    [UnixFact("Unix paths: a relative host resolves against /repo")]
    public void A_plain_path_is_a_local_directory_relative_to_the_repository()
    {
        var host = DeliveryHost.Parse("environments/staging", "/repo");
        Assert.Equal(("/repo/environments/staging", false), (host.Root, host.IsRemote));
    }

    [Theory]
    [InlineData("ssh://web1/srv/app")]
    [InlineData("ssh://deploy@web1")]
    public void An_incomplete_ssh_address_says_what_to_write(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => DeliveryHost.Parse(text, "/repo"));
        Assert.Contains("ssh://user@host:port/absolute/path", error.Message, StringComparison.Ordinal);
    }
}
