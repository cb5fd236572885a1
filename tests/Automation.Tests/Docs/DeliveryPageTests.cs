namespace Automation.Tests.Docs;

/// <summary>docs/delivery.md shows the <c>:status</c> table the delivery integration test expects, word for word.</summary>
public sealed class DeliveryPageTests
{
    [Fact]
    public void The_delivery_page_ends_the_sample_pipeline_with_the_status_table_the_test_expects()
    {
        var expected = File.ReadAllText(Path.Combine(DocumentationFiles.Root, "tests", "Automation.IntegrationTests", "Delivery", "Expected", "pipeline-status.expected.txt")).ReplaceLineEndings("\n");
        var page = File.ReadAllText(Path.Combine(DocumentationFiles.Root, "docs", "delivery.md")).ReplaceLineEndings("\n");

        Assert.Contains("```\n" + expected + "```\n", page, StringComparison.Ordinal);
    }
}
