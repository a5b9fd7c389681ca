namespace SiteGen.Tests.Infrastructure;

/// <summary>A temporary folder removed when disposed.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir(string prefix = "sitegen-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        // A process a test started (a server, a watcher's background build) can still be writing
        // while it stops, and the delete then fails with "directory not empty": try again briefly
        // instead of leaving folders behind in /tmp on every run.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException) { return; }
            catch (UnauthorizedAccessException) { return; }
            catch (IOException) { Thread.Sleep(200); }
        }
    }
}
