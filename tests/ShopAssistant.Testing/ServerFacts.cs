using System.Reflection;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ShopAssistant.Testing;

/// <summary>
/// On a test class: its [ServerFact] tests run only where these servers can be had (a configured one, or binaries to
/// start a throw-away one); elsewhere they are reported Skipped with the reason, never passed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresServersAttribute(params Server[] servers) : Attribute
{
    public IReadOnlyList<Server> Servers { get; } = servers;
}

/// <summary>
/// A fact that is skipped, with the reason, when its class (the concrete one: shared suites declare their facts on an
/// abstract base) requires servers this machine does not have.
/// </summary>
[XunitTestCaseDiscoverer("ShopAssistant.Testing.ServerFactDiscoverer", "ShopAssistant.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServerFactAttribute : FactAttribute;

public sealed class ServerFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new ServerTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod)];
}

public sealed class ServerTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ServerTestCase() { }

    public ServerTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? LocalServers.SkipReason(
            TestMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttributes<RequiresServersAttribute>(inherit: true).SelectMany(r => r.Servers) ?? [])!;
}
