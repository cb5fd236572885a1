using Automation.Components;

namespace Automation.Tests.Components.Delivery;

public sealed class ConfigurationLayersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("layers").FullName;

    [Fact]
    public void Each_layer_overrides_the_ones_before_it_key_by_key()
    {
        Write("common", """{ "A": "common", "B": "common", "C": "common", "D": "common", "E": "common", "F": "common", "Nested": { "Keep": "common", "Change": "common" } }""");
        Write("common-staging", """{ "B": "common-staging", "C": "common-staging", "D": "common-staging", "E": "common-staging", "F": "common-staging" }""");
        Write("common-production", """{ "B": "common-production", "C": "common-production", "D": "common-production", "E": "common-production", "F": "common-production" }""");
        Write("web", """{ "C": "app", "D": "app", "E": "app", "F": "app", "Nested": { "Change": "app" } }""");
        Write("web-staging", """{ "D": "app-staging", "E": "app-staging", "F": "app-staging" }""");
        var environment = Staging with
        {
            Overrides = new Dictionary<string, string> { ["E"] = "overrides", ["F"] = "overrides" },
            HostSettings = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["web1"] = new Dictionary<string, string> { ["F"] = "host", ["Nested:Host"] = "web1" } },
        };

        var rendered = ConfigurationLayers.Render(_folder, "web", environment, "web1", new Dictionary<string, string>());

        var json = System.Text.Json.JsonDocument.Parse(rendered.Json).RootElement;
        Assert.Equal(["common", "common-staging", "app", "app-staging", "overrides", "host"], new[] { "A", "B", "C", "D", "E", "F" }.Select(k => json.GetProperty(k).GetString()));
        Assert.Equal(("common", "app", "web1"), (json.GetProperty("Nested").GetProperty("Keep").GetString(), json.GetProperty("Nested").GetProperty("Change").GetString(), json.GetProperty("Nested").GetProperty("Host").GetString()));
        Assert.Equal(["common.json", "common-staging.json", "web.json", "web-staging.json", "overrides", "host web1"], rendered.Layers);
    }

    [Fact]
    public void The_hash_changes_with_the_configuration_and_with_the_host()
    {
        Write("common", """{ "A": 1 }""");
        var environment = Staging with { HostSettings = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["web2"] = new Dictionary<string, string> { ["A"] = "2" } } };
        var web1 = ConfigurationLayers.Render(_folder, "web", environment, "web1", new Dictionary<string, string>());
        Assert.Equal(web1.Hash, ConfigurationLayers.Render(_folder, "web", environment, "web1", new Dictionary<string, string>()).Hash);
        Assert.NotEqual(web1.Hash, ConfigurationLayers.Render(_folder, "web", environment, "web2", new Dictionary<string, string>()).Hash);
        Assert.Matches("^[0-9a-f]{64}$", web1.Hash);
    }

    [Fact]
    public void Secrets_fill_placeholders_and_a_missing_one_is_named()
    {
        Write("common", """{ "Connection": "Server=db;Password=${DbPassword}" }""");
        var rendered = ConfigurationLayers.Render(_folder, "web", Staging, "web1", new Dictionary<string, string> { ["DbPassword"] = "s3cret" });
        Assert.Contains("Server=db;Password=s3cret", rendered.Json, StringComparison.Ordinal);

        var missing = Assert.Throws<InvalidOperationException>(() => ConfigurationLayers.Render(_folder, "web", Staging, "web1", new Dictionary<string, string>()));
        Assert.Contains("${DbPassword}", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_that_is_not_a_json_object_is_named()
    {
        Write("common-staging", "[1, 2]");
        var error = Assert.Throws<InvalidOperationException>(() => ConfigurationLayers.Render(_folder, "web", Staging, "web1", new Dictionary<string, string>()));
        Assert.Contains("common-staging.json must hold a JSON object", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static DeliveryEnvironment Staging => new() { Name = "staging" };

    private void Write(string layer, string json) => File.WriteAllText(Path.Combine(_folder, layer + ".json"), json);
}
