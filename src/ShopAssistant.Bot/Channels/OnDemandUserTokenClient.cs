using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ShopAssistant.Bot.Channels;

/// <summary>
/// The user-token client CloudAdapter puts in every turn, made only when something asks it for a token (the shop has
/// no sign-in cards, so normally never) and then kept for later turns: the SDK otherwise builds credentials and an
/// OAuth client for every turn and throws them away unused.
/// </summary>
internal sealed class OnDemandUserTokenClient(Lazy<Task<UserTokenClient>> kept) : UserTokenClient
{
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await kept.Value).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await kept.Value).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await kept.Value).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await kept.Value).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await kept.Value).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await kept.Value).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    // The kept client outlives the turn that disposes this one; ReusedConnectors disposes it with the host.
    protected override void Dispose(bool disposing)
    {
    }
}
