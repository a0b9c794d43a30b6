using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Inspection.Api.Hosting;

/// <summary>The forwarded headers believed, and from whom (see <see cref="InspectionOptions.TrustedProxies"/>).</summary>
internal static class TrustedProxies
{
    public static void Configure(ForwardedHeadersOptions forwarded, string trustedProxies)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in trustedProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                forwarded.KnownProxies.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                forwarded.KnownIPNetworks.Add(network);
            }
            else
            {
                throw new StartupException($"the setting Inspection:TrustedProxies has '{entry}', which is neither an IP address nor a network such as 10.1.0.0/16.");
            }
        }
    }
}
