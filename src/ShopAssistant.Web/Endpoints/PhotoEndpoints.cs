using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using ShopAssistant.Bot.Photos;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Data;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Endpoints;

/// <summary>
/// Photos shoppers send (issue 14): the web chat's upload, and the one URL per photo that only the conversation's shopper
/// and signed-in staff can open. The shopper is who the web chat session (or a shopper token) says, never a request claim.
/// </summary>
public static class PhotoEndpoints
{
    /// <summary>The web chat page's signed session token (what the hub's StartAs returned), and the shop site's shopper token.</summary>
    public const string SessionHeader = "X-Chat-Session";
    public const string ShopperTokenHeader = "X-Shopper-Token";

    public static IEndpointRouteBuilder MapPhotoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/photos", UploadAsync).WithTags("Photos").WithName("UploadChatPhotos")
            .WithSummary($"Web chat: photos (multipart 'photo', up to ShopAssistant:Photos:MaxPerMessage files; optional 'text' and 'locale') sent into the conversation of the {SessionHeader} session.")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapGet("/api/photos/{id}", ServeAsync).WithTags("Photos").WithName("GetPhoto")
            .WithSummary($"One photo, for its conversation's shopper ({SessionHeader}, or a shopper token as Bearer) and signed-in staff; 401 without either, 404 for anyone else.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, PhotoIntake intake, WebChatInbox inbox, IDataProtectionProvider protection,
        ShopperTokens tokens, ITrafficLimits limits, CancellationToken ct)
    {
        if (await ChatSessionAsync(http.Request, protection, tokens) is not { } session)
            return Results.Problem(title: "No chat session", detail: "Start the chat first. 请先开始会话。", statusCode: StatusCodes.Status401Unauthorized);
        var options = intake.Options;
        // Room for the photos a message may carry, and a little for the form's other fields.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = (long)options.MaxPerMessage * options.MaxBytes + 64 * 1024;
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return Refused(PhotoRefusal.TooLarge, null, options);
        }
        var locale = form["locale"].ToString() is { Length: > 0 and <= 16 } l ? l : null;
        var text = form["text"].ToString();
        if (text.Length > WebChatHub.MaxMessageLength)
            return Results.Problem(title: "Too long", detail: $"Messages can be at most {WebChatHub.MaxMessageLength} characters. 消息最多 {WebChatHub.MaxMessageLength} 个字符。", statusCode: 400);
        var files = form.Files.GetFiles("photo");
        if (files.Count > options.MaxPerMessage) return Refused(PhotoRefusal.TooManyInMessage, locale, options);
        if (files.Any(f => f.Length > options.MaxBytes)) return Refused(PhotoRefusal.TooLarge, locale, options);
        if (!(await limits.TryAcquireAsync(TrafficLimit.ConversationMessages, session.ConversationId)).Allowed)
            return Results.Problem(title: "Too many messages", detail: TrafficTexts.SlowDown(TrafficTexts.Language(locale)), statusCode: StatusCodes.Status429TooManyRequests);

        var photos = new List<byte[]>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            photos.Add(buffer.ToArray());
        }
        var kept = await intake.AcceptAsync(session.ConversationId, session.ShopperId, photos, seed: null, ct);
        if (kept.Refusal is { } refusal) return Refused(refusal, locale, options);
        var identity = new ShopperIdentity(session.CustomerId, "web:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"));
        await inbox.SendPhotosAsync(session.ConversationId, session.ShopperId, identity, kept.Photos, text, locale, ct);
        return Results.Ok(new { photos = kept.Photos.Select(p => new { p.Id, url = PhotoAttachments.Url(p.Id), p.ContentType, p.SizeBytes }) });
    }

    private static async Task<IResult> ServeAsync(string id, HttpContext http, IPhotoStore photos, IAuthorizationService authorization,
        IDataProtectionProvider protection, ShopperTokens tokens, IConversationOwners owners, CancellationToken ct)
    {
        var staff = http.User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(http.User, StaffPolicies.Staff)).Succeeded;
        var session = staff ? null : await ChatSessionAsync(http.Request, protection, tokens);
        var customer = staff || session is not null ? null : await BearerCustomerAsync(http.Request, tokens);
        if (!staff && session is null && customer is null)
            return Results.Problem(title: "Not signed in", detail: "Photos are shown only to the shopper who sent them and to the shop's staff.", statusCode: 401);
        if (id.Length > 64 || await photos.GetAsync(id, ct) is not { } photo) return Results.NotFound();
        var allowed = staff || session?.ConversationId == photo.Info.ConversationId
            || (customer is not null && (await owners.FindAsync(photo.Info.ConversationId, ct))?.CustomerId == customer);
        // Someone else's photo looks exactly like a missing one.
        if (!allowed) return Results.NotFound();
        http.Response.Headers.CacheControl = "private, max-age=3600";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(photo.Bytes, photo.Info.ContentType);
    }

    /// <summary>The web chat session the page holds, as the hub would accept it: a customer's session only with that customer's token.</summary>
    private static async Task<WebChatSession?> ChatSessionAsync(HttpRequest request, IDataProtectionProvider protection, ShopperTokens tokens)
    {
        if (WebChatSession.TryUnprotect(protection.CreateProtector(WebChatSession.Purpose), Header(request, SessionHeader)) is not { } session) return null;
        var check = await tokens.CheckAsync(Header(request, ShopperTokenHeader));
        return check.Valid && check.CustomerId == session.CustomerId ? session : null;
    }

    /// <summary>A Bot Framework channel's signed-in shopper: the shopper token as a Bearer token.</summary>
    private static async Task<int?> BearerCustomerAsync(HttpRequest request, ShopperTokens tokens)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var check = await tokens.CheckAsync(authorization[7..].Trim());
        return check.Valid ? check.CustomerId : null;
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out StringValues value) && value.Count == 1 ? value[0] : null;

    private static IResult Refused(PhotoRefusal refusal, string? locale, PhotoOptions options) =>
        Results.Problem(title: "Photo not accepted", detail: PhotoTexts.Refused(TrafficTexts.Language(locale), refusal, options), statusCode: StatusCodes.Status400BadRequest);
}
