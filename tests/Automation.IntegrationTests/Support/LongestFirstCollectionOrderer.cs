using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Automation.IntegrationTests.Support.LongestFirstCollectionOrderer", "Automation.IntegrationTests")]

namespace Automation.IntegrationTests.Support;

/// <summary>
/// Starts the test collections longest first (by <see cref="CiSecondsAttribute"/>; unmarked ones after, in xUnit's
/// own order). xUnit runs as many collections at once as there are cores and starts them in this order: a long
/// collection started last would run alone while the other cores idle, which on 2 cores cost minutes of the CI run.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    // xUnit names the collection it makes for a class without [Collection] after the class.
    private const string ClassCollectionPrefix = "Test collection for ";

    private readonly DefaultTestCollectionOrderer _default = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderByDescending(Seconds).ToList();

    private static int Seconds(ITestCollection collection)
    {
        var marked = collection.CollectionDefinition ?? ClassOf(collection);
        var attribute = marked?.GetCustomAttributes(typeof(CiSecondsAttribute).AssemblyQualifiedName).FirstOrDefault();
        return attribute is null ? 0 : (int)attribute.GetConstructorArguments().Single();
    }

    private static ITypeInfo? ClassOf(ITestCollection collection)
    {
        if (!collection.DisplayName.StartsWith(ClassCollectionPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = collection.DisplayName[ClassCollectionPrefix.Length..];
        var end = name.IndexOf(' ', StringComparison.Ordinal);
        return collection.TestAssembly.Assembly.GetType(end < 0 ? name : name[..end]);
    }
}
