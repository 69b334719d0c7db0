using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ShopAssistant.Web.Hardening;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Tests;

/// <summary>Issue 11 item 8: response headers, no inline code, neutralised shopper text, protected files and keys.</summary>
public sealed partial class HardeningTests : IClassFixture<ShopHostFixture>
{
    private readonly ShopHost _host;

    public HardeningTests(ShopHostFixture fixture) => _host = fixture.Host;

    [Theory]
    [InlineData("/staff/login")]
    [InlineData("/api/auth/me")]
    [InlineData("/chat.js")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    public async Task Every_response_forbids_framing_sniffing_foreign_code_and_leaking_the_referrer(string path)
    {
        var response = await _host.CreateClient().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_chat_page_may_be_framed_by_the_site_itself_by_default()
    {
        var response = await _host.CreateClient().GetAsync("/");
        Assert.Contains("frame-ancestors 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_chat_page_may_be_framed_by_the_shops_own_site_when_configured()
    {
        await using var host = new ShopHost(settings: new Dictionary<string, string?> { [SecurityHeaders.FrameAncestorsKey] = "'self' https://shop.example" });
        var chat = await host.CreateClient().GetAsync("/");
        Assert.Contains("frame-ancestors 'self' https://shop.example", string.Join(";", chat.Headers.GetValues("Content-Security-Policy")));
        Assert.False(chat.Headers.Contains("X-Frame-Options"));
        var login = await host.CreateClient().GetAsync("/staff/login");
        Assert.Contains("frame-ancestors 'none'", string.Join(";", login.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public void A_frame_ancestors_setting_that_could_break_the_header_is_refused_with_the_key_named()
    {
        var problems = new WebChatOptions { FrameAncestors = "https://a.example; script-src *" }.Validate(new(new object())).ToList();

        Assert.Contains(SecurityHeaders.FrameAncestorsKey, Assert.Single(problems).ErrorMessage);
        Assert.Empty(new WebChatOptions { FrameAncestors = "'self' https://shop.example" }.Validate(new(new object())));
    }

    [Theory]
    [InlineData("https", false, true)]
    [InlineData("http", false, false)]
    [InlineData("https", true, false)]
    public void Hsts_is_sent_on_https_outside_development(string scheme, bool development, bool expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = scheme;
        http.Request.Path = "/agent";
        SecurityHeaders.Apply(http, "'self'", development);
        Assert.Equal(expected, http.Response.Headers.StrictTransportSecurity.Count > 0);
    }

    [Fact]
    public async Task No_page_has_inline_script_inline_style_or_event_handler_attributes()
    {
        var manager = await _host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var agent = await _host.SignedInAsync("lily", ShopHost.AgentPassword);
        var pages = new[]
        {
            await _host.CreateClient().GetStringAsync("/"),
            await _host.CreateClient().GetStringAsync("/staff/login"),
            await agent.GetStringAsync("/agent"),
            await manager.GetStringAsync("/dashboard"),
        };
        foreach (var page in pages)
        {
            Assert.DoesNotMatch(InlineScript(), page);
            Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(InlineAttribute(), page);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\s(?:style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();

    [Theory]
    [InlineData("abc\u202Egnp.exe", "abc\uFFFDgnp.exe")]
    [InlineData("\u2066x\u2069 \u200Ey\u200F", "\uFFFDx\uFFFD \uFFFDy\uFFFD")]
    [InlineData("bell\u0007 esc\u001b[31m c1\u0085", "bell\uFFFD esc\uFFFD[31m c1\uFFFD")]
    [InlineData("line one\r\nline two\tend", "line one\nline two\tend")]
    [InlineData("普通文本 plain", "普通文本 plain")]
    public void Bidi_and_control_characters_are_neutralised_for_staff(string text, string expected) =>
        Assert.Equal(expected, StaffText.Neutralise(text));

    [Fact]
    public async Task Agents_and_managers_see_shopper_text_masked_and_without_bidi_controls()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = new ShopHost();
        const string sent = "我要转人工，电话13812345678，文件名 abc\u202Egnp.exe";
        await host.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-bidi", "guest-bidi\u202E", sent));
        channel.NextReply("c-bidi");

        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        var queue = await agent.GetStringAsync("/api/handoffs");
        var id = (long)(await agent.GetFromJsonAsync<JsonArray>("/api/handoffs"))![0]!["id"]!;
        var detail = await agent.GetStringAsync($"/api/handoffs/{id}");
        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var review = await manager.GetStringAsync("/api/conversations/test-channel:c-bidi");
        foreach (var shown in new[] { queue, detail, review })
        {
            var text = JsonNode.Parse(shown)!.ToJsonString(); // decode \u escapes the serializer may have used
            var decoded = Regex.Unescape(text);
            // Ordinal: under a culture comparison a bidi control is "ignorable" and found everywhere.
            Assert.DoesNotContain("13812345678", decoded, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", decoded, StringComparison.Ordinal);
        }
        Assert.Contains("138****5678", Regex.Unescape(detail));
    }

    [Fact]
    public async Task The_database_and_key_files_are_readable_by_the_app_user_only()
    {
        if (OperatingSystem.IsWindows()) return;
        await _host.SignedInAsync("lily", ShopHost.AgentPassword); // a cookie needs a key: there is at least one
        var ownerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnlyFile, File.GetUnixFileMode(Path.Combine(_host.DataFolder, "shopassistant.db")));
        var keys = Path.Combine(_host.DataFolder, "keys");
        Assert.Equal(ownerOnlyFile | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        Assert.NotEmpty(Directory.GetFiles(keys, "*.xml"));
        foreach (var file in Directory.GetFiles(keys, "*.xml")) Assert.Equal(ownerOnlyFile, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task With_a_certificate_configured_the_keys_are_encrypted_at_rest_and_still_read_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("shopassistant-test-keys-").FullName;
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ShopAssistant test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }
        var settings = new Dictionary<string, string?>
        {
            ["ShopAssistant:DataProtection:CertificatePath"] = pfx,
            ["ShopAssistant:DataProtection:CertificatePassword"] = "test-password",
        };
        var data = Path.Combine(folder, "data");
        string cookie;
        await using (var first = new ShopHost(data, settings))
        {
            using var bare = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = first.BaseAddress };
            var login = await bare.PostAsJsonAsync("/api/auth/login", new { userName = "lily", password = ShopHost.AgentPassword });
            cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shopassistant.staff=", StringComparison.Ordinal)).Split(';')[0];
        }
        var keyFiles = Directory.GetFiles(Path.Combine(data, "keys"), "*.xml");
        Assert.NotEmpty(keyFiles);
        foreach (var file in keyFiles)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml);
        }

        await using var second = new ShopHost(data, settings);
        using var again = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = second.BaseAddress };
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await again.SendAsync(me)).StatusCode);
    }
}
