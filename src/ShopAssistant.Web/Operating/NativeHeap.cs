using System.Runtime.InteropServices;

namespace ShopAssistant.Web.Operating;

/// <summary>
/// The C library's heap, which the native parts of the process (SQLite, ML.NET and LightGBM, ICU, the runtime itself)
/// allocate from. glibc gives each new thread its own arena, up to eight per core: measured on the 2-core machine
/// (bench memory), the arenas of a host that had served 1,000 conversations held about 70 MB, most of it freed memory
/// that an arena keeps (MALLOC_ARENA_MAX=2 in the environment: 371 → 330 MB after 1,000 conversations). So the host
/// asks for two arenas before it starts any thread of its own (glibc applies a cap only once it has made eight arenas,
/// so those the runtime's threads made before Main stay: about five instead of up to sixteen; the environment setting,
/// read before any thread, does better and is what deploy/Dockerfile sets), and hands the arenas' free pages back once
/// its warm-up (training included) is done. Elsewhere than on glibc (musl, Windows, macOS) both do nothing.
/// </summary>
internal static class NativeHeap
{
    /// <summary>glibc's <c>M_ARENA_MAX</c> option of <c>mallopt</c>.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>Two arenas: the main one and one more, as <c>MALLOC_ARENA_MAX=2</c> would (an environment setting still wins).</summary>
    public static void LimitArenas(int arenas = 2)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null) return;
        try
        {
            MallOpt(ArenaMaxOption, arenas);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: nothing to limit.
        }
    }

    /// <summary>Gives the arenas' free pages back to the system; false where there is no glibc.</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            MallocTrim(0);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: two blittable calls need no generated marshalling, nor unsafe code in the project.
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int MallOpt(int option, int value);

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}

/// <summary>
/// Gives the C heap's free pages back every <see cref="Interval"/>: a turn's native allocations (SQLite's, ICU's) are
/// freed but stay in the arena of whichever pool thread made them, so the arenas grew by about 25 MB over the first
/// 1,000 conversations of bench memory, and one trim then gave 17 MB back. A trim costs a millisecond or so.
/// </summary>
internal sealed class NativeHeapTrimmer : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!NativeHeap.Trim()) return;
        }
    }
}
