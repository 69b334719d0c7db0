using Microsoft.Extensions.Options;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Privacy;

/// <summary>
/// Deletes transcripts older than ShopAssistant:Privacy:TranscriptRetentionDays, a minute after the start and then daily,
/// with what quotes them (see <see cref="IShopperDataStore.PurgeTranscriptsAsync"/>). Events stay: they hold
/// no shopper text, and the dashboard's history is counted from them.
/// </summary>
public sealed partial class TranscriptRetention(IShopperDataStore data, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<TranscriptRetention> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>One purge; returns how many transcript entries went (0 when retention is off).</summary>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var days = options.Value.TranscriptRetentionDays;
        if (days <= 0) return 0;
        var purged = await data.PurgeTranscriptsAsync(clock.GetUtcNow().AddDays(-days), ct);
        if (purged > 0) LogPurged(log, purged, days);
        return purged;
    }

    /// <summary>
    /// The first purge waits this long after the start: a restart's first minute belongs to its first shoppers (on two
    /// cores the purge's query slowed the first answer, bench cold), and a day's retention does not hang on a minute.
    /// </summary>
    public static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(StartDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed purge is tried again tomorrow; it must not stop the host.
                LogFailed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} transcript entries older than {Days} days.")]
    private static partial void LogPurged(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge failed; it runs again in a day.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
