using Bunit;
using Matching.Api.Components.Shared;
using Matching.Domain.Matching;

namespace Matching.WebTests.Components;

public sealed class ScoreBarsTests : MudTestContext
{
    [Fact]
    public void Each_of_the_nine_components_is_a_bar_as_wide_as_its_share()
    {
        var components = new ScoreComponents(0.6, 0.97, 1, 0.15, 0, 1, 1, 0.5, 0.983);

        var bars = Render<ScoreBars>(p => p.Add(x => x.Components, components));

        var names = bars.FindAll("[role=listitem]").Select(e => e.TextContent).ToList();
        Assert.Equal(["직종", "거리", "임금", "근로조건", "기술", "경력", "학력", "지원사업", "최신성"], names);
        var widths = bars.FindAll(".score-bar > span").Select(e => e.GetAttribute("style")).ToList();
        Assert.Equal("width:60%", widths[0]);
        Assert.Equal("width:0%", widths[4]);
        Assert.Equal("width:98%", widths[8]);
    }
}
