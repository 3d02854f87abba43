using MudBlazor;

namespace Matching.Api.Web;

/// <summary>The app's colours and type: Noto Sans KR first, so Hangul renders evenly on every desk.</summary>
public static class MatchingTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a5fb4",
            Secondary = "#2a9d8f",
            Tertiary = "#e76f51",
            AppbarBackground = "#1a5fb4",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", "sans-serif"],
            },
        },
    };
}
