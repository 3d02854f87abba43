namespace Matching.Cli;

/// <summary>A one-line progress bar, redrawn in place on a terminal and every tenth of the way otherwise.</summary>
public sealed class ProgressBar(TextWriter output)
{
    private readonly bool terminal = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
    private int lastTenth = -1;
    private DateTime lastDraw;

    public void Show(string label, long done, long total, string detail)
    {
        var fraction = total > 0 ? Math.Clamp((double)done / total, 0, 1) : 0;
        var line = $"{label,-7}[{new string('#', (int)(fraction * 30)),-30}] {fraction,6:P1} {done:N0}/{total:N0} {detail}";
        if (terminal)
        {
            if ((DateTime.UtcNow - lastDraw).TotalMilliseconds < 100 && fraction < 1)
            {
                return;
            }

            lastDraw = DateTime.UtcNow;
            output.Write("\r" + line.PadRight(Math.Max(line.Length, Console.WindowWidth - 1)));
        }
        else if ((int)(fraction * 10) != lastTenth)
        {
            lastTenth = (int)(fraction * 10);
            output.WriteLine(line);
        }
    }

    public void Done()
    {
        if (terminal)
        {
            output.WriteLine();
        }

        lastTenth = -1;
    }
}

/// <summary>Reports how far an upload has read its file.</summary>
internal sealed class ProgressStream(Stream inner, Action<long> progress) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        progress(inner.Position);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        progress(inner.Position);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
