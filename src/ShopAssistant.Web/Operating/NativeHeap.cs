using System.Runtime.InteropServices;

namespace ShopAssistant.Web.Operating;

/// <summary>
/// The C library's heap, which the native parts of the process (SQLite, ML.NET and LightGBM, ICU, the runtime itself)
/// allocate from. glibc gives each new thread its own arena, up to eight per core: measured on the 2-core machine
/// (bench memory), the arenas of a host that had served 1,000 conversations held about 70 MB, most of it freed memory
/// that an arena keeps (MALLOC_ARENA_MAX=2 in the environment: 371 → 330 MB after 1,000 conversations). So the host
/// asks for two arenas before it starts any thread of its own, and hands the arenas' free pages back once its
/// warm-up (training included) is done. Elsewhere than on glibc (musl, Windows, macOS) both do nothing.
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
