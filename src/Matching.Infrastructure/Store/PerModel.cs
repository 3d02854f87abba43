using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Matching.Infrastructure.Store;

/// <summary>
/// One <typeparamref name="T"/> per EF model, for holders of compiled queries: a compiled query refuses a context of
/// another model (SQLite and PostgreSQL hosts side by side in one process, as in the tests).
/// </summary>
public static class PerModel<T> where T : class, new()
{
    private static readonly ConditionalWeakTable<IModel, T> ByModel = [];

    public static T For(DbContext db) => ByModel.GetValue(db.Model, _ => new T());
}
