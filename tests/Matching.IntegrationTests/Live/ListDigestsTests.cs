using System.Reflection;
using Matching.Contracts;
using Matching.Infrastructure.Store.Configurations;
using Matching.Infrastructure.Suggestions;

namespace Matching.IntegrationTests.Live;

/// <summary>
/// The worker decides whether a list changed by its digest alone: two lists must have equal digests exactly when their
/// stored JSON is equal, for every field of every item.
/// </summary>
public sealed class ListDigestsTests
{
    private static readonly Suggestion Item = new(
        Guid.Parse("00000000-0000-0000-0000-000000000001"), Guid.Parse("00000000-0000-0000-0000-000000000002"), "정새행", "(주)하네스", "요양보호사",
        0.75, new SuggestionComponents(1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625), ["같은 직종", "가까운 거리"], false);

    [Fact]
    public void Equal_items_have_equal_digests_however_built_and_after_a_trip_through_the_stored_json()
    {
        var copy = Item with { Reasons = new List<string> { "같은 직종", "가까운 거리" }, Components = Item.Components with { } };
        var stored = JsonColumn.Deserialize<List<Suggestion>>(JsonColumn.Serialize(new List<Suggestion> { Item, Item }));

        Assert.Equal(ListDigests.Of([Item]), ListDigests.Of([copy]));
        Assert.Equal(ListDigests.Of([Item, Item]), ListDigests.Of(stored));
    }

    [Fact]
    public void Changing_any_one_field_of_an_item_changes_the_digest()
    {
        var variants = Variants(Item).ToList();
        // Every constructor parameter of the item (its components field by field) and of its components.
        Assert.Equal(typeof(Suggestion).GetConstructors().Single().GetParameters().Length - 1
            + typeof(SuggestionComponents).GetConstructors().Single().GetParameters().Length, variants.Count);
        foreach (var (field, changed) in variants)
        {
            Assert.NotEqual(JsonColumn.Serialize(Item), JsonColumn.Serialize(changed));
            Assert.True(ListDigests.Of([Item]) != ListDigests.Of([changed]), $"changing {field} left the digest as it was");
        }
    }

    [Fact]
    public void Text_moved_between_neighbouring_fields_order_and_count_change_the_digest()
    {
        var other = Item with { SeekerId = Guid.NewGuid() };
        Assert.NotEqual(ListDigests.Of([Item with { SeekerName = "정새", EmployerName = "행(주)하네스" }]), ListDigests.Of([Item]));
        Assert.NotEqual(ListDigests.Of([Item with { Reasons = ["같은", " 직종가까운 거리"] }]), ListDigests.Of([Item]));
        Assert.NotEqual(ListDigests.Of([Item with { Reasons = ["같은 직종", "가까운 거리", ""] }]), ListDigests.Of([Item]));
        Assert.NotEqual(ListDigests.Of([Item, other]), ListDigests.Of([other, Item]));
        Assert.NotEqual(ListDigests.Of([Item, Item]), ListDigests.Of([Item]));
        Assert.NotEqual(ListDigests.Of([]), ListDigests.Of([Item]));
        Assert.NotEqual(ListDigests.Of([Item with { Score = -0.0 }]), ListDigests.Of([Item with { Score = 0.0 }]));
    }

    [Fact]
    public void Digests_are_equal_exactly_when_the_stored_json_is_equal()
    {
        // Few values per field, so that many pairs are equal and many differ in one field or two.
        var random = new Random(15);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        string[] names = ["가", "나", ""];
        double[] scores = [0.5, 0.5000000000000001, 1];
        Suggestion Make() => new(ids[random.Next(2)], ids[random.Next(2)], names[random.Next(3)], names[random.Next(3)], names[random.Next(3)],
            scores[random.Next(3)], new SuggestionComponents(scores[random.Next(3)], 0, 0, 0, 0, 0, 0, 0, scores[random.Next(3)]),
            [.. names.Take(random.Next(3))], random.Next(2) == 0);
        var lists = Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, random.Next(3)).Select(_ => Make()).ToList())
            .Select(list => (Json: JsonColumn.Serialize(list), Digest: ListDigests.Of(list))).ToList();

        var (equal, different) = (0, 0);
        for (var i = 0; i < lists.Count; i++)
        {
            for (var j = i + 1; j < lists.Count; j++)
            {
                var sameJson = lists[i].Json == lists[j].Json;
                Assert.Equal(sameJson, lists[i].Digest == lists[j].Digest);
                _ = sameJson ? equal++ : different++;
            }
        }

        Assert.True(equal > 100 && different > 100, $"{equal} equal and {different} different pairs");
    }

    /// <summary>The item with one constructor argument changed, for each argument of the item and of its components.</summary>
    private static IEnumerable<(string Field, Suggestion Changed)> Variants(Suggestion item)
    {
        foreach (var (name, args) in ChangedArguments(typeof(SuggestionComponents), item.Components))
        {
            yield return ($"Components.{name}", item with { Components = (SuggestionComponents)Activator.CreateInstance(typeof(SuggestionComponents), args)! });
        }

        foreach (var (name, args) in ChangedArguments(typeof(Suggestion), item))
        {
            yield return (name, (Suggestion)Activator.CreateInstance(typeof(Suggestion), args)!);
        }
    }

    private static IEnumerable<(string Name, object?[] Args)> ChangedArguments(Type type, object value)
    {
        var parameters = type.GetConstructors().Single().GetParameters();
        var current = parameters.Select(p => type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)!.GetValue(value)).ToArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            object? other = current[i] switch
            {
                Guid => Guid.NewGuid(),
                string s => s + "!",
                double d => d + 0.001,
                bool b => !b,
                IReadOnlyList<string> reasons => reasons.Append("하나 더").ToList(),
                SuggestionComponents => null, // its own fields are varied one by one
                _ => throw new InvalidOperationException($"{type.Name}.{parameters[i].Name} is of a type this test does not vary: teach it, and the digest, that type"),
            };
            if (other is null)
            {
                continue;
            }

            var args = (object?[])current.Clone();
            args[i] = other;
            yield return (parameters[i].Name!, args);
        }
    }
}
