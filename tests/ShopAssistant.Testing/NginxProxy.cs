namespace ShopAssistant.Testing;

/// <summary>
/// nginx in front of the given upstream ports, configured from the deployment's own template
/// (deploy/nginx/shopassistant.conf.template) wrapped in a main configuration that keeps every file in a temp folder.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    private readonly ServerProcess _server;
    private readonly string _folder;

    private NginxProxy(ServerProcess server, string folder, Uri address) => (_server, _folder, Address) = (server, folder, address);

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(string template, IEnumerable<int> upstreamPorts)
    {
        var binary = LocalServers.Find("nginx") ?? throw new InvalidOperationException("nginx not found");
        var folder = LocalServers.ServerFolder("sa-nginx-");
        var port = LocalServers.FreePort();
        var servers = string.Join("\n    ", upstreamPorts.Select(p => $"server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;"));
        File.WriteAllText(Path.Combine(folder, "shopassistant.conf"), File.ReadAllText(template)
            .Replace("${SHOP_LISTEN}", $"127.0.0.1:{port}").Replace("${SHOP_UPSTREAM_SERVERS}", servers));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), MainConfiguration(folder));
        var server = await ServerProcess.StartAsync(binary, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log")],
            folder, port, "nginx", unprivileged: false);
        return new NginxProxy(server, folder, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>The same wrapper deploy/local-two-instances.sh writes: foreground, one worker, files under the folder.</summary>
    public static string MainConfiguration(string folder) =>
        $$"""
        {{(LocalServers.IsRoot ? "user nobody nogroup;" : "")}}
        daemon off;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log warn;
        events { worker_connections 1024; }
        http {
            access_log off;
            client_body_temp_path {{folder}}/body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            include {{folder}}/shopassistant.conf;
        }
        """;

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
