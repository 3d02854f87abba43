using System.Text;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Security;

/// <summary>
/// Who may call what, for every operation the API describes: each is called anonymously and as each role and
/// must answer as <c>route-matrix.txt</c> says, and the admin's call must leave the access records the table
/// names. An operation without a row fails, so a new route cannot ship without deciding who may use it.
/// </summary>
[Collection(ApiSurface.Collection)]
public sealed class RouteMatrixTests(ApiSurface api)
{
    private static readonly string[] Callers = ["Anonymous", .. ApiSurface.Roles];

    [Fact]
    public async Task Every_operation_answers_each_role_as_the_table_says()
    {
        var table = RouteMatrix.Load();
        var missing = api.Operations.Where(o => !table.ContainsKey(o.Key)).Select(o => o.Key).ToList();
        var stale = table.Keys.Except(api.Operations.Select(o => o.Key)).ToList();
        Assert.True(missing.Count == 0, "operations without a row in route-matrix.txt:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "rows for operations the API no longer has:\n" + string.Join("\n", stale));

        var wrong = new StringBuilder();
        // Signing out ends the callers' sessions, so it goes last.
        foreach (var op in api.Operations.OrderBy(o => o.Path == "/auth/logout"))
        {
            var expected = table[op.Key];
            var actual = new List<int>();
            string audit = "-";
            foreach (var caller in Callers)
            {
                var before = caller == "Admin" ? await api.LastAuditIdAsync() : 0;
                using var request = new HttpRequestMessage(new HttpMethod(op.Method), api.Url(op));
                if (op.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent(op.BodyType == "application/json" ? "{}" : "", Encoding.UTF8, op.BodyType);
                }

                using var response = await api.Clients[caller].SendAsync(request);
                actual.Add((int)response.StatusCode);
                if (caller == "Admin")
                {
                    var actions = (await api.AuditActionsSinceAsync(before)).Distinct().Order().ToList();
                    audit = actions.Count == 0 ? "-" : string.Join("+", actions).ToLowerInvariant();
                }
            }

            if (!actual.SequenceEqual(expected.Statuses) || audit != expected.Audit)
            {
                wrong.AppendLine($"{op.Key}: expected {string.Join(' ', expected.Statuses)} {expected.Audit}, got {string.Join(' ', actual)} {audit}");
            }
        }

        Assert.True(wrong.Length == 0, "answers that differ from route-matrix.txt (anon admin counsellor employer organiser audit):\n" + wrong);
    }
}

/// <summary>The table beside the test: one row per operation, the expected status per caller, and the admin call's access records.</summary>
internal static class RouteMatrix
{
    public sealed record Row(int[] Statuses, string Audit);

    public static Dictionary<string, Row> Load()
    {
        var file = Path.Combine(RepositoryPaths.Root, "tests", "Matching.IntegrationTests", "Security", "route-matrix.txt");
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(cells.Length == 8, $"a row needs method, path, five statuses and the audit: {line}");
            rows.Add($"{cells[0]} {cells[1]}", new Row(cells[2..7].Select(int.Parse).ToArray(), cells[7]));
        }

        return rows;
    }
}
