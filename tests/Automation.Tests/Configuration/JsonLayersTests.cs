using System.Text.Json.Nodes;

namespace Automation.Tests.Configuration;

public sealed class JsonLayersTests
{
    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Objects_merge_key_by_key_and_arrays_are_replaced_whole()
    {
        var layers = new JsonLayers();
        layers.Add(Parse("""{ "deploy": { "Url": "a", "Hosts": ["h1", "h2"], "Port": 1 } }"""), "low");
        layers.Add(Parse("""{ "deploy": { "Hosts": ["h3"], "Port": 2 } }"""), "high");

        Assert.Equal("""{"deploy":{"Url":"a","Hosts":["h3"],"Port":2}}""", layers.Merged.ToJsonString());
        Assert.Equal(
            ["deploy:Url low", "deploy:Hosts high", "deploy:Port high"],
            layers.Values.Select(v => $"{v.Path} {v.Origin}"));
    }

    [Fact]
    public void Each_value_remembers_the_layer_and_line_that_set_it()
    {
        var layers = new JsonLayers();
        layers.Add(Parse("""{ "a": { "b": 1, "c": 2 } }"""), "file.json", path => path == "a:c" ? 7 : null);

        Assert.Equal("file.json:7", layers.OriginOf("a:c")!.ToString());
        Assert.Equal("file.json", layers.OriginOf("a:b")!.ToString());
        Assert.Null(layers.OriginOf("x"));
    }

    [Fact]
    public void A_value_that_replaces_an_object_takes_the_origins_below_it_away()
    {
        var layers = new JsonLayers();
        layers.Add(Parse("""{ "a": { "b": 1 } }"""), "low");
        layers.Add(Parse("""{ "a": "flat" }"""), "high");

        Assert.Equal(["a high"], layers.Values.Select(v => $"{v.Path} {v.Origin}"));
    }

    [Fact]
    public void Set_makes_the_objects_on_the_way()
    {
        var layers = new JsonLayers();
        layers.Add(Parse("""{ "Logging": { "Level": "Info", "File": "x" } }"""), "common.json");
        layers.Set("Logging:Level", JsonValue.Create("Debug"), new ConfigurationOrigin("overrides"));
        layers.Set("Cache:Size", JsonValue.Create("2048"), new ConfigurationOrigin("host"));

        Assert.Equal("""{"Logging":{"Level":"Debug","File":"x"},"Cache":{"Size":"2048"}}""", layers.Merged.ToJsonString());
        Assert.Equal("overrides", layers.OriginOf("Logging:Level")!.ToString());
    }

    [Fact]
    public void With_ignore_case_keys_differing_in_case_are_one_key()
    {
        var layers = new JsonLayers(ignoreCase: true);
        layers.Add(Parse("""{ "Deploy": { "Url": "a" } }"""), "low");
        layers.Add(Parse("""{ "deploy": { "url": "b" } }"""), "high");

        Assert.Equal("b", layers.Merged["DEPLOY"]!["URL"]!.GetValue<string>());
        Assert.Single(layers.Values);
    }
}
