using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.Web.Operating;

/// <summary>ShopAssistant:Telemetry — where traces and metrics go (OTLP), and the token a Prometheus server scrapes /metrics with.</summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Telemetry";
    public const string HttpProtobuf = "http/protobuf";
    public const string Grpc = "grpc";

    /// <summary>
    /// The collector's base URL (e.g. http://collector:4318): traces go to /v1/traces and metrics to /v1/metrics under it
    /// (gRPC: the URL itself). Empty: only the standard OTEL_EXPORTER_OTLP_ENDPOINT turns export on.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>http/protobuf (port 4318 on a collector) or grpc (4317), for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; set; } = HttpProtobuf;

    /// <summary>A Prometheus server's bearer token for /metrics (it cannot sign in as a manager); empty: managers only.</summary>
    public string? ScrapeToken { get; set; }

    /// <summary>The OTLP endpoint, or null when none is set here.</summary>
    public Uri? OtlpUri => string.IsNullOrWhiteSpace(OtlpEndpoint) ? null : new Uri(OtlpEndpoint.Trim(), UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint)
            && !(Uri.TryCreate(OtlpEndpoint.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            yield return new ValidationResult($"{Section}:OtlpEndpoint must be an absolute http(s) URL, e.g. http://collector:4318.", [nameof(OtlpEndpoint)]);
        if (OtlpProtocol is not (HttpProtobuf or Grpc))
            yield return new ValidationResult($"{Section}:OtlpProtocol must be {HttpProtobuf} or {Grpc}.", [nameof(OtlpProtocol)]);
        // A guessable token would open the metrics (queue lengths, traffic) to anyone who tries a few.
        if (!string.IsNullOrEmpty(ScrapeToken) && ScrapeToken.Trim().Length < 24)
            yield return new ValidationResult($"{Section}:ScrapeToken must be at least 24 characters (e.g. `openssl rand -base64 32`).", [nameof(ScrapeToken)]);
    }
}
