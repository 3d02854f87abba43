using System.Text.Json;
using Matching.Domain.Matching.TwoPhase;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching.Elasticsearch;
using static Matching.IntegrationTests.Elasticsearch.EngineFixture;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>What the engine sends, without a server: the bodies are compared with golden files a person has read.</summary>
public sealed class RequestShapeTests
{
    private static readonly string[] PersonalWords = ["홍길동", "displayName", "name\"", "phone", "email", "gender", "nationality", "disability", "address", "street", "Female"];

    private static void AssertNoPersonalData(string body)
    {
        foreach (var word in PersonalWords)
        {
            Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Index_creation_sends_the_mapping_from_infra()
    {
        var es = new ScriptedElasticsearch();
        var engine = Scripted(es);

        var (seekers, openings) = await engine.Indexes.CreateGenerationAsync(Now, default);

        Assert.Equal("matching-seekers-20250602000000000", seekers);
        var calls = es.Requests.ToList();
        Assert.Equal(["PUT /matching-seekers-20250602000000000", "PUT /matching-openings-20250602000000000"], calls.Select(c => $"{c.Method} {c.Path}"));
        // infra/elasticsearch is the mappings' one source: what is sent is that file as it stands, not a copy of it.
        Assert.Equal(InfraFile("seekers-index.json"), calls[0].Body!.Replace("\r\n", "\n"));
        Assert.Equal(InfraFile("openings-index.json"), calls[1].Body!.Replace("\r\n", "\n"));
        AssertNoPersonalData(calls[0].Body!);
    }

    [Fact]
    public async Task Bulk_writes_carry_the_profile_version_and_withdrawals_are_deletes()
    {
        var es = new ScriptedElasticsearch { Answer = _ => (200, """{"errors":false,"items":[]}""") };
        var engine = Scripted(es);
        var documents = new IndexedProfiles(new ScoringOptions(), Routes);

        await engine.WriteAsync(
        [
            BulkItem.Upsert("matching-seekers", documents.Index(Seeker())),
            BulkItem.Upsert("matching-openings", documents.Index(Opening())),
            BulkItem.Delete("matching-seekers", Guid.Parse("0197a000-0000-7000-8000-000000000002"), 4),
        ], refresh: true, default);

        var call = Assert.Single(es.Requests);
        Assert.Equal("POST /_bulk?refresh=true", $"{call.Method} {call.Path}");
        AssertGolden("bulk.ndjson", call.Body!);
        AssertNoPersonalData(call.Body!);
    }

    [Fact]
    public async Task Seekers_for_an_opening_search_filters_in_elasticsearch_and_holds_no_personal_data()
    {
        var es = Holding("matching-openings", new IndexedProfiles(new ScoringOptions(), Routes).Index(Opening()));

        var result = await Scripted(es).TopSeekersForOpeningAsync(Opening().Id, 20, Today);

        Assert.Empty(result!);
        var search = Assert.Single(es.Requests, c => c.Path.EndsWith("/_search", StringComparison.Ordinal));
        Assert.Equal("/matching-seekers/_search", search.Path);
        AssertGolden("search-seekers-for-opening.json", Indented(search.Body!));
        AssertNoPersonalData(search.Body!);
        foreach (var filter in new[] { "\"consent\"", "\"status\"", "\"terms_set\"", "\"geo_distance\"", "\"occupations.major\"", "\"function_score\"", "\"dis_max\"" })
        {
            Assert.Contains(filter, search.Body!);
        }
    }

    [Fact]
    public async Task Openings_for_a_seeker_search_requires_every_certificate_by_count()
    {
        var es = Holding("matching-seekers", new IndexedProfiles(new ScoringOptions(), Routes).Index(Seeker()));

        await Scripted(es).TopOpeningsForSeekerAsync(Seeker().Id, 20, Today);

        var search = Assert.Single(es.Requests, c => c.Path.EndsWith("/_search", StringComparison.Ordinal));
        AssertGolden("search-openings-for-seeker.json", Indented(search.Body!));
        Assert.Contains("\"minimum_should_match_field\":\"requiredCertificateCount\"", search.Body!);
        Assert.Contains("\"closesOn\"", search.Body!);
        AssertNoPersonalData(search.Body!);
    }

    [Fact]
    public void Documents_read_back_from_json_score_exactly_as_the_profiles_they_came_from()
    {
        var pop = new Matching.UnitTests.Matching.RandomPopulation(21);
        var documents = new IndexedProfiles(new ScoringOptions(), Routes);
        var scorer = new MatchScorer(new ScoringOptions(), Related, Routes, Names);
        T RoundTrip<T>(T document) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(document, IndexDefinitions.Documents), IndexDefinitions.Documents)!;
        for (int i = 0; i < 300; i++)
        {
            var s = pop.Seeker();
            var o = pop.Opening();
            var restored = scorer.Score(IndexedProfiles.Restore(RoundTrip(documents.Index(s))), IndexedProfiles.Restore(RoundTrip(documents.Index(o))), Today);
            Assert.Equal(scorer.Score(s, o, Today)?.ToString(), restored?.ToString());
            Assert.Equal(scorer.Score(s, o, Today)?.Reasons, restored?.Reasons);
        }
    }

    [Fact]
    public void Every_field_a_search_reads_is_in_the_mapping()
    {
        var seekers = JsonDocument.Parse(IndexDefinitions.Seekers).RootElement.GetProperty("mappings");
        var openings = JsonDocument.Parse(IndexDefinitions.Openings).RootElement.GetProperty("mappings");
        var queries = new CandidateQueries(new ScoringOptions(), Related, Routes);
        foreach (var (mapping, query) in new[] { (seekers, queries.SeekersFor(Opening(), Today)), (openings, queries.OpeningsFor(Seeker(), Today)) })
        {
            foreach (var field in Fields(query))
            {
                var node = mapping;
                foreach (var part in SearchBody.Path(field).Split('.'))
                {
                    Assert.True(node.GetProperty("properties").TryGetProperty(part, out node), $"{SearchBody.Path(field)} is not mapped");
                }
            }
        }
    }

    /// <summary>A server that holds one document behind <paramref name="alias"/> and finds nothing when searched.</summary>
    private static ScriptedElasticsearch Holding<T>(string alias, T document)
    {
        var source = JsonSerializer.Serialize(document, IndexDefinitions.Documents);
        return new ScriptedElasticsearch
        {
            Answer = c => c.Path.StartsWith($"/{alias}/_doc/", StringComparison.Ordinal)
                ? (200, $$"""{"found":true,"_source":{{source}}}""")
                : (200, """{"hits":{"hits":[]}}"""),
        };
    }

    /// <summary>The body is sent compact; the golden file is indented to be read.</summary>
    private static string Indented(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";

    private static IEnumerable<CandidateField> Fields(CandidateQuery q)
    {
        IEnumerable<CandidateField> Of(Clause? c) => c switch
        {
            TermIn t => [t.Field],
            NumberIn n => [n.Field],
            DateFrom d => [d.Field],
            Absent a => [a.Field],
            Within => [CandidateField.Location],
            HoldsAll h => [h.Field],
            CoveredBy cb => [cb.Field, cb.CountField],
            AllOf all => all.Clauses.SelectMany(Of),
            AnyOf any => any.Clauses.SelectMany(Of),
            _ => [],
        };
        return q.Filters.SelectMany(Of).Concat(q.Occupation.SelectMany(o => Of(o.When)))
            .Concat(q.Terms.SelectMany(t => Of(t.When).Concat(t is AgeDecay a ? [a.Field] : t is NearDecay ? [CandidateField.Location] : [])))
            .Distinct();
    }
}
