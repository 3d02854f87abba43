namespace Matching.Domain.Events;

/// <summary>
/// Checks a timetable against every rule of pre-matching, independently of how it was made. Returns one
/// message per violation; empty means valid. Optimality is not checked.
/// </summary>
public static class TimetableChecker
{
    public static IReadOnlyList<string> Check(TimetableProblem problem, Timetable timetable)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(timetable);
        var violations = new List<string>();
        var seekers = new Dictionary<Guid, EventSeeker>();
        foreach (var s in problem.Seekers) seekers.TryAdd(s.SeekerId, s);
        var employers = new Dictionary<Guid, EventEmployer>();
        foreach (var e in problem.Employers) employers.TryAdd(e.EmployerId, e);

        // Best eligible score per (seeker, employer), and eligible pairs by (seeker, employer, opening).
        var pairs = new Dictionary<(Guid, Guid, Guid), double>();
        var best = new Dictionary<(Guid, Guid), CandidatePair>();
        foreach (var p in problem.Pairs)
        {
            if (!EligiblePairs.IsEligible(p, problem.MinScore) || !seekers.ContainsKey(p.SeekerId)
                || !employers.TryGetValue(p.EmployerId, out var employer) || !employer.OpeningIds.Contains(p.OpeningId))
                continue;
            var key = (p.SeekerId, p.EmployerId, p.OpeningId);
            pairs[key] = pairs.TryGetValue(key, out double s) ? Math.Max(s, p.Score) : p.Score;
            if (!best.TryGetValue((p.SeekerId, p.EmployerId), out var b) || EligiblePairs.Better(p, b)) best[(p.SeekerId, p.EmployerId)] = p;
        }

        var seekerSlot = new HashSet<(Guid, int)>();
        var seekerEmployer = new HashSet<(Guid, Guid)>();
        var seekerCount = new Dictionary<Guid, int>();
        var employerSlotCount = new Dictionary<(Guid, int), int>();
        foreach (var i in timetable.Interviews)
        {
            string what = $"interview of {i.SeekerId} with {i.EmployerId} in slot {i.SlotIndex}";
            if (i.SlotIndex < 0 || i.SlotIndex >= problem.SlotCount)
                violations.Add($"{what}: no such slot");
            else if (i.StartsAt != problem.SlotStarts[i.SlotIndex])
                violations.Add($"{what}: starts at {i.StartsAt:O}, slot starts at {problem.SlotStarts[i.SlotIndex]:O}");
            if (!seekers.ContainsKey(i.SeekerId)) violations.Add($"{what}: seeker not at the event");
            if (!employers.ContainsKey(i.EmployerId)) violations.Add($"{what}: employer not at the event");
            if (!pairs.TryGetValue((i.SeekerId, i.EmployerId, i.OpeningId), out double score))
                violations.Add($"{what}: opening {i.OpeningId} is not an eligible pair (missing, not the employer's, or below {problem.MinScore})");
            else if (i.Score != score)
                violations.Add($"{what}: score {i.Score} differs from the pair's {score}");
            else if (best.TryGetValue((i.SeekerId, i.EmployerId), out var b) && b.Score > score)
                violations.Add($"{what}: opening {i.OpeningId} scores {score}, but {b.OpeningId} scores {b.Score}");
            if (i.Score < problem.MinScore) violations.Add($"{what}: score {i.Score} below the threshold {problem.MinScore}");
            if (!seekerSlot.Add((i.SeekerId, i.SlotIndex))) violations.Add($"{what}: seeker has two interviews in this slot");
            if (!seekerEmployer.Add((i.SeekerId, i.EmployerId))) violations.Add($"{what}: seeker meets this employer twice");
            seekerCount[i.SeekerId] = seekerCount.GetValueOrDefault(i.SeekerId) + 1;
            employerSlotCount[(i.EmployerId, i.SlotIndex)] = employerSlotCount.GetValueOrDefault((i.EmployerId, i.SlotIndex)) + 1;
        }
        foreach (var (id, count) in seekerCount)
            if (seekers.TryGetValue(id, out var s) && count > s.MaxInterviews)
                violations.Add($"seeker {id}: {count} interviews, at most {s.MaxInterviews} wanted");
        foreach (var ((id, slot), count) in employerSlotCount)
            if (employers.TryGetValue(id, out var e) && count > e.InterviewersPerSlot)
                violations.Add($"employer {id}: {count} interviews in slot {slot}, {e.InterviewersPerSlot} interviewers");

        var withPair = best.Keys.Select(k => k.Item1).ToHashSet();
        var listed = new HashSet<Guid>();
        foreach (var u in timetable.Unplaced)
        {
            if (!listed.Add(u.SeekerId)) violations.Add($"unplaced seeker {u.SeekerId} listed twice");
            if (!seekers.TryGetValue(u.SeekerId, out var s)) { violations.Add($"unplaced seeker {u.SeekerId} not at the event"); continue; }
            if (seekerCount.ContainsKey(u.SeekerId)) violations.Add($"unplaced seeker {u.SeekerId} has interviews");
            string expected = TimetableSolver.UnplacedReason(s.MaxInterviews, withPair.Contains(u.SeekerId));
            if (u.Reason != expected) violations.Add($"unplaced seeker {u.SeekerId}: reason '{u.Reason}', expected '{expected}'");
        }
        foreach (var s in problem.Seekers)
            if (!seekerCount.ContainsKey(s.SeekerId) && !listed.Contains(s.SeekerId))
                violations.Add($"seeker {s.SeekerId} has no interview and is not listed as unplaced");
        return violations;
    }
}
