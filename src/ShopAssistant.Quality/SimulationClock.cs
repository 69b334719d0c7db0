namespace ShopAssistant.Quality;

/// <summary>
/// Real time shifted by a settable offset. The simulate verb registers it so that it can play conversations on past
/// days and hours while every component (bot, desk, transcripts) keeps reading the one TimeProvider it always reads.
/// </summary>
public sealed class SimulationClock(TimeProvider? real = null) : TimeProvider
{
    private readonly TimeProvider _real = real ?? System;

    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + Offset;

    /// <summary>Moves the clock so that "now" reads as the given moment; time then runs on from there.</summary>
    public void SetNow(DateTimeOffset at) => Offset = at - _real.GetUtcNow();
}
