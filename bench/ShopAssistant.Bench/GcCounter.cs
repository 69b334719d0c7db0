using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace ShopAssistant.Bench;

/// <summary>
/// Counts another process's garbage collections by generation while it runs, from the runtime's GC start events over
/// EventPipe (only the GC keyword at informational level: a handful of events per collection, no sampling).
/// </summary>
internal sealed class GcCounter : IAsyncDisposable
{
    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private readonly int[] _byGeneration = new int[3];

    private GcCounter(EventPipeSession session)
    {
        _session = session;
        _reading = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Clr.GCStart += e => Interlocked.Increment(ref _byGeneration[Math.Clamp(e.Depth, 0, 2)]);
            source.Process();
        });
    }

    public static GcCounter Start(int pid)
    {
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC);
        return new GcCounter(new DiagnosticsClient(pid).StartEventPipeSession(provider, requestRundown: false));
    }

    /// <summary>Stops the session and returns the collections seen, gen0, gen1, gen2.</summary>
    public async Task<int[]> StopAsync()
    {
        await _session.StopAsync(CancellationToken.None);
        await _reading.WaitAsync(TimeSpan.FromSeconds(10));
        return [.. _byGeneration];
    }

    public async ValueTask DisposeAsync()
    {
        try { await _session.StopAsync(CancellationToken.None); } catch (ServerNotAvailableException) { } catch (ObjectDisposedException) { }
        _session.Dispose();
    }
}
