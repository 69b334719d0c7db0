using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ShopAssistant.Bot.Channels;

/// <summary>
/// The configured Bot Framework authentication, unchanged for everything it checks (channel JWTs, caller ids, skills),
/// but the connector clients it hands CloudAdapter for replies are kept and reused instead of built for every turn.
/// The SDK's factory builds a new ConnectorClient per turn: a new HttpClient and root handler, new credentials, and new
/// JSON settings whose contract resolver walks the Activity type graph again on the first reply it serialises — the
/// largest part of what a turn costs before its reply leaves. The same also holds for the user-token client, which the
/// shop never uses: it is built only if something asks it for a token.
/// Clients are keyed by the bot's app id, the service URL and the audience, so credentials never cross apps or clouds.
/// </summary>
public sealed class ReusedConnectors(BotFrameworkAuthentication configured) : BotFrameworkAuthentication, IDisposable
{
    /// <summary>
    /// Service URLs are few (one per channel service); past this many the extra ones get a client per turn as the SDK
    /// does, so that a flood of distinct URLs cannot grow the process.
    /// </summary>
    public const int MaxKept = 64;

    private readonly ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> _connectors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<UserTokenClient>>> _userTokenClients = new(StringComparer.Ordinal);

    /// <summary>How many connector clients are kept (tests read it).</summary>
    public int Kept => _connectors.Count;

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await configured.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = new Factory(this, result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await configured.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is not null) result.ConnectorFactory = new Factory(this, result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new Factory(this, configured.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(_userTokenClients.GetOrAdd(AppIdOf(claimsIdentity),
            _ => new Lazy<Task<UserTokenClient>>(() => configured.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)))));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        configured.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override string GetOriginatingAudience() => configured.GetOriginatingAudience();

    public override BotFrameworkClient CreateBotFrameworkClient() => configured.CreateBotFrameworkClient();

    public void Dispose()
    {
        foreach (var kept in _connectors.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
            (kept.Value.Result as Shared)?.Inner.Dispose();
        foreach (var kept in _userTokenClients.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
            kept.Value.Result.Dispose();
    }

    /// <summary>The app id the SDK's own factory would use: the token's audience, else its app id claim; empty unauthenticated.</summary>
    private static string AppIdOf(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value
        ?? "";

    private sealed class Factory(ReusedConnectors owner, ConnectorFactory made, string appId) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var key = string.Join('\n', appId, serviceUrl, audience ?? "");
            if (!owner._connectors.TryGetValue(key, out var kept))
            {
                if (owner._connectors.Count >= MaxKept) return await made.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
                kept = owner._connectors.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(async () =>
                    new Shared(await made.CreateAsync(serviceUrl, audience, CancellationToken.None).ConfigureAwait(false))));
            }
            try
            {
                return await kept.Value.ConfigureAwait(false);
            }
            catch
            {
                // A failed creation (credentials could not be made) is not kept: the next turn tries again.
                owner._connectors.TryRemove(new KeyValuePair<string, Lazy<Task<IConnectorClient>>>(key, kept));
                throw;
            }
        }
    }

    /// <summary>A kept connector client, lent to one turn after another: the turn's disposal leaves it open.</summary>
    private sealed class Shared(IConnectorClient inner) : IConnectorClient
    {
        public IConnectorClient Inner { get; } = inner;

        public Uri BaseUri { get => Inner.BaseUri; set => Inner.BaseUri = value; }
        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => Inner.SerializationSettings;
        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => Inner.DeserializationSettings;
        public Microsoft.Rest.ServiceClientCredentials Credentials => Inner.Credentials;
        public IAttachments Attachments => Inner.Attachments;
        public IConversations Conversations => Inner.Conversations;

        public void Dispose()
        {
        }
    }
}
