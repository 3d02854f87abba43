using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>
/// Written by hand (the EF design-time package cannot be restored here). Column types are left
/// to each provider from the CLR type, so one migration serves SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        CreateIdentityTables(m);

        m.CreateTable("Employers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            Name = t.Column<string>(nullable: false),
            BusinessNumber = t.Column<string>(nullable: false),
            Address = t.Column<string>(nullable: false),
            Size = t.Column<string>(nullable: false),
            Industry = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
            Deleted = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Employers", x => x.Id));
        m.CreateIndex("IX_Employers_BusinessNumber", "Employers", "BusinessNumber", unique: true);

        m.CreateTable("Seekers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: true),
            Phone = t.Column<string>(nullable: true),
            Email = t.Column<string>(nullable: true),
            Address = t.Column<string>(nullable: true),
            Skills = t.Column<string>(nullable: false),
            Certificates = t.Column<string>(nullable: false),
            Experience = t.Column<string>(nullable: false),
            Education = t.Column<string>(nullable: true),
            Programmes = t.Column<string>(nullable: false),
            DesiredWageUnit = t.Column<string>(nullable: true),
            DesiredWageAmount = t.Column<long>(nullable: true),
            EmploymentTypes = t.Column<string>(nullable: false),
            MaxCommuteMinutes = t.Column<int>(nullable: true),
            ConsentToMatching = t.Column<bool>(nullable: false),
            AcceptsAnyOccupation = t.Column<bool>(nullable: false),
            BirthYear = t.Column<int>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            DesiredOccupations = t.Column<string>(nullable: false),
            PrimaryOccupation = t.Column<string>(nullable: false),
            RegisteredOn = t.Column<DateOnly>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
            WithdrawnAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Seekers", x => x.Id));
        m.CreateIndex("IX_Seekers_RegisteredOn", "Seekers", "RegisteredOn");

        m.CreateTable("Openings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            EmployerId = t.Column<Guid>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Occupation = t.Column<string>(nullable: false),
            Headcount = t.Column<int>(nullable: false),
            Filled = t.Column<int>(nullable: false),
            WageUnit = t.Column<string>(nullable: false),
            WageMin = t.Column<long>(nullable: false),
            WageMax = t.Column<long>(nullable: true),
            EmploymentType = t.Column<string>(nullable: false),
            WorkHoursPerWeek = t.Column<int>(nullable: true),
            Address = t.Column<string>(nullable: false),
            IndustrialPark = t.Column<string>(nullable: true),
            RequiredCertificates = t.Column<string>(nullable: false),
            PreferredSkills = t.Column<string>(nullable: false),
            MinExperienceYears = t.Column<int>(nullable: true),
            Education = t.Column<string>(nullable: true),
            WelcomesProgrammes = t.Column<string>(nullable: false),
            ClosesOn = t.Column<DateOnly>(nullable: false),
            PostedOn = t.Column<DateOnly>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Openings", x => x.Id);
            t.ForeignKey("FK_Openings_Employers_EmployerId", x => x.EmployerId, "Employers", "Id",
                onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Openings_EmployerId", "Openings", "EmployerId");
        m.CreateIndex("IX_Openings_PostedOn", "Openings", "PostedOn");

        m.CreateTable("DataProtectionKeys", t => new
        {
            Id = Identity(t),
            FriendlyName = t.Column<string>(nullable: true),
            Xml = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[]
                 {
                     "DataProtectionKeys", "Openings", "Seekers", "Employers", "AspNetRoleClaims",
                     "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens",
                     "AspNetRoles", "AspNetUsers",
                 })
        {
            m.DropTable(table);
        }
    }

    // An auto-numbered int key; each provider reads only its own annotation.
    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    private static void CreateIdentityTables(MigrationBuilder m)
    {
        m.CreateTable("AspNetRoles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));
        m.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);

        m.CreateTable("AspNetUsers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            EmployerId = t.Column<Guid>(nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));
        m.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        m.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);

        m.CreateTable("AspNetRoleClaims", t => new
        {
            Id = Identity(t),
            RoleId = t.Column<Guid>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
            t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id",
                onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");

        m.CreateTable("AspNetUserClaims", t => new
        {
            Id = Identity(t),
            UserId = t.Column<Guid>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id",
                onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        m.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Column<string>(nullable: false),
            ProviderKey = t.Column<string>(nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id",
                onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        m.CreateTable("AspNetUserRoles", t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            RoleId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id",
                onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id",
                onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");

        m.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            LoginProvider = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id",
                onDelete: ReferentialAction.Cascade);
        });
    }
}
