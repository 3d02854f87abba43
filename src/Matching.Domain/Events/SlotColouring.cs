namespace Matching.Domain.Events;

/// <summary>
/// Proper edge colouring of a bipartite multigraph with <c>colours</c> colours, given every vertex has degree at
/// most <c>colours</c> (König's theorem). Colours are slots; left vertices are seekers, right vertices are an
/// employer's interviewers, so each interviewer and each seeker has at most one interview per slot. Each edge takes
/// a colour free at both ends, after swapping an alternating two-coloured path when needed (never reaches the
/// other end in a bipartite graph, so it cannot fail).
/// </summary>
internal static class SlotColouring
{
    /// <returns>the colour of each edge.</returns>
    public static int[] Colour(int leftCount, int rightCount, int[] edgeLeft, int[] edgeRight, int colours)
    {
        int vertices = leftCount + rightCount, edges = edgeLeft.Length;
        var degree = new int[vertices];
        for (int k = 0; k < edges; k++)
        {
            degree[edgeLeft[k]]++;
            degree[leftCount + edgeRight[k]]++;
        }
        for (int v = 0; v < vertices; v++)
            if (degree[v] > colours) throw new ArgumentException($"Vertex {v} has degree {degree[v]} above {colours} colours.");

        // at[v * colours + c] = edge of colour c at vertex v, or -1.
        var at = new int[vertices * colours];
        Array.Fill(at, -1);
        var colour = new int[edges];
        var path = new List<int>();
        for (int k = 0; k < edges; k++)
        {
            int u = edgeLeft[k], v = leftCount + edgeRight[k];
            int a = FreeColour(at, u, colours), b = FreeColour(at, v, colours);
            if (at[v * colours + a] >= 0)
            {
                // a is free at u but used at v; b is free at v. Swap a/b along the path from v that starts with a.
                path.Clear();
                int x = v, c = a;
                while (at[x * colours + c] is var e and >= 0)
                {
                    path.Add(e);
                    x = Other(edgeLeft[e], leftCount + edgeRight[e], x);
                    c = c == a ? b : a;
                }
                foreach (int e in path)
                {
                    at[edgeLeft[e] * colours + colour[e]] = -1;
                    at[(leftCount + edgeRight[e]) * colours + colour[e]] = -1;
                }
                foreach (int e in path)
                {
                    colour[e] = colour[e] == a ? b : a;
                    at[edgeLeft[e] * colours + colour[e]] = e;
                    at[(leftCount + edgeRight[e]) * colours + colour[e]] = e;
                }
            }
            colour[k] = a;
            at[u * colours + a] = k;
            at[v * colours + a] = k;
        }
        return colour;
    }

    private static int FreeColour(int[] at, int v, int colours)
    {
        for (int c = 0; c < colours; c++)
            if (at[v * colours + c] < 0) return c;
        throw new InvalidOperationException("No free colour; degree exceeds the colour count.");
    }

    private static int Other(int left, int right, int x) => x == left ? right : left;
}
