# Varnish in front of Newsdesk on a Node host (README "Behind a CDN").
# Needs Varnish >= 6 with vmod_xkey (Debian/Ubuntu: apt-get install varnish varnish-modules).
#
# Before use, replace the two placeholders (e.g. with sed, from your deploy script):
#   __ORIGIN_PORT__   the port `npm start` listens on (host below: 127.0.0.1)
#   __PURGE_SECRET__  the same value as the app's EDGE_PURGE_SECRET
# and list the hosts allowed to purge in `acl purgers` (the app servers).
vcl 4.1;

import std;
import xkey;

backend origin {
    .host = "127.0.0.1";
    .port = "__ORIGIN_PORT__";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    # Health decides how much grace a request gets (vcl_recv): a sick origin turns the
    # cache's day of grace into stale-if-error.
    .probe = {
        .url = "/api/health";
        .interval = 1s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the app servers. The secret header is checked as well.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers || req.http.x-purge-secret != "__PURGE_SECRET__") {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header required"));
        }
        # A hard purge: the next reader gets the new page, never the old one.
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    unset req.http.x-purge-secret;

    # Private by nature: the newsroom (previews included), sign-in, the API, and writes
    # (server actions are POSTs with a Next-Action header).
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.next-action || req.url ~ "^/(admin|signin|api)([/?#]|$)") {
        return (pass);
    }
    # Signed in: the session cookie (authjs.session-token, its __Secure- form, or chunks).
    if (req.http.cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token") {
        return (pass);
    }
    # Readers' pages read no cookie: drop them so every reader shares one cached copy.
    unset req.http.cookie;

    # Healthy origin: serve at most 60 s past expiry (stale-while-revalidate); sick origin:
    # the whole grace (a day, stale-if-error).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # Next answers flight data (RSC) and prefetches at the same URL as the HTML: key them
    # apart, or a browser navigation gets flight data where it wanted HTML. (Next's own
    # Vary on these headers is honoured too.)
    if (req.http.rsc) {
        hash_data("rsc");
        hash_data(req.http.next-router-prefetch);
        hash_data(req.http.next-router-segment-prefetch);
    }
    return (lookup);
}

sub vcl_backend_response {
    # Anything private or setting a cookie is never stored (a short hit-for-miss instead).
    if (beresp.http.cache-control ~ "(private|no-store)" || beresp.http.set-cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The app names its cache tags in Surrogate-Key; xkey indexes the `xkey` header.
    if (beresp.http.surrogate-key) {
        set beresp.http.xkey = beresp.http.surrogate-key;
    }
    # TTL comes from s-maxage. Grace covers stale-if-error=86400; vcl_recv limits it to
    # 60 s while the origin is healthy.
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    # Edge bookkeeping stays at the edge.
    unset resp.http.xkey;
    unset resp.http.surrogate-key;
    unset resp.http.cache-tag;
    if (obj.hits > 0) {
        set resp.http.x-cache = "HIT";
    } else {
        set resp.http.x-cache = "MISS";
    }
    return (deliver);
}

sub vcl_synth {
    set resp.http.cache-control = "private, no-store";
    return (deliver);
}
