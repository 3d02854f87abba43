using System.ComponentModel.DataAnnotations;
using Matching.Domain.Matching;

namespace Matching.UnitTests.Matching;

public class ScoringOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_the_level_scores_match_the_issue()
    {
        var o = new ScoringOptions();
        Assert.Empty(o.Validate());
        Assert.True(Validator.TryValidateObject(o, new ValidationContext(o), null, validateAllProperties: true));
        Assert.Equal((1.0, 0.8, 0.6, 0.3), (o.SubGroupScore, o.MinorGroupScore, o.MiddleGroupScore, o.MajorGroupScore));
        Assert.Equal("Matching:Scoring", ScoringOptions.SectionName);
    }

    [Fact]
    public void All_zero_weights_are_reported()
    {
        var o = new ScoringOptions
        {
            OccupationWeight = 0, DistanceWeight = 0, WageWeight = 0, ConditionsWeight = 0, SkillsWeight = 0,
            ExperienceWeight = 0, EducationWeight = 0, ProgrammeWeight = 0, FreshnessWeight = 0,
        };
        Assert.Single(o.Validate());
        Assert.Throws<ArgumentException>(() => new MatchScorer(o, RelatedOccupations.Empty, CommuteBusRoutes.Empty).Score(MatchingFixtures.Seeker(), MatchingFixtures.Opening(), MatchingFixtures.Today));
    }

    [Fact]
    public void Out_of_range_values_fail_data_annotations()
    {
        var o = new ScoringOptions { MinorGroupScore = 1.5, CommuteWideningFactor = 1 };
        var errors = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(o, new ValidationContext(o), errors, validateAllProperties: true));
        Assert.Equal(2, errors.Count);
    }
}
