namespace Matching.Domain.Matching;

// Where a compiled profile is posted, one at a time on a write and all at once on a rebuild.
public sealed partial class EmbeddedCandidateIndex
{
    private interface IPoster<T> where T : struct, IPosting
    {
        /// <summary>The lists a profile is posted in (none when it is never matched), its cell, segment and reach.</summary>
        int Keys(int slot, Span<int> keys, out int cell, out int segment, out float reachKm);

        T Posting(int slot, float reachKm);
    }

    private readonly struct SeekerPoster(State st) : IPoster<SeekerPosting>
    {
        public int Keys(int slot, Span<int> keys, out int cell, out int segment, out float reachKm)
        {
            ref readonly var f = ref st.Seekers[slot];
            (cell, segment, reachKm) = (0, 0, 0);
            if (!f.Active || !f.Consent) return 0; // never matched, so not posted
            (cell, segment, reachKm) = (SeekerCell(f), SeekerSegment(f), SeekerRadius(st, f));
            return SeekerKeys(f, keys);
        }

        public SeekerPosting Posting(int slot, float reachKm) => new(slot, st.Seekers[slot], reachKm, st.SeekerIdRanks.Rank(st.Seekers[slot].Id));
    }

    private readonly struct OpeningPoster(State st) : IPoster<OpeningPosting>
    {
        public int Keys(int slot, Span<int> keys, out int cell, out int segment, out float reachKm)
        {
            ref readonly var f = ref st.Openings[slot];
            (cell, segment, reachKm) = (0, 0, float.PositiveInfinity);
            if (!f.Active || !f.HasRoom) return 0;
            cell = OpeningCell(f);
            return OpeningKeys(f, keys);
        }

        public OpeningPosting Posting(int slot, float reachKm) => new(slot, st.Openings[slot]);
    }

    private const int MaxKeys = 4; // three wishes and any occupation

    private static void Post<T, TPoster>(Dictionary<int, GridList<T>> lists, Dictionary<int, List<int>> codesUnder, TPoster poster, int slot)
        where T : struct, IPosting where TPoster : IPoster<T>
    {
        Span<int> keys = stackalloc int[MaxKeys];
        int n = poster.Keys(slot, keys, out int cell, out int segment, out float reach);
        if (n == 0) return;
        var posting = poster.Posting(slot, reach);
        for (int i = 0; i < n; i++) List(lists, codesUnder, keys[i]).Add(cell, reach, posting, segment);
    }

    /// <summary>Takes the profile's postings out; call it before the slot's features change.</summary>
    private static void Unpost<T, TPoster>(Dictionary<int, GridList<T>> lists, TPoster poster, int slot)
        where T : struct, IPosting where TPoster : IPoster<T>
    {
        Span<int> keys = stackalloc int[MaxKeys];
        int n = poster.Keys(slot, keys, out int cell, out int segment, out _);
        for (int i = 0; i < n; i++) lists[keys[i]].Remove(cell, slot, segment);
    }
}
