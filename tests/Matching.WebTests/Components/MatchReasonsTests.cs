using Bunit;
using Matching.Api.Components.Shared;
using Matching.Domain.Matching;

namespace Matching.WebTests.Components;

public sealed class MatchReasonsTests : MudTestContext
{
    [Fact]
    public void A_widened_match_shows_the_mark_once_beside_its_reasons()
    {
        var reasons = Render<MatchReasons>(p => p
            .Add(x => x.Reasons, [WidenedMark.Text, "통근 한도 1.5배까지 확대", "희망임금 충족(월급 2,400,000원)"])
            .Add(x => x.Widened, true));

        var chips = reasons.FindAll(".mud-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([WidenedMark.Text, "통근 한도 1.5배까지 확대", "희망임금 충족(월급 2,400,000원)"], chips);
        Assert.Contains("mud-chip-color-warning", reasons.FindAll(".mud-chip")[0].ClassName);
    }

    [Fact]
    public void A_match_found_without_widening_has_no_mark()
    {
        var reasons = Render<MatchReasons>(p => p.Add(x => x.Reasons, ["유사직종(대분류: 보건·의료직)"]).Add(x => x.Widened, false));

        Assert.DoesNotContain(WidenedMark.Text, reasons.Markup, StringComparison.Ordinal);
        Assert.Single(reasons.FindAll(".mud-chip"));
    }
}
