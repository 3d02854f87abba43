using System.Collections;
using System.Resources;
using Matching.Api.Web;

namespace Matching.WebTests.Formats;

public sealed class MudKoreanTests
{
    /// <summary>Every string MudBlazor ships in English, read from its own resources: an upgrade that adds one fails here.</summary>
    [Fact]
    public void Every_mudblazor_string_has_a_korean_text()
    {
        var assembly = typeof(MudBlazor.MudButton).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("LanguageResource.resources", StringComparison.Ordinal));
        using var reader = new ResourceReader(assembly.GetManifestResourceStream(name)!);
        var keys = reader.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();

        Assert.True(keys.Count > 100, $"only {keys.Count} keys found in {name}");
        var untranslated = keys.Where(k => !MudKorean.Texts.ContainsKey(k)).ToList();
        var unknown = MudKorean.Texts.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(untranslated.Count == 0, "no Korean text for: " + string.Join(", ", untranslated));
        Assert.True(unknown.Count == 0, "MudBlazor has no such key: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Texts_take_their_arguments()
    {
        var korean = new MudKorean();
        Assert.Equal("300건 중 1-20", korean.Handle("MudDataGridPager_InfoFormat", 1, 20, 300).Value);
        Assert.Equal("필수 항목입니다.", korean.Handle("MudFormComponent_Required").Value);
        Assert.True(korean.Handle("No_Such_Key").ResourceNotFound);
    }
}
