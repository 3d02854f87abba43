using Bunit;
using Matching.Api.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Matching.WebTests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services in Korean. MudBlazor's services dispose asynchronously,
/// so with xunit 2 the context is disposed through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalizationInterceptor<MudKorean>();
        Services.AddSingleton<UseCases>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
