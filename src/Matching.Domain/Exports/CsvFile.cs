using System.Globalization;
using System.Text;

namespace Matching.Domain.Exports;

/// <summary>
/// CSV as every export writes it: UTF-8 with a byte-order mark (without it Excel reads the file in the system
/// code page and the Korean headings come out garbled), CRLF lines, and text cells that Excel cannot take
/// for a formula.
/// </summary>
public static class CsvFile
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static byte[] ToBytes(Action<TextWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8WithBom))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static void Line(TextWriter writer, params object?[] cells)
    {
        writer.Write(string.Join(',', cells.Select(Cell)));
        writer.Write("\r\n");
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            // A typed name or note starting like a formula (=, +, -, @) would run in the spreadsheet that opens it.
            string s when s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' => "'" + s,
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
