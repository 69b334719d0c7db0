using Microsoft.Extensions.Logging;

namespace ShopAssistant.Knowledge;

/// <summary>
/// A verb has no logging pipeline; what the index build warns about (embeddings failed, built sparse-only) is
/// printed with the verb's own output so that whoever ran `ingest` sees it.
/// </summary>
internal sealed class OutputLogger(TextWriter output) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) output.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
    }
}
