using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>
/// A change to a seeker or an opening first finds the lists that hold it. SQLite, which keeps no statistics here, read
/// that from the key's index on the subject alone, so through every list of the subject: 134-145 ms for the lists holding
/// three openings on the 100,000-seeker bench store (868,000 seeker-list rows). With the list's id in the index on the
/// candidate, the lookup reads that index alone: 1.5-1.8 ms there. It replaces the index on subject and candidate, whose
/// lookups it also serves.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261204000000_MembersByCandidate")]
public sealed class MembersByCandidate : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.DropIndex("IX_SuggestionMembers_Subject_CandidateId", "SuggestionMembers");
        m.CreateIndex("IX_SuggestionMembers_Subject_CandidateId_SubjectId", "SuggestionMembers", ["Subject", "CandidateId", "SubjectId"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_SuggestionMembers_Subject_CandidateId_SubjectId", "SuggestionMembers");
        m.CreateIndex("IX_SuggestionMembers_Subject_CandidateId", "SuggestionMembers", ["Subject", "CandidateId"]);
    }
}
