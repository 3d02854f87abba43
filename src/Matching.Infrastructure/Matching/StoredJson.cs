using System.Buffers;
using System.Text;
using System.Text.Json;
using Matching.Domain.Matching;
using Matching.Infrastructure.Store.Configurations;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// Reads the JSON columns the index needs straight into a profile's arrays, for a full load of the store. The
/// serializer behind <see cref="JsonColumn"/> costs microseconds per column (seven per seeker); this reads the
/// shape <see cref="JsonColumn"/> writes in a fraction of that and keeps one copy of each repeated string (codes,
/// skills, certificates). Anything it does not expect is handed to <see cref="JsonColumn"/> itself, so the values
/// are the ones a tracked read gives.
/// </summary>
internal sealed class StoredJson
{
    private readonly Dictionary<string, string> strings = [];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StoredJson() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string[] Strings(string json) =>
        TryRead(json, this, static (ref Utf8JsonReader r, StoredJson self, List<string> into) => into.Add(self.Text(ref r)), out string[] read)
            ? read
            : [.. JsonColumn.Deserialize<List<string>>(json)];

    public T[] Enums<T>(string json)
        where T : struct, Enum =>
        TryRead(json, this, static (ref Utf8JsonReader r, StoredJson self, List<T> into) => into.Add(EnumNames<T>.Parse(self.Text(ref r))), out T[] read)
            ? read
            : [.. JsonColumn.Deserialize<List<T>>(json)];

    public ExperienceEntry[] Experience(string json) =>
        TryRead(json, this, static (ref Utf8JsonReader r, StoredJson self, List<ExperienceEntry> into) => into.Add(self.ExperienceItem(ref r)), out ExperienceEntry[] read)
            ? read
            : [.. JsonColumn.Deserialize<List<ExperienceItem>>(json).Select(e => new ExperienceEntry(e.Occupation, e.Years))];

    /// <summary>An address's coordinates; null for a null address.</summary>
    public static (double Latitude, double Longitude)? Coordinates(string json)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(json, bytes)));
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            double? latitude = null, longitude = null;
            Expect(reader.TokenType == JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isLatitude = reader.ValueTextEquals("latitude"u8);
                var isLongitude = reader.ValueTextEquals("longitude"u8);
                reader.Read();
                if (isLatitude || isLongitude)
                {
                    Expect(reader.TokenType == JsonTokenType.Number);
                    if (isLatitude)
                    {
                        latitude = reader.GetDouble();
                    }
                    else
                    {
                        longitude = reader.GetDouble();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            Expect(reader.TokenType == JsonTokenType.EndObject && latitude is not null && longitude is not null);
            return (latitude!.Value, longitude!.Value);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return JsonColumn.Deserialize<StoredAddress?>(json) is { } address ? (address.Latitude, address.Longitude) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private delegate void Element<T>(ref Utf8JsonReader reader, StoredJson self, List<T> into);

    /// <summary>An array, each element read by <paramref name="element"/>; false when the text is anything else.</summary>
    private static bool TryRead<T>(string json, StoredJson self, Element<T> element, out T[] read)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(json, bytes)));
            reader.Read();
            Expect(reader.TokenType == JsonTokenType.StartArray);
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                element(ref reader, self, items);
            }

            Expect(reader.TokenType == JsonTokenType.EndArray);
            read = [.. items];
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            read = [];
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private ExperienceEntry ExperienceItem(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        string? occupation = null;
        double? years = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isOccupation = reader.ValueTextEquals("occupation"u8);
            var isYears = reader.ValueTextEquals("years"u8);
            reader.Read();
            if (isOccupation)
            {
                occupation = Text(ref reader);
            }
            else if (isYears)
            {
                Expect(reader.TokenType == JsonTokenType.Number);
                years = reader.GetDouble();
            }
            else
            {
                reader.Skip();
            }
        }

        Expect(occupation is not null && years is not null);
        return new ExperienceEntry(occupation!, years!.Value);
    }

    /// <summary>A string value, one shared instance per distinct text.</summary>
    private string Text(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType == JsonTokenType.String);
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var text = buffer[..reader.CopyString(buffer)];
        if (!lookup.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            strings.Add(shared, shared);
        }

        return shared;
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("Not the shape JsonColumn writes.");
        }
    }

    /// <summary>Enum values by their exact names, as <see cref="JsonColumn"/>'s string enum converter writes them.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Values = Enum.GetValues<T>().ToDictionary(v => v.ToString());

        public static T Parse(string name) => Values.TryGetValue(name, out var value) ? value : throw new JsonException($"Not a {typeof(T).Name} name.");
    }
}
