using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SiteGen.Search;

/// <summary>
/// Reads the search terms of the document texts on a thread of its own while the document pages
/// that make those texts are still rendering. Reading 20,000 texts takes about a second of one
/// processor; read after the pages, they were the longest single piece of the next stage, with
/// the other processor partly idle. The site's index and the offline copies' are all made from
/// what it read (<see cref="TermCollector.Index"/>).
/// </summary>
internal sealed class TermFeed : IDisposable
{
    private readonly BlockingCollection<(string Id, string Title, string? DocNumber, string Body)> _queue = [];
    private readonly TermCollector _collector = new();
    private readonly Thread _thread;
    private Exception? _failure;

    public TermFeed()
    {
        _thread = new Thread(Collect) { IsBackground = true, Name = "search terms" };
        _thread.Start();
    }

    /// <summary>Queues a published document's text (any thread).</summary>
    public void Post(string id, string title, string? docNumber, string body) => _queue.Add((id, title, docNumber, body));

    /// <summary>Queues a published document's body, as plain text (any thread): the render stage's seam into this stage.</summary>
    public void Post(Model.Document document, string body) => Post(document.Id, document.Title, document.DocNumber, body);

    /// <summary>Waits until every posted text is read; the terms of all of them.</summary>
    public TermCollector Finish()
    {
        _queue.CompleteAdding();
        _thread.Join();
        if (_failure is not null) ExceptionDispatchInfo.Throw(_failure);
        return _collector;
    }

    private void Collect()
    {
        try
        {
            foreach (var (id, title, docNumber, body) in _queue.GetConsumingEnumerable()) _collector.Add(id, title, docNumber, body);
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    /// <summary>Ends the thread when the build stopped before <see cref="Finish"/>.</summary>
    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
        _collector.Dispose();
    }
}
