using Matching.Application.Common;
using Matching.Application.Seekers;
using Matching.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Application.Privacy;

/// <summary>
/// The retention rule: a seeker inactive for <see cref="RetentionOptions.RetentionYears"/> is erased through
/// the withdrawal path, so exactly what a withdrawal keeps (what the statistics count) stays. Running it
/// twice erases nobody twice.
/// </summary>
public sealed class EraseInactiveSeekers(
    SeekerActivity activity,
    WithdrawSeeker withdraw,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<EraseInactiveSeekers> logger)
{
    public const string Where = "보존기간 경과 파기 (retention job)";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var cutoff = clock.Now().AddYears(-options.Value.RetentionYears);
        var inactive = await activity.InactiveSinceAsync(cutoff, ct);
        var actor = Actor.System(Where);
        var erased = 0;
        foreach (var (id, _) in inactive)
        {
            if ((await withdraw.ExecuteAsync(actor, id, ct)).IsOk)
            {
                erased++;
            }
        }

        logger.LogInformation("Retention: erased {Erased} seekers inactive since before {Cutoff:yyyy-MM-dd} ({Years} years)",
            erased, cutoff, options.Value.RetentionYears);
        return erased;
    }
}
