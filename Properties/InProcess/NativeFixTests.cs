using System.Security.Cryptography;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Torch;
using Adam.Verification.Torch.Native;

namespace Adam.Verification.Properties.InProcess;

/// <summary>
/// The libstdc++ fix for TorchSharp's native bridge: the plan weakens exactly the versions the system lacks and
/// nothing relocates, nothing on a system that has them, and refuses a version whose symbols are called; the patch
/// changes only those flags; the NuGet cache is never written; after <see cref="NativeFix.Prepare"/> the application's
/// copy loads against this process's libstdc++.
/// </summary>
[Collection(TorchSharpInProcess.Name)]
public sealed class NativeFixTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-native-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string CachedBridge => Path.Combine(NativeFix.PackageCache(), "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void The_bridge_needs_glibcxx_3_4_32_for_one_unrelocated_symbol_and_nothing_else_is_weakened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        ElfImage bridge = ElfImage.Read(CachedBridge);
        VersionNeed need = Assert.Single(bridge.Needs(), n => n.Version == "GLIBCXX_3.4.32");
        Assert.Equal("libstdc++.so.6", need.File);
        Assert.Empty(bridge.RelocatedSymbols(need.Index));

        var all = bridge.Needs().Where(n => n.File == "libstdc++.so.6").Select(n => n.Version).ToHashSet(StringComparer.Ordinal);
        Assert.True(WeakeningPlan.For(bridge, "libstdc++.so.6", all).NothingToDo, "a system that defines every version gets no patch");

        var debian12 = all.Where(v => v != "GLIBCXX_3.4.32").ToHashSet(StringComparer.Ordinal);
        WeakeningPlan plan = WeakeningPlan.For(bridge, "libstdc++.so.6", debian12);
        Assert.Equal(["GLIBCXX_3.4.32"], plan.Weaken.Select(w => w.Version));
        Assert.Empty(plan.Blocking);

        // A version whose symbols the bridge calls (operator new and friends are bound to GLIBCXX_3.4) cannot be weakened.
        VersionNeed called = bridge.Needs().First(n => n.File == "libstdc++.so.6" && bridge.RelocatedSymbols(n.Index).Count > 0);
        WeakeningPlan refused = WeakeningPlan.For(bridge, "libstdc++.so.6", all.Where(v => v != called.Version).ToHashSet(StringComparer.Ordinal));
        Assert.Empty(refused.Weaken);
        Assert.StartsWith(called.Version + " (", Assert.Single(refused.Blocking), StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => NativeFix.Apply(Path.Combine(_dir, "libLibTorchSharp.so"), bridge, refused, _dir));
    }

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void The_patch_flips_only_the_flags_it_names_and_never_writes_into_the_package_cache()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        byte[] original = File.ReadAllBytes(CachedBridge);
        ElfImage bridge = ElfImage.Of(original, CachedBridge);
        VersionNeed need = bridge.Needs().Single(n => n.Version == "GLIBCXX_3.4.32");
        byte[] patched = bridge.WithWeakened([need]);
        Assert.False(need.Weak, "the package cache holds the bridge as shipped");
        long[] differing = [.. Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).Select(i => (long)i)];
        Assert.Equal([need.FlagsOffset], differing);
        Assert.True(ElfImage.Of(patched, "patched").Needs().Single(n => n.Version == "GLIBCXX_3.4.32").Weak);
        Assert.Equal(bridge.Needs().Where(n => n.Version != "GLIBCXX_3.4.32"), ElfImage.Of(patched, "patched").Needs().Where(n => n.Version != "GLIBCXX_3.4.32"));

        // A bridge under the package cache is refused, not modified.
        string cache = Path.Combine(_dir, "packages"), inCache = Path.Combine(cache, "torchsharp", "libLibTorchSharp.so");
        Directory.CreateDirectory(Path.GetDirectoryName(inCache)!);
        File.WriteAllBytes(inCache, original);
        WeakeningPlan plan = new([need with { Weak = false }], []);
        var e = Assert.Throws<NotSupportedException>(() => NativeFix.Apply(inCache, bridge, plan, cache));
        Assert.Contains("NuGet package cache", e.Message, StringComparison.Ordinal);
        Assert.Equal(SHA256.HashData(original), SHA256.HashData(File.ReadAllBytes(inCache)));

        // Elsewhere it is rewritten atomically, leaving no temporary file.
        string app = Path.Combine(_dir, "app", "libLibTorchSharp.so");
        Directory.CreateDirectory(Path.GetDirectoryName(app)!);
        File.WriteAllBytes(app, original);
        File.SetUnixFileMode(app, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Equal(["GLIBCXX_3.4.32"], NativeFix.Apply(app, bridge, plan, cache));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(app));
        Assert.Equal(patched, File.ReadAllBytes(app));
        Assert.Equal(["libLibTorchSharp.so"], Directory.GetFiles(Path.GetDirectoryName(app)!).Select(Path.GetFileName));
    }

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void After_prepare_the_application_copy_loads_against_this_libstdcxx_and_the_cache_copy_is_untouched()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        byte[] before = SHA256.HashData(File.ReadAllBytes(CachedBridge));
        Assert.StartsWith("TorchSharp 0.107.0", TorchSharpRecorder.Version, StringComparison.Ordinal);
        NativeFixOutcome outcome = NativeFix.Prepare();
        Assert.NotNull(outcome.Library);
        string stdcxx = Assert.IsType<string>(NativeFix.LoadedStdCxx());
        IReadOnlySet<string> defined = ElfImage.Read(stdcxx).Definitions();
        Assert.Contains("GLIBCXX_3.4", defined);
        Assert.True(WeakeningPlan.For(ElfImage.Read(outcome.Library!), "libstdc++.so.6", defined).NothingToDo, outcome.Describe());
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(CachedBridge)));
        Assert.False(ElfImage.Read(CachedBridge).Needs().Single(n => n.Version == "GLIBCXX_3.4.32").Weak, "the package cache's copy is never patched");
    }
}
