using System.Diagnostics;

namespace SiteGen.Tests.Bulletin;

/// <summary>
/// The zip readers editors and users have (Info-ZIP unzip, 7-Zip, libarchive's bsdtar, Python's
/// zipfile), run on a written zip. scripts/install-deps.sh installs them; a missing one fails the
/// test rather than skipping it, so a reader is never silently left out.
/// </summary>
internal static class ArchiveReaders
{
    /// <summary>Every reader tests every entry's CRC (bsdtar by extracting to nowhere); the zip's names must be exactly these.</summary>
    public static void AssertAllRead(string zip, IReadOnlyCollection<string> names)
    {
        Run("unzip", ["-tq", zip]);
        Run(SevenZip(), ["t", "-bd", zip]);
        Run("bsdtar", ["-xOf", zip], discardOutput: true);
        var listed = Run("bsdtar", ["-tf", zip]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(names.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        var python = Run("python3", ["-c", PythonCheck, zip]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(names.Order(StringComparer.Ordinal), python.Order(StringComparer.Ordinal));
    }

    /// <summary>Lists the names and reads every entry (testzip checks each CRC); prints the names.</summary>
    private const string PythonCheck =
        "import sys, zipfile\n" +
        "z = zipfile.ZipFile(sys.argv[1])\n" +
        "bad = z.testzip()\n" +
        "assert bad is None, bad\n" +
        "sys.stdout.buffer.write('\\n'.join(i.filename for i in z.infolist()).encode('utf-8'))\n";

    public static string SevenZip() => File.Exists("/usr/bin/7z") ? "7z" : "7zz";

    public static string Run(string tool, IEnumerable<string> args, bool discardOutput = false)
    {
        var psi = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout;
        if (discardOutput)
        {
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            stdout = "";
        }
        else stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
