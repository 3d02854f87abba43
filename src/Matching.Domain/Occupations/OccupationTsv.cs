namespace Matching.Domain.Occupations;

/// <summary>Reads the shipped tab-separated files; columns are found by header name.</summary>
internal static class OccupationTsv
{
    public static List<Occupation> ReadKeco(TextReader reader)
    {
        var rows = new List<Occupation>();
        foreach (var (line, cells) in Rows(reader, out var columns, "code", "level", "parent_code", "name_ko"))
        {
            var code = cells[columns[0]];
            if (!int.TryParse(cells[columns[1]], out var level))
            {
                throw Invalid(line, $"level '{cells[columns[1]]}' is not a number");
            }

            var parent = cells[columns[2]];
            rows.Add(new Occupation(code, level, parent.Length == 0 ? null : parent, cells[columns[3]]));
        }

        return rows;
    }

    /// <summary>The six-digit 직종 rows only; Worknet's own group headers are not KECO codes.</summary>
    public static List<(string Code, string Name)> ReadWorknet(TextReader reader)
    {
        var rows = new List<(string, string)>();
        foreach (var (_, cells) in Rows(reader, out var columns, "code", "name_ko"))
        {
            var code = cells[columns[0]];
            if (code.Length == 6)
            {
                rows.Add((code, cells[columns[1]]));
            }
        }

        return rows;
    }

    public static List<(string Term, string Code)> ReadSynonyms(TextReader reader)
    {
        var rows = new List<(string, string)>();
        foreach (var (_, cells) in Rows(reader, out var columns, "term", "code"))
        {
            rows.Add((cells[columns[0]], cells[columns[1]]));
        }

        return rows;
    }

    private static IEnumerable<(int Line, string[] Cells)> Rows(TextReader reader, out int[] columns, params string[] names)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("Empty occupation file.");
        var headings = header.Split('\t');
        columns = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            columns[i] = Array.IndexOf(headings, names[i]);
            if (columns[i] < 0)
            {
                throw new InvalidDataException($"Occupation file has no '{names[i]}' column (header: {header}).");
            }
        }

        return Lines(reader, headings.Length);
    }

    private static IEnumerable<(int Line, string[] Cells)> Lines(TextReader reader, int width)
    {
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            // '#' lines let the hand-written synonym table carry notes.
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < width)
            {
                Array.Resize(ref cells, width);
                for (var i = 0; i < width; i++)
                {
                    cells[i] ??= "";
                }
            }

            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            yield return (number, cells);
        }
    }

    private static InvalidDataException Invalid(int line, string message) => new($"Occupation file line {line}: {message}.");
}
