namespace Jinjiang.Indicators.Serialization.Decoding;

/// <summary>A text reader that reads a fixed prefix (a header line), then the rest of another reader.</summary>
internal sealed class PrefixedReader : TextReader
{
    private readonly string _prefix;
    private readonly TextReader _rest;
    private int _position;

    internal PrefixedReader(string prefix, TextReader rest)
    {
        _prefix = prefix;
        _rest = rest;
    }

    public override int Peek() => _position < _prefix.Length ? _prefix[_position] : _rest.Peek();

    public override int Read() => _position < _prefix.Length ? _prefix[_position++] : _rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position < _prefix.Length)
        {
            var n = Math.Min(buffer.Length, _prefix.Length - _position);
            _prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return _rest.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
