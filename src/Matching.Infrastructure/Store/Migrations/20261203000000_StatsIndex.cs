using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>
/// The 일자리 공시 tables count a period's seekers by 직종, gender and birth year. With those columns in the index on
/// the registration day, a year of 62,000 seekers is counted from the index alone (15–30 ms on SQLite here) instead of
/// reading every wide profile row (300 ms to 1 s on the same loaded machine). It replaces the index on the day alone,
/// whose lookups it also serves.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261203000000_StatsIndex")]
public sealed class StatsIndex : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.DropIndex("IX_Seekers_RegisteredOn", "Seekers");
        m.CreateIndex("IX_Seekers_RegisteredOn_PrimaryOccupation_Gender_BirthYear", "Seekers",
            ["RegisteredOn", "PrimaryOccupation", "Gender", "BirthYear"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_Seekers_RegisteredOn_PrimaryOccupation_Gender_BirthYear", "Seekers");
        m.CreateIndex("IX_Seekers_RegisteredOn", "Seekers", "RegisteredOn");
    }
}
