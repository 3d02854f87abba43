using Matching.Domain.Matching;

namespace Matching.UnitTests.Matching;

/// <summary>A segmented posting list keeps every posting in its own segment through any mix of additions and removals.</summary>
public class PostingListTests
{
    [Fact]
    public void Segments_hold_exactly_their_postings_through_additions_and_removals()
    {
        var r = new Random(5);
        var list = new PostingList<SeekerPosting>(1, SeekerPosting.Segments);
        var segmentOf = new Dictionary<int, int>();
        var live = new List<int>();
        for (int step = 0; step < 20_000; step++)
        {
            if (live.Count > 0 && r.Next(3) == 0)
            {
                int i = r.Next(live.Count), slot = live[i];
                // Only the posting's own segment holds it.
                Assert.False(list.Remove(slot, (segmentOf[slot] + 1) % list.Segments));
                Assert.True(list.Remove(slot, segmentOf[slot]));
                live[i] = live[^1];
                live.RemoveAt(live.Count - 1);
                segmentOf.Remove(slot);
            }
            else
            {
                int segment = r.Next(list.Segments);
                list.Add(new SeekerPosting(step, default, 1, 0), segment);
                segmentOf[step] = segment;
                live.Add(step);
            }
        }

        Assert.Equal(live.Count, list.Count);
        for (int k = 0; k < list.Segments; k++)
            Assert.Equal(segmentOf.Where(e => e.Value == k).Select(e => e.Key).Order(), list.Segment(k).ToArray().Select(p => p.Slot).Order());
    }
}
