using Matching.Domain.Regions;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Common;

public sealed record AddressDto(string? Sido, string? Sigungu, string? Dong, double? Latitude, double? Longitude);

public sealed record AddressResponse(string Sido, string Sigungu, string? Dong, double Latitude, double Longitude, bool CoordinatesEstimated);

public static class AddressRules
{
    /// <summary>
    /// 시도 and 시군구 must come from the shipped list; without coordinates the 시군구 centroid stands in,
    /// and the address says its coordinates are estimated.
    /// </summary>
    public static StoredAddress? Validate(AddressDto? address, string field, ValidationErrors errors)
    {
        if (!errors.Required(field, address))
        {
            return null;
        }

        var regions = RegionCatalog.Korea;
        Region? region = null;
        if (errors.Required($"{field}.sido", address!.Sido))
        {
            if (!regions.TryNormalizeSido(address.Sido!, out var sido))
            {
                errors.Add($"{field}.sido", "알 수 없는 시도입니다. 예: 서울특별시, 인천광역시, 경기도");
            }
            else if (errors.Required($"{field}.sigungu", address.Sigungu))
            {
                if (regions.TryFind(sido, address.Sigungu!, out var found))
                {
                    region = found;
                }
                else
                {
                    errors.Add($"{field}.sigungu", $"{sido}에 없는 시군구입니다.");
                }
            }
        }

        if ((address.Latitude is null) != (address.Longitude is null))
        {
            errors.Add(address.Latitude is null ? $"{field}.latitude" : $"{field}.longitude", "위도와 경도는 함께 입력하세요.");
        }
        else if (address.Latitude is { } lat && address.Longitude is { } lon && !KoreaBounds.Contains(lat, lon))
        {
            errors.Add($"{field}.latitude", "좌표가 대한민국 범위를 벗어났습니다.");
        }

        errors.Length($"{field}.dong", address.Dong, 1, 50);
        if (region is null || errors.Any)
        {
            return null;
        }

        var estimated = address.Latitude is null;
        return new StoredAddress(
            region.Sido,
            region.Sigungu,
            string.IsNullOrWhiteSpace(address.Dong) ? null : address.Dong.Trim(),
            address.Latitude ?? region.Latitude,
            address.Longitude ?? region.Longitude,
            estimated);
    }
}
