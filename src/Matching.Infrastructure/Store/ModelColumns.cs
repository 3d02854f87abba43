using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Store;

/// <summary>A column as hand-written SQL names it (quoted, as the model names it) and the mapping that converts its values.</summary>
internal sealed record ModelColumn(string Name, RelationalTypeMapping Mapping);

internal static class ModelColumns
{
    /// <summary>The table of <typeparamref name="T"/> and the named properties' columns, quoted, as the model names them.</summary>
    public static (string Table, ModelColumn[] Columns) Of<T>(DbContext db, IEnumerable<string> properties)
    {
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        return (sql.DelimitIdentifier(table.Name, table.Schema), [.. properties.Select(name =>
        {
            var property = entityType.FindProperty(name)!;
            return new ModelColumn(sql.DelimitIdentifier(property.GetColumnName(table)!), property.GetRelationalTypeMapping());
        })]);
    }
}
